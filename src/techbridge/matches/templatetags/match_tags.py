"""Match panels other apps' pages include (dashboard, profile page)."""

from __future__ import annotations

from typing import Any

from django import template

from techbridge.accounts.selectors import is_member
from techbridge.matches import selectors
from techbridge.matches.models import FeedbackReason

register = template.Library()
PANEL_SIZE = 5


@register.inclusion_tag("matches/partials/for_you.html", takes_context=True)
def matches_for_you(context: Any) -> dict[str, Any]:
    """The member's best matches across their organisations' profiles."""
    user = context.get("user")
    qs = selectors.match_list(actor=user)
    matches = list(qs[:PANEL_SIZE])
    return {
        "cards": selectors.present_matches(matches, actor=user),
        "total": qs.count() if len(matches) == PANEL_SIZE else len(matches),
        "request": context.get("request"),
    }


@register.inclusion_tag("matches/partials/profile_matches.html", takes_context=True)
def profile_matches(context: Any, card: Any) -> dict[str, Any]:
    """A profile's matches with their explanations, for its owner's members and staff only:
    anyone else gets nothing."""
    user = context.get("user")
    owner_id = card.owner.id if card.owner is not None else None
    allowed = is_member(user) and selectors.may_see_profile_matches(user, owner_id)
    if not allowed:
        return {"allowed": False}
    qs = selectors.matches_for_profile(actor=user, profile_id=card.id)
    matches = list(qs[: PANEL_SIZE * 2 + 1])
    return {
        "allowed": True,
        "cards": selectors.present_matches(
            matches[: PANEL_SIZE * 2], actor=user, profile_id=card.id
        ),
        "more": len(matches) > PANEL_SIZE * 2,
        "profile_id": card.id,
        "published": card.status == "published",
        "reasons": FeedbackReason.choices,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
    }
