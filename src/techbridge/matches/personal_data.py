"""What matches keeps about a person (core.personal_data): the feedback they gave on
suggested partners. The judgement stays (it trains the matching for their organisation), but
no longer names the person once the account is deleted."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.matches.models import MatchFeedback

FIELDS = ("own_ref", "counterpart_ref", "useful", "reason", "comment", "created_at")


def _export(user: Any) -> list[dict[str, Any]]:
    return rows(MatchFeedback.objects.filter(user=user).order_by("created_at", "id"), FIELDS)


def _erase(user: Any) -> None:
    MatchFeedback.objects.filter(user=user).update(user=None, comment="")


register(
    Section(
        key="matches.feedback",
        label=_("Your feedback on suggested partners"),
        export=_export,
        erase=_erase,
        covers=("matches.MatchFeedback.user",),
        order=40,
    )
)
