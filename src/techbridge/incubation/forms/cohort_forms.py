"""Cohorts and company files: the cohort (staff), milestone templates (staff), the team,
documents, milestone evidence and the manager's decision. Files are checked for type and size
by the service (the rules of deal attachments)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from techbridge.incubation.forms.applications import clean_text
from techbridge.incubation.models import Cohort, MilestoneTemplate, TeamMember

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class CohortForm(forms.ModelForm):
    class Meta:
        model = Cohort
        fields = ["programme", "slug", "name_en", "name_zh", "starts_on", "ends_on"]
        widgets = {"starts_on": DATE, "ends_on": DATE}

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("starts_on"), data.get("ends_on")
        if start and end and end <= start:
            self.add_error("ends_on", _("A cohort ends after it starts."))
        return data


class TemplateForm(forms.ModelForm):
    class Meta:
        model = MilestoneTemplate
        fields = ["title_en", "title_zh", "target_en", "target_zh", "due_after_days"]


class TeamMemberForm(forms.ModelForm):
    class Meta:
        model = TeamMember
        fields = ["name", "role", "email"]

    def clean_name(self) -> str:
        return clean_text(self.cleaned_data.get("name"))

    def clean_role(self) -> str:
        return clean_text(self.cleaned_data.get("role"))


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    file = forms.FileField(label=_("File"))


class EvidenceForm(forms.Form):
    evidence = forms.CharField(
        label=_("Evidence"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    file = forms.FileField(label=_("File"), required=False)

    def clean_evidence(self) -> str:
        return clean_text(self.cleaned_data.get("evidence"))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("", _("— choose —")), ("approve", _("Approve")), ("return", _("Send back"))],
    )
    comment = forms.CharField(
        label=_("Comment"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class AdmitForm(forms.Form):
    application = forms.TypedChoiceField(label=_("Application"), coerce=int, choices=())

    def __init__(self, *args: Any, applications: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["application"]
        field.choices = [("", _("— choose —"))] + [
            (a.pk, f"{a.reference} · {a.organisation.name} ({a.get_status_display()})")
            for a in applications
        ]


class KpiForm(forms.Form):
    """One month's figures: a number (zero or more) for every metric typed in."""

    month = forms.ChoiceField(label=_("Month"))

    def __init__(self, *args: Any, metrics: list[Any], months: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["month"]
        field.choices = [("", _("— choose —"))] + [
            (m.isoformat(), date_format(m, "YEAR_MONTH_FORMAT")) for m in months
        ]
        self.metrics = [m for m in metrics if not m.automatic]
        for metric in self.metrics:
            label = f"{metric.name} ({metric.unit})" if metric.unit else metric.name
            self.fields[f"k_{metric.key}"] = forms.DecimalField(
                label=label, min_value=0, max_value=Decimal("1e15"), decimal_places=2
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("month"):
            data["month_date"] = date.fromisoformat(data["month"])
        data["values"] = {
            m.key: data[f"k_{m.key}"] for m in self.metrics if data.get(f"k_{m.key}") is not None
        }
        return data
