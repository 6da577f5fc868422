"""The one validator of what people type about courses, for the pages and the API alike.

Dates and times are typed in the course's time zone (the centre's, Asia/Shanghai, unless the
course says otherwise) and stored in UTC. Invoice details are checked for the invoice asked
for: a Chinese VAT invoice (发票) needs the company's name and its taxpayer number (checked
with its check character), a special one also the address, phone and bank; a foreign invoice
needs the company's name, its VAT number (in its country's format) and address.
"""

from __future__ import annotations

import zoneinfo
from datetime import datetime
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techbridge.core.tax_ids import (
    cn_tax_number_error,
    normalise_tax_number,
    normalise_vat_id,
    vat_id_error,
)
from techbridge.training.models import (
    AttendanceStatus,
    Course,
    Currency,
    FeeStatus,
    InvoiceKind,
    Visibility,
)

RESERVED_SLUGS = {"new", "manage", "verify", "checkin", "cpd", "enrolments", "certificates"}
EMPTY = [("", "---------")]


def _choices(choices: Any) -> list[tuple[str, Any]]:
    return [*EMPTY, *choices]


def _aware(day: Any, at: Any, tz: zoneinfo.ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=tz)


class CourseForm(forms.Form):
    slug = forms.SlugField(label=_("Key (in the address)"), max_length=80)
    title_en = forms.CharField(label=_("Title (English)"), max_length=200, required=False)
    title_zh = forms.CharField(label=_("Title (Chinese)"), max_length=200, required=False)
    description_en = forms.CharField(
        label=_("Description (English)"), widget=forms.Textarea, max_length=10000, required=False
    )
    description_zh = forms.CharField(
        label=_("Description (Chinese)"), widget=forms.Textarea, max_length=10000, required=False
    )
    time_zone = forms.CharField(label=_("Time zone"), max_length=64, initial="Asia/Shanghai")
    visibility = forms.ChoiceField(label=_("Visibility"), choices=_choices(Visibility.choices))
    capacity = forms.IntegerField(
        label=_("Capacity"), min_value=1, max_value=100000, required=False,
        help_text=_("Empty: no limit."),
    )  # fmt: skip
    requires_approval = forms.BooleanField(label=_("Enrolments need approval"), required=False)
    enrolment_closes_at = forms.DateTimeField(
        label=_("Enrolment closes (course time)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text=_("Empty: when the first session starts."),
    )
    cpd_hours = forms.DecimalField(
        label=_("CPD hours"), min_value=Decimal(0), max_value=Decimal(999), decimal_places=1
    )
    fee_amount = forms.DecimalField(
        label=_("Fee"), min_value=Decimal(0), max_digits=10, decimal_places=2, required=False
    )
    fee_currency = forms.ChoiceField(
        label=_("Currency"), choices=_choices(Currency.choices), required=False
    )
    min_attendance_percent = forms.IntegerField(
        label=_("Sessions to attend (%)"), min_value=1, max_value=100, initial=80
    )
    late_counts = forms.BooleanField(
        label=_("A late arrival counts as attended"), required=False, initial=True
    )
    excused_reduce = forms.BooleanField(
        label=_("Excused sessions are left out of the required share"), required=False
    )
    late_after_minutes = forms.IntegerField(
        label=_("Late after (minutes)"), min_value=0, max_value=240, initial=10
    )

    def __init__(self, *args: Any, course: Course | None = None, **kwargs: Any) -> None:
        self.course = course
        super().__init__(*args, **kwargs)
        if course is not None:
            self.fields["slug"].disabled = True
            self.fields["slug"].required = False

    def clean_slug(self) -> str:
        if self.course is not None:
            return self.course.slug
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(_("This key is reserved."))
        return slug

    def clean_time_zone(self) -> str:
        zone = self.cleaned_data["time_zone"].strip()
        if zone not in zoneinfo.available_timezones():
            raise forms.ValidationError(_("Unknown time zone."))
        return zone

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not (data.get("title_en") or data.get("title_zh")):
            self.add_error("title_en", _("Give a title in English or in Chinese."))
        if data.get("fee_amount") is not None and not data.get("fee_currency"):
            self.add_error("fee_currency", _("Choose the currency of the fee."))
        if data.get("fee_amount") is None:
            data["fee_currency"] = ""
        closes, zone = data.get("enrolment_closes_at"), data.get("time_zone")
        if closes is not None and zone:
            # typed in the course's zone, whatever zone the form parsed it in
            data["enrolment_closes_at"] = closes.replace(tzinfo=zoneinfo.ZoneInfo(zone))
        return data


def course_initial(course: Course) -> dict[str, Any]:
    """What CourseForm holds for an existing course (times in the course's zone, as typed)."""
    initial = {k: getattr(course, k) for k in CourseForm.base_fields if hasattr(course, k)}
    if course.enrolment_closes_at:
        initial["enrolment_closes_at"] = course.enrolment_closes_at.astimezone(course.tz).replace(
            tzinfo=None
        )
    return initial


class SessionForm(forms.Form):
    day = forms.DateField(label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}))
    start = forms.TimeField(label=_("From"), widget=forms.TimeInput(attrs={"type": "time"}))
    end = forms.TimeField(label=_("To"), widget=forms.TimeInput(attrs={"type": "time"}))
    title_en = forms.CharField(label=_("Topic (English)"), max_length=200, required=False)
    title_zh = forms.CharField(label=_("Topic (Chinese)"), max_length=200, required=False)
    room = forms.CharField(label=_("Room"), max_length=200, required=False)
    online_url = forms.URLField(
        label=_("Online link"), max_length=500, required=False, assume_scheme="https"
    )
    trainer = forms.CharField(label=_("Trainer"), max_length=200)

    def __init__(self, *args: Any, course: Course, **kwargs: Any) -> None:
        self.course = course
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        day, start, end = data.get("day"), data.get("start"), data.get("end")
        if day and start and end:
            if end <= start:
                self.add_error("end", _("The end time is not after the start time."))
            data["starts_at"] = _aware(day, start, self.course.tz)
            data["ends_at"] = _aware(day, end, self.course.tz)
        if not (data.get("room") or data.get("online_url")):
            self.add_error("room", _("Give a room or an online link."))
        return data


class InvoiceForm(forms.Form):
    """The invoice a company needs for the fee."""

    invoice_kind = forms.ChoiceField(label=_("Invoice"), choices=_choices(InvoiceKind.choices))
    invoice_company = forms.CharField(
        label=_("Company name on the invoice"), max_length=200, required=False
    )
    invoice_tax_number = forms.CharField(
        label=_("Taxpayer number (纳税人识别号)"),
        max_length=30,
        required=False,
        help_text=_(
            "The 18-character unified social credit code (or the older 15-character number)."
        ),
    )
    invoice_vat_id = forms.CharField(
        label=_("VAT number"),
        max_length=30,
        required=False,
        help_text=_("With its country prefix, e.g. DE123456789."),
    )
    invoice_address = forms.CharField(label=_("Address"), max_length=300, required=False)
    invoice_phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    invoice_bank = forms.CharField(label=_("Bank and account"), max_length=200, required=False)
    invoice_email = forms.EmailField(label=_("Send the invoice to"), required=False)

    REQUIRED = {
        InvoiceKind.CN_NORMAL: ("invoice_company", "invoice_tax_number"),
        InvoiceKind.CN_SPECIAL: (
            "invoice_company", "invoice_tax_number", "invoice_address", "invoice_phone",
            "invoice_bank",
        ),
        InvoiceKind.FOREIGN: ("invoice_company", "invoice_vat_id", "invoice_address"),
    }  # fmt: skip

    def clean_invoice_tax_number(self) -> str:
        value = normalise_tax_number(self.cleaned_data.get("invoice_tax_number", ""))
        if value and cn_tax_number_error(value):
            raise forms.ValidationError(
                _(
                    "This is not a valid taxpayer number: check the 18 characters of the unified social credit code."
                )
            )
        return value

    def clean_invoice_vat_id(self) -> str:
        value = normalise_vat_id(self.cleaned_data.get("invoice_vat_id", ""))
        if value and vat_id_error(value):
            raise forms.ValidationError(
                _("This is not a valid VAT number for its country (e.g. DE123456789).")
            )
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        kind = data.get("invoice_kind")
        for name in self.REQUIRED.get(kind, ()):
            if not data.get(name) and name not in self.errors:
                self.add_error(name, _("Required for this invoice."))
        if kind == InvoiceKind.NONE:
            for name in self.fields:
                if name.startswith("invoice_") and name != "invoice_kind":
                    data[name] = ""
        return data


def person_choices(actor: Any, members: list[Any]) -> list[tuple[str, Any]]:
    """Myself (when a member), each other member of the organisation, someone else."""
    rows: list[tuple[str, Any]] = list(EMPTY)
    if any(u.pk == getattr(actor, "pk", None) for u in members):
        rows.append(("self", _("Myself")))
    rows += [(f"user:{u.pk}", u.full_name or u.email) for u in members if u.pk != actor.pk]
    rows.append(("other", _("Someone else (name and e-mail below)")))
    return rows


class EnrolmentForm(InvoiceForm):
    person = forms.ChoiceField(label=_("Who takes the course"))
    name = forms.CharField(label=_("Name"), max_length=150, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    note = forms.CharField(
        label=_("Note for the organisers"), widget=forms.Textarea, max_length=2000, required=False
    )

    field_order = ["person", "name", "email", "note"]

    def __init__(
        self, *args: Any, actor: Any, members: list[Any], course: Course, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.actor, self.members, self.course = actor, {u.pk: u for u in members}, course
        self.fields["person"].choices = person_choices(actor, members)
        if not course.has_fee:
            for name in list(self.fields):
                if name.startswith("invoice_"):
                    del self.fields[name]

    def clean(self) -> dict[str, Any]:
        data = super().clean() if self.course.has_fee else forms.Form.clean(self)
        person = data.get("person", "")
        data["user"] = None
        if person == "self":
            data["user"] = self.actor
        elif person.startswith("user:"):
            data["user"] = self.members.get(int(person[5:]) if person[5:].isdigit() else 0)
            if data["user"] is None:
                self.add_error("person", _("Choose a person of the organisation."))
        elif person == "other":
            for name in ("name", "email"):
                if not (data.get(name) or "").strip():
                    self.add_error(name, _("Required when enrolling someone else."))
        if not self.course.has_fee:
            data["invoice_kind"] = InvoiceKind.NONE
        return data


class PaymentForm(forms.Form):
    fee_status = forms.ChoiceField(label=_("Fee status"), choices=_choices(FeeStatus.choices))
    paid_on = forms.DateField(
        label=_("Paid on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    reference = forms.CharField(label=_("Payment reference"), max_length=100, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("fee_status") == FeeStatus.PAID and not data.get("paid_on"):
            self.add_error("paid_on", _("Give the day of the payment."))
        return data


class MarkForm(forms.Form):
    status = forms.ChoiceField(label=_("Attendance"), choices=_choices(AttendanceStatus.choices))
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


def sheet_marks(post: Any, enrolment_ids: list[int]) -> tuple[dict[int, str], dict[str, str]]:
    """The attendance sheet's rows from a POST (`mark-<enrolment id>`): marks and errors."""
    marks, errors = {}, {}
    for eid in enrolment_ids:
        value = (post.get(f"mark-{eid}") or "").strip()
        if value and value not in AttendanceStatus.values:
            errors[str(eid)] = str(_("Choose an attendance status."))
        marks[eid] = value
    return marks, errors


class RevokeForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=300)


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_("As printed on the certificate, e.g. 7KQ2MX-9HD4TA-P0WZ3C."),
    )
