"""Staff set-up of programmes and calls: dates and times are entered in the centre's time zone
(a call closing at 23:59 closes at 23:59 Beijing time, whatever the reader's clock says)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from techbridge.core.taxonomy import sector_choices
from techbridge.incubation.models import Call, EligibilityQuestion, FieldKind, FormField, Programme
from techbridge.incubation.selectors import centre_time


class ProgrammeForm(forms.ModelForm):
    sectors = forms.MultipleChoiceField(label=_("Sectors"), required=False, choices=())

    class Meta:
        model = Programme
        fields = [
            "slug", "name_en", "name_zh", "description_en", "description_zh", "sectors",
            "places", "duration_months",
        ]  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sectors"].choices = sector_choices()


class CallForm(forms.ModelForm):
    opens_on = forms.DateTimeField(
        label=_("Opens (centre time)"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    closes_on = forms.DateTimeField(
        label=_("Closes (centre time)"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )

    class Meta:
        model = Call
        fields = ["programme", "slug", "title_en", "title_zh", "summary_en", "summary_zh"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            fmt = "%Y-%m-%dT%H:%M"
            self.initial["opens_on"] = centre_time(self.instance.opens_at).strftime(fmt)
            self.initial["closes_on"] = centre_time(self.instance.closes_at).strftime(fmt)

    @staticmethod
    def _centre(value: datetime) -> datetime:
        return value.replace(tzinfo=None).replace(tzinfo=ZoneInfo(settings.TIME_ZONE))

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        opens, closes = data.get("opens_on"), data.get("closes_on")
        if opens and closes:
            data["opens_at"], data["closes_at"] = self._centre(opens), self._centre(closes)
            if data["closes_at"] <= data["opens_at"]:
                self.add_error("closes_on", _("A call closes after it opens."))
        return data


class QuestionForm(forms.ModelForm):
    class Meta:
        model = EligibilityQuestion
        fields = ["key", "text_en", "text_zh", "expected", "reason_en", "reason_zh", "order"]


class FieldForm(forms.ModelForm):
    class Meta:
        model = FormField
        fields = [
            "key", "kind", "label_en", "label_zh", "help_en", "help_zh", "choices", "required",
            "confidential", "min_value", "max_value", "order",
        ]  # fmt: skip

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("kind") == FieldKind.CHOICE and not (data.get("choices") or "").strip():
            self.add_error("choices", _("A choice field needs its choices."))
        low, high = data.get("min_value"), data.get("max_value")
        if low is not None and high is not None and low > high:
            self.add_error("max_value", _("The maximum is below the minimum."))
        return data
