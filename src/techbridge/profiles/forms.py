"""Validation of profile data: the one validator for pages and the API."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.choices import (
    Currency,
    IPStatus,
    Language,
    PartnershipType,
    ProfileKind,
    Visibility,
)
from techbridge.core.regions import target_choices
from techbridge.core.taxonomy import sector_choices
from techbridge.core.widgets import SearchableChecklist
from techbridge.engines.text import detect_language

PATENT_RE = re.compile(r"^[A-Z]{2}[A-Z0-9./\- ]{3,30}$")
MAX_KEYWORDS = 15


def _split_list(value: Any) -> list[str]:
    """Keywords and patent numbers come as a list (API) or a comma/newline separated string."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        items = [str(v) for v in value]
    else:
        items = re.split(r"[,;\n，；、]", str(value))
    return [i.strip() for i in items if i and i.strip()]


class ListField(forms.Field):
    def __init__(self, *, max_items: int, max_length: int, **kwargs: Any) -> None:
        self.max_items = max_items
        self.max_length = max_length
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.TextInput)
        super().__init__(**kwargs)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return value

    def to_python(self, value: Any) -> list[str]:
        items = _split_list(value)
        if len(items) > self.max_items:
            raise forms.ValidationError(
                _("At most %(n)d items."), code="max_items", params={"n": self.max_items}
            )
        for item in items:
            if len(item) > self.max_length:
                raise forms.ValidationError(
                    _("Each item has at most %(n)d characters."),
                    code="max_length",
                    params={"n": self.max_length},
                )
        return list(dict.fromkeys(items))


class ProfileForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=ProfileKind.choices)
    language = forms.ChoiceField(
        label=_("Language of the text"),
        choices=[("", _("Detect automatically")), *Language.choices],
        required=False,
    )
    title = forms.CharField(label=_("Title"), max_length=200, min_length=5)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=500,
        min_length=10,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("At most 500 characters: what it is and what it is for."),
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=20000,
        min_length=20,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("The problem, the solution, applications, advantages, IP and stage."),
    )
    sectors = forms.MultipleChoiceField(
        label=_("Sectors"), choices=sector_choices, widget=SearchableChecklist
    )
    keywords = ListField(
        label=_("Keywords"),
        max_items=MAX_KEYWORDS,
        max_length=60,
        help_text=_("Separated by commas."),
    )
    trl = forms.TypedChoiceField(
        label=_("Technology readiness level"),
        coerce=int,
        empty_value=None,
        # An empty first option: an untouched select must not save TRL 1 (issue 18).
        choices=[("", _("— choose —")), *((i, str(i)) for i in range(1, 10))],
    )
    ip_status = forms.ChoiceField(
        label=_("IP status"), choices=[("", _("— choose —")), *IPStatus.choices]
    )
    patent_numbers = ListField(
        label=_("Patent numbers"),
        max_items=20,
        max_length=40,
        help_text=_("For example CN112345678A, EP3123456B1."),
    )
    partnership_types = forms.MultipleChoiceField(
        label=_("Partnership types sought"),
        choices=PartnershipType.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    target_countries = forms.MultipleChoiceField(
        label=_("Target countries or regions"),
        choices=target_choices,
        required=False,
        widget=SearchableChecklist,
    )
    value_min = forms.DecimalField(
        label=_("Value from"), required=False, min_value=0, max_digits=16, decimal_places=2
    )
    value_max = forms.DecimalField(
        label=_("Value to"), required=False, min_value=0, max_digits=16, decimal_places=2
    )
    currency = forms.ChoiceField(
        label=_("Currency"), choices=[("", "—"), *Currency.choices], required=False
    )
    expires_on = forms.DateField(
        label=_("Expiry date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    visibility = forms.ChoiceField(label=_("Visibility"), choices=Visibility.choices)
    broker_requested = forms.BooleanField(
        label=_("Ask the centre to mediate contacts"), required=False
    )
    nda_required = forms.BooleanField(
        label=_("Require an NDA before the dossier opens"), required=False
    )

    def clean_expires_on(self) -> Any:
        value = self.cleaned_data.get("expires_on")
        if value and value < timezone.localdate():
            raise forms.ValidationError(_("The expiry date is in the past."), code="past")
        return value

    def clean_patent_numbers(self) -> list[str]:
        numbers = [n.upper() for n in self.cleaned_data.get("patent_numbers") or []]
        for n in numbers:
            if not PATENT_RE.match(n):
                raise forms.ValidationError(
                    _("“%(number)s” is not a patent number (country code then digits)."),
                    code="patent",
                    params={"number": n},
                )
        return numbers

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        self._clean_value(data)
        if data.get("ip_status") in (IPStatus.NONE, IPStatus.KNOW_HOW) and data.get(
            "patent_numbers"
        ):
            self.add_error("patent_numbers", _("Patent numbers need a patent IP status."))
        if not data.get("language") and data.get("title") and data.get("description"):
            detected = detect_language(f"{data['title']} {data.get('summary', '')}")
            data["language"] = "zh" if detected == "zh" else "en"
        return data

    def _clean_value(self, data: dict[str, Any]) -> None:
        low, high = data.get("value_min"), data.get("value_max")
        if low is not None and high is not None and high < low:
            self.add_error("value_max", _("The upper value is below the lower value."))
        if (low is not None or high is not None) and not data.get("currency"):
            self.add_error("currency", _("Give the currency of the value."))
        if low is None and high is None:
            data["currency"] = ""


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=2000, min_length=5, widget=forms.Textarea(attrs={"rows": 3})
    )
