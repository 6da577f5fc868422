"""Contracts and KYC documents: what staff and firms type, checked before anything is saved."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Organisation
from techbridge.core.tax_ids import normalise_tax_number, uscc_error
from techbridge.domiciliation.models import (
    CheckResult,
    Currency,
    DocumentKind,
    Plan,
    TerminationReason,
)
from techbridge.domiciliation.uploads import CheckedFileField

DATE = forms.DateInput(attrs={"type": "date"})
MAX_TERM = timedelta(days=366 * 10)


def clean_credit_code(value: str) -> str:
    """A unified social credit code (18 characters, GB 32100-2015 check character), or ''."""
    code = normalise_tax_number(value)
    if not code:
        return ""
    error = uscc_error(code)
    if error == "check":
        raise forms.ValidationError(
            _("This credit code's check character is wrong: please check every character.")
        )
    if error:
        raise forms.ValidationError(
            _("A unified social credit code has 18 digits and capital letters (no I, O, S, V, Z).")
        )
    return code


class ContractForm(forms.Form):
    organisation = forms.SlugField(label=_("Firm (its key on the platform)"), max_length=64)
    plan = forms.ModelChoiceField(queryset=Plan.objects.filter(active=True), label=_("Plan"))
    firm_name_zh = forms.CharField(label=_("Firm name (Chinese)"), max_length=200)
    firm_name_en = forms.CharField(label=_("Firm name (English)"), max_length=200, required=False)
    credit_code = forms.CharField(
        label=_("Unified social credit code"),
        max_length=40,
        required=False,
        help_text=_("18 characters; empty until the firm is registered at this address."),
    )
    legal_representative = forms.CharField(label=_("Legal representative"), max_length=120)
    hosted_address = forms.CharField(label=_("Hosted address"), max_length=300)
    starts_on = forms.DateField(label=_("Starts on"), widget=DATE)
    ends_on = forms.DateField(label=_("Ends on"), widget=DATE)
    notice_days = forms.IntegerField(label=_("Notice period (days)"), min_value=0, max_value=365)
    monthly_fee = forms.DecimalField(
        label=_("Monthly fee"), min_value=0, max_digits=10, decimal_places=2
    )
    setup_fee = forms.DecimalField(
        label=_("Set-up fee"), min_value=0, max_digits=10, decimal_places=2, initial=0
    )
    deposit = forms.DecimalField(
        label=_("Deposit"), min_value=0, max_digits=10, decimal_places=2, initial=0
    )
    currency = forms.ChoiceField(label=_("Currency"), choices=Currency.choices)

    def __init__(self, *args: Any, editing: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if editing:
            del self.fields["organisation"]

    def clean_organisation(self) -> Organisation:
        org = Organisation.objects.filter(slug=self.cleaned_data["organisation"]).first()
        if org is None:
            raise forms.ValidationError(_("No organisation has this key."))
        return org

    def clean_credit_code(self) -> str:
        return clean_credit_code(self.cleaned_data.get("credit_code", ""))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("starts_on"), data.get("ends_on")
        if start and end and end <= start:
            self.add_error("ends_on", _("The contract must end after it starts."))
        elif start and end and end - start > MAX_TERM:
            self.add_error("ends_on", _("A contract runs for ten years at most."))
        return data


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Document"), choices=DocumentKind.choices)
    file = CheckedFileField(label=_("File (PDF, PNG or JPEG, up to 10 MB)"))
    expires_on = forms.DateField(
        label=_("Valid until"),
        required=False,
        widget=DATE,
        help_text=_("For ID documents and licences with an expiry date."),
    )

    def __init__(self, *args: Any, kinds: list[DocumentKind] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if kinds:
            self.fields["kind"].choices = [(k.value, k.label) for k in kinds]

    def clean_expires_on(self) -> date | None:
        day = self.cleaned_data.get("expires_on")
        if day is not None and day < timezone.localdate():
            raise forms.ValidationError(_("This document has expired: upload a valid one."))
        return day


class VerifyForm(forms.Form):
    result = forms.ChoiceField(
        label=_("Result"),
        choices=[(CheckResult.VERIFIED, _("Verified")), (CheckResult.REJECTED, _("Rejected"))],
    )
    note = forms.CharField(label=_("Note"), max_length=500, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("result") == CheckResult.REJECTED and not data.get("note", "").strip():
            self.add_error("note", _("Say why the document is rejected."))
        return data


class RenewForm(forms.Form):
    ends_on = forms.DateField(label=_("New end date"), widget=DATE)


class NoticeForm(forms.Form):
    served_on = forms.DateField(label=_("Notice served on"), widget=DATE)


class TerminateForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=TerminationReason.choices)
    note = forms.CharField(label=_("Note"), max_length=2000, required=False, widget=forms.Textarea)


class AddressMovedForm(forms.Form):
    moved_on = forms.DateField(label=_("Registered address moved on"), widget=DATE)
    new_address = forms.CharField(label=_("New registered address"), max_length=300)
