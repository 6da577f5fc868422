"""The register's layout and the regulator's report period."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techbridge.domiciliation.register import COLUMNS

DATE = forms.DateInput(attrs={"type": "date"})


class LayoutForm(forms.Form):
    """A name and, per column, its position (empty: left out)."""

    name = forms.CharField(label=_("Layout name"), max_length=80)
    is_default = forms.BooleanField(label=_("Use for the reports to the regulator"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, column in COLUMNS.items():
            self.fields[f"col_{key}"] = forms.IntegerField(
                label=column.label, required=False, min_value=1, max_value=len(COLUMNS)
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        chosen = [(data[f"col_{k}"], k) for k in COLUMNS if data.get(f"col_{k}")]
        if not chosen:
            raise forms.ValidationError(_("Give at least one column a position."))
        data["columns"] = [k for _pos, k in sorted(chosen)]
        return data

    @staticmethod
    def initial_for(name: str, columns: list[str], is_default: bool) -> dict[str, Any]:
        initial: dict[str, Any] = {"name": name, "is_default": is_default}
        initial.update({f"col_{k}": i + 1 for i, k in enumerate(columns)})
        return initial


class ReportForm(forms.Form):
    period_start = forms.DateField(label=_("From"), widget=DATE)
    period_end = forms.DateField(label=_("To"), widget=DATE)
