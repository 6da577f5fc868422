"""Validation of deal input: the one validator for pages and the API."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.choices import Currency, Department, PartnershipType
from techbridge.deals.choices import DealType, DeclineReason, Stage
from techbridge.deals.models import CooperationIntention


def _clean_text(value: Any) -> str:
    return str(value or "").replace("\x00", "").strip()


class TextField(forms.CharField):
    """A CharField that strips NUL characters (PostgreSQL refuses them)."""

    def to_python(self, value: Any) -> str:
        return super().to_python(_clean_text(value))


class EoiForm(forms.Form):
    message = TextField(
        label=_("Your message"),
        min_length=10,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Who you are (in general terms), what you propose and why it fits."),
    )
    partnership_type = forms.ChoiceField(
        label=_("Proposed partnership"), choices=PartnershipType.choices
    )
    related_profile = forms.IntegerField(
        label=_("One of your own profiles it relates to"), required=False, min_value=1
    )
    organisation = forms.IntegerField(
        label=_("On behalf of"),
        required=False,
        min_value=1,
        help_text=_("For members of several organisations."),
    )
    match = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("accept", _("Accept")), ("decline", _("Decline"))], label=_("Decision")
    )
    reason = forms.ChoiceField(
        label=_("Reason for declining"),
        choices=[("", "—"), *DeclineReason.choices],
        required=False,
    )
    note = TextField(label=_("Note"), max_length=2000, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("decision") == "decline" and not data.get("reason"):
            self.add_error("reason", _("Choose why you decline: the platform learns from it."))
        return data


class BrokerForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("forward", _("Forward to the owner")),
            ("decline", _("Decline")),
            ("note", _("Add a note")),
            ("assign", _("Assign to a department")),
        ]
    )
    note = TextField(label=_("Note"), max_length=3000, required=False)
    reason = forms.ChoiceField(
        label=_("Reason for declining"),
        choices=[("", "—"), *DeclineReason.choices],
        required=False,
    )
    department = forms.ChoiceField(
        label=_("Department"), choices=[("", "—"), *Department.choices], required=False
    )


class MessageForm(forms.Form):
    body = TextField(
        label=_("Message"), min_length=1, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )


ADVANCE_STAGES = (Stage.MEETING_HELD, Stage.NEGOTIATION, Stage.CLOSED_WON, Stage.CLOSED_LOST)


class StageForm(forms.Form):
    stage = forms.ChoiceField(
        label=_("New stage"), choices=[(s.value, s.label) for s in ADVANCE_STAGES]
    )
    note = TextField(label=_("Note"), max_length=2000, required=False)
    lost_reason = TextField(label=_("Why it was lost"), max_length=2000, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("stage") == Stage.CLOSED_LOST and not data.get("lost_reason"):
            self.add_error("lost_reason", _("Say why the deal was lost."))
        return data


def _not_future(value: Any) -> Any:
    if value and value > timezone.localdate():
        raise forms.ValidationError(_("The date is in the future."), code="future")
    return value


def _events() -> Any:
    """The centre's events, through the intention's own relation (deals imports no events
    code; the form hands the chosen event to the service)."""
    return CooperationIntention._meta.get_field("event").related_model._default_manager


def event_choices() -> list[tuple[str, str]]:
    """The centre's events, latest first, for the intention form."""
    events = _events().order_by("-starts_at").values_list("slug", "title_en", "title_zh")[:100]
    return [("", "—"), *((slug, en or zh or slug) for slug, en, zh in events)]


def implausible_value(value: Any) -> str | None:
    """Why a contract value is refused as implausible (the bound is configurable), or None."""
    limit = settings.TECHBRIDGE["CONTRACT_VALUE_MAX"]
    if value is not None and value > limit:
        return str(_("A value above %(limit)s is not plausible; ask the centre.")) % {
            "limit": f"{limit:,}"
        }
    return None


class IntentionForm(forms.Form):
    signed_on = forms.DateField(
        label=_("Date signed"), widget=forms.DateInput(attrs={"type": "date"})
    )
    type = forms.ChoiceField(label=_("Type"), choices=DealType.choices)
    summary = TextField(
        label=_("Summary"), min_length=5, max_length=3000, widget=forms.Textarea(attrs={"rows": 3})
    )
    event = forms.ChoiceField(
        label=_("Event where it was reached"), choices=event_choices, required=False
    )
    event_ref = TextField(label=_("Other event"), max_length=100, required=False)

    def clean_signed_on(self) -> Any:
        return _not_future(self.cleaned_data.get("signed_on"))

    def clean_event(self) -> Any:
        """The chosen event itself (None when none is chosen)."""
        slug = self.cleaned_data.get("event") or ""
        if not slug:
            return None
        found = _events().filter(slug=slug).first()
        if found is None:
            raise forms.ValidationError(_("Unknown event."), code="invalid_choice")
        return found


class ContractForm(forms.Form):
    signed_on = forms.DateField(
        label=_("Date signed"), widget=forms.DateInput(attrs={"type": "date"})
    )
    type = forms.ChoiceField(label=_("Type"), choices=DealType.choices)
    value = forms.DecimalField(
        label=_("Value"), min_value=Decimal("0.01"), max_digits=18, decimal_places=2
    )
    currency = forms.ChoiceField(label=_("Currency"), choices=Currency.choices)
    registration_number = TextField(
        label=_("Technology-contract registration number (技术合同登记号)"),
        max_length=40,
        required=False,
    )
    summary = TextField(
        label=_("Summary"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_signed_on(self) -> Any:
        return _not_future(self.cleaned_data.get("signed_on"))

    def clean_value(self) -> Any:
        value = self.cleaned_data.get("value")
        problem = implausible_value(value)
        if problem:
            raise forms.ValidationError(problem, code="implausible")
        return value
