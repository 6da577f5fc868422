"""What the matches app shows on other apps' pages (registered in MatchesConfig.ready()):
the member's best matches on the dashboard, a profile's matches on its page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from techbridge.accounts.selectors import is_member, is_staff
from techbridge.core.choices import ProfileStatus
from techbridge.core.panels import Panel, register_panel
from techbridge.matches import selectors
from techbridge.matches.models import FeedbackReason
from techbridge.matches.quality import advice_text, profile_quality

PANEL_SIZE = 5


def for_you(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any]:
    """The member's best matches across their organisations' profiles."""
    qs = selectors.match_list(actor=request.user)
    matches = list(qs[:PANEL_SIZE])
    return {
        "cards": selectors.present_matches(matches, actor=request.user),
        "total": qs.count() if len(matches) == PANEL_SIZE else len(matches),
    }


def profile_matches(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    """A profile's matches with their explanations, for its owner's members and staff only:
    anyone else gets nothing."""
    user, card = request.user, objects["card"]
    owner_id = card.owner.id if card.owner is not None else None
    if not (is_member(user) and selectors.may_see_profile_matches(user, owner_id)):
        return None
    matches = list(
        selectors.matches_for_profile(actor=user, profile_id=card.id)[: PANEL_SIZE * 2 + 1]
    )
    return {
        "cards": selectors.present_matches(
            matches[: PANEL_SIZE * 2], actor=user, profile_id=card.id
        ),
        "more": len(matches) > PANEL_SIZE * 2,
        "profile_id": card.id,
        "published": card.status == ProfileStatus.PUBLISHED,
        "reasons": FeedbackReason.choices,
    }


def listing_quality(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    """The quality panel of the profile form (filled by htmx as the member writes)."""
    org = objects.get("organisation")
    if org is None or not is_member(request.user):
        return None
    profile = objects.get("profile")
    return {"quality_org": org.id, "quality_profile": profile.id if profile else ""}


def review_quality(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    """A submitted profile's matching quality, in staff's review queue."""
    if not is_staff(request.user):
        return None
    quality = profile_quality(objects["profile"])
    return {"quality": quality, "advice": [advice_text(a) for a in quality.advice]}


def register() -> None:
    register_panel(
        Panel(
            slot="profile_form",
            name="matches.listing_quality",
            template="matches/partials/quality_panel.html",
            context=listing_quality,
            order=10,
        )
    )
    register_panel(
        Panel(
            slot="review_row",
            name="matches.review_quality",
            template="matches/partials/review_quality.html",
            context=review_quality,
            order=10,
        )
    )
    register_panel(
        Panel(
            slot="dashboard",
            name="matches.for_you",
            template="matches/partials/for_you.html",
            context=for_you,
            order=10,
        )
    )
    register_panel(
        Panel(
            slot="profile_detail",
            name="matches.profile_matches",
            template="matches/partials/profile_matches.html",
            context=profile_matches,
            order=10,
        )
    )
