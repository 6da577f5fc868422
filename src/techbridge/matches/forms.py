"""The one validator of match feedback, for the pages and the API."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techbridge.core.choices import IPStatus, PartnershipType, ProfileKind
from techbridge.engines.text.taxonomy import FIELD_BY_CODE
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


def _items(value: Any) -> list[str]:
    return [i.strip()[:100] for i in re.split(r"[,;\n，；、]", str(value or "")) if i.strip()][:30]


class ListingDraftForm(forms.Form):
    """A listing being written, read leniently for its quality panel: nothing here needs to
    be valid yet (unknown choices are dropped, texts clipped), so it never refuses."""

    kind = forms.CharField(required=False)
    language = forms.CharField(required=False)
    title = forms.CharField(required=False)
    summary = forms.CharField(required=False)
    description = forms.CharField(required=False)
    keywords = forms.CharField(required=False)
    trl = forms.CharField(required=False)
    ip_status = forms.CharField(required=False)
    patent_numbers = forms.CharField(required=False)

    def _many(self, name: str, allowed: Any) -> list[str]:
        raw = self.data.getlist(name) if hasattr(self.data, "getlist") else self.data.get(name)
        values = raw if isinstance(raw, list | tuple) else [raw] if raw else []
        return [str(v) for v in dict.fromkeys(values) if str(v) in allowed][:20]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        text = {k: str(data.get(k) or "").replace("\x00", "") for k in ("title", "summary")}
        trl = str(data.get("trl") or "")
        return {
            **text,
            "description": str(data.get("description") or "").replace("\x00", "")[:20000],
            "kind": data.get("kind") if data.get("kind") in ProfileKind.values else "offer",
            "language": "zh" if data.get("language") == "zh" else "en",
            "keywords": _items(data.get("keywords")),
            "patent_numbers": _items(data.get("patent_numbers")),
            "sectors": self._many("sectors", FIELD_BY_CODE),
            "partnership_types": self._many("partnership_types", PartnershipType.values),
            "trl": int(trl) if trl.isdigit() and 1 <= int(trl) <= 9 else None,
            "ip_status": data.get("ip_status") if data.get("ip_status") in IPStatus.values else "",
        }
