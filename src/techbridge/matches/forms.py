"""The one validator of match feedback, for the pages and the API."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techbridge.matches.models import FeedbackReason


class MatchFeedbackForm(forms.Form):
    useful = forms.TypedChoiceField(
        label=_("Is this match useful?"),
        choices=[("1", _("Useful")), ("0", _("Not useful"))],
        coerce=lambda v: v in (True, "1", "true", "True", 1),
    )
    reason = forms.ChoiceField(
        label=_("Why not?"), choices=[("", "—"), *FeedbackReason.choices], required=False
    )
    comment = forms.CharField(label=_("Comment"), max_length=1000, required=False)

    def clean_comment(self) -> str:
        return str(self.cleaned_data.get("comment") or "").replace("\x00", "").strip()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("useful") is False and not data.get("reason"):
            self.add_error("reason", _("Choose a reason."))
        return data
