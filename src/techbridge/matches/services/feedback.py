"""Removing matches (a profile or organisation gone) and members' feedback on them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techbridge.core.errors import ValidationFailed
from techbridge.matches import engine
from techbridge.matches.documents import ORG_PREFIX, PROFILE_PREFIX
from techbridge.matches.models import (
    FeedbackReason,
    Match,
    MatchFeedback,
    MatchingState,
    MatchStatus,
)
from techbridge.matches.selectors import REQUEST_SIDE, match_get_for, side_of


def match_remove_for_profile(*, profile_id: int) -> int:
    """Drop a profile's matches (closed, expired, unpublished or deleted); returns how many.
    Feedback rows stay for learning (their match link becomes empty)."""
    with transaction.atomic():
        deleted = Match.objects.filter(Q(request_id=profile_id) | Q(offer_id=profile_id)).delete()
        MatchingState.objects.filter(profile_id=profile_id).delete()
    engine.note_changed(removed_id=profile_id)
    return deleted[1].get("matches.Match", 0)


def match_remove_for_organisation(*, organisation_id: int) -> int:
    """Drop an organisation's matches as investor or service provider."""
    return Match.objects.filter(partner_org_id=organisation_id).delete()[1].get("matches.Match", 0)


def matches_mark_seen(*, actor: Any, matches: Iterable[Match]) -> int:
    """The actor has seen these matches: new -> seen on the actor's side."""
    by_side: dict[str, list[int]] = {"request_status": [], "partner_status": []}
    for m in matches:
        side = side_of(actor, m)
        column = "request_status" if side == REQUEST_SIDE else "partner_status"
        if getattr(m, column) == MatchStatus.NEW:
            by_side[column].append(m.id)
    updated = 0
    for column, ids in by_side.items():
        if ids:
            updated += Match.objects.filter(id__in=ids, **{column: MatchStatus.NEW}).update(
                **{column: MatchStatus.SEEN}
            )
    return updated


@transaction.atomic
def match_feedback(
    *, actor: Any, match_id: int, useful: bool, reason: str = "", comment: str = ""
) -> Match:
    """A member says whether a match is useful to their organisation (a reason is required
    when it is not). Stored on the match for the actor's side and as a feedback row kept
    for the engine's learning."""
    match = match_get_for(actor=actor, match_id=match_id)
    reason = (reason or "").strip()
    if not useful and reason not in FeedbackReason.values:
        raise ValidationFailed(fields={"reason": [str(_("Choose a reason."))]})
    side = side_of(actor, match)
    locked = Match.objects.select_for_update().get(pk=match.pk)
    column = "request_status" if side == REQUEST_SIDE else "partner_status"
    setattr(locked, column, MatchStatus.USEFUL if useful else MatchStatus.NOT_USEFUL)
    locked.save(update_fields=[column, "updated_at"])
    request_ref, partner_ref = f"p:{match.request_id}", _partner_ref(match)
    mine_is_request = side == REQUEST_SIDE
    MatchFeedback.objects.create(
        match=locked,
        organisation_id=(
            match.request.organisation_id if mine_is_request else match.partner_organisation_id
        ),
        user=actor if getattr(actor, "is_authenticated", False) else None,
        useful=useful,
        reason="" if useful else reason,
        comment=(comment or "").replace("\x00", "")[:1000],
        own_ref=request_ref if mine_is_request else partner_ref,
        counterpart_ref=partner_ref if mine_is_request else request_ref,
        score=match.score,
        components=match.components,
    )
    return locked


def match_feedback_from_decline(
    *, actor: Any, match_id: int, organisation_id: int, reason: str
) -> None:
    """An EOI sent from a match was declined by `organisation_id` (one side of the match)
    with `reason` (the deals app's decline reasons are the same codes): kept as that side's
    verdict on the match, as if they had marked it not useful. Nothing when the match is
    gone or the organisation is on neither side."""
    match = Match.objects.select_related("request", "offer").filter(pk=match_id).first()
    if match is None or reason not in FeedbackReason.values:
        return
    request_ref, partner_ref = f"p:{match.request_id}", _partner_ref(match)
    if match.request.organisation_id == organisation_id:
        column, own, other = "request_status", request_ref, partner_ref
    elif match.partner_organisation_id == organisation_id:
        column, own, other = "partner_status", partner_ref, request_ref
    else:
        return
    Match.objects.filter(pk=match.pk).update(**{column: MatchStatus.NOT_USEFUL})
    MatchFeedback.objects.create(
        match=match,
        organisation_id=organisation_id,
        user=actor if getattr(actor, "is_authenticated", False) else None,
        useful=False,
        reason=reason,
        comment="",
        own_ref=own,
        counterpart_ref=other,
        score=match.score,
        components=match.components,
    )


def _partner_ref(match: Match) -> str:
    if match.offer_id is not None:
        return f"{PROFILE_PREFIX}{match.offer_id}"
    return f"{ORG_PREFIX}{match.partner_org_id}"
