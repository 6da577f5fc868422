"""Reads of matches. The one place that decides who sees which match: a member sees the
matches of their organisations' profiles, and only those whose counterpart profile they may
see (`profiles.selectors.profile_list`); counterparts are always shown through
`profiles.selectors.present`, so a blind owner stays hidden."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.translation import get_language

from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.core.scope import heavy_work_allowed
from techbridge.matches import engine
from techbridge.matches.models import Match, MatchStatus
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.selectors import (
    OwnerCard,
    ProfileCard,
    owner_card,
    present,
    profile_get_for,
    profile_list,
)

REQUEST_SIDE = "request"
PARTNER_SIDE = "partner"


def _base() -> QuerySet[Match]:
    return Match.objects.select_related(
        "request__organisation", "offer__organisation", "partner_org"
    ).order_by("-score", "-id")


def match_list(*, actor: Any) -> QuerySet[Match]:
    """The matches of the actor's organisations whose counterpart the actor may see."""
    own = organisation_ids_of(actor)
    if not own:
        return Match.objects.none()
    visible = profile_list(actor=actor).values("id")
    as_request = Q(request__organisation_id__in=own) & (
        Q(partner_org__isnull=False) | Q(offer_id__in=visible)
    )
    as_offer = Q(offer__organisation_id__in=own) & Q(request_id__in=visible)
    as_partner_org = Q(partner_org_id__in=own) & Q(request_id__in=visible)
    return _base().filter(as_request | as_offer | as_partner_org)


def match_get_for(*, actor: Any, match_id: int) -> Match:
    """One match of the actor's organisations, or NotFound."""
    match = match_list(actor=actor).filter(pk=match_id).first()
    if match is None:
        raise NotFound()
    return match


def matches_for_profile(*, actor: Any, profile_id: int) -> QuerySet[Match]:
    """The matches of one profile, for its owner's members and staff only (NotFound when
    the profile is invisible to the actor, PermissionDenied for anyone else)."""
    profile = profile_get_for(actor=actor, profile_id=profile_id)
    of_profile = Q(request_id=profile.id) | Q(offer_id=profile.id)
    if profile.organisation_id in organisation_ids_of(actor):
        return match_list(actor=actor).filter(of_profile)
    if is_staff(actor):
        return _base().filter(of_profile)
    raise PermissionDenied()


def may_see_profile_matches(actor: Any, organisation_id: int | None) -> bool:
    """Whether the actor may see the matches of a profile of this organisation (None: an
    owner hidden from the actor, hence not theirs)."""
    if is_staff(actor):
        return True
    return organisation_id is not None and organisation_id in organisation_ids_of(actor)


def side_of(actor: Any, match: Match, *, profile_id: int | None = None) -> str:
    """Which side of the match the actor looks from: their organisation's (or, for staff,
    the side of the profile they are looking at)."""
    if profile_id is not None:
        return REQUEST_SIDE if match.request_id == profile_id else PARTNER_SIDE
    own = organisation_ids_of(actor)
    if match.request.organisation_id in own:
        return REQUEST_SIDE
    return PARTNER_SIDE


# --- presentation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchCard:
    """A match as one actor sees it: their own profile, the counterpart (a profile card or,
    for organisation matches, the organisation), the score and the explanation."""

    id: int
    score: float
    side: str
    status: str
    own_id: int | None
    own_title: str
    counterpart: ProfileCard | None
    counterpart_org: OwnerCard | None
    summary: str
    concepts: list[dict[str, str]]
    sectors: list[str]
    partnership: list[tuple[str, str]]
    created_at: datetime
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def percent(self) -> int:
        return round(self.score * 100)

    @property
    def is_new(self) -> bool:
        return self.status == MatchStatus.NEW

    @property
    def counterpart_url(self) -> str:
        if self.counterpart is not None:
            return reverse("profiles:detail", args=[self.counterpart.id])
        if self.counterpart_org is not None:
            return reverse("accounts:organisation", args=[self.counterpart_org.slug])
        return ""


def _summary(explanation: dict[str, Any]) -> str:
    zh = (get_language() or "en").lower().startswith("zh")
    return str(explanation.get("summary_zh" if zh else "summary_en", ""))


def _pairs(explanation: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for item in explanation.get("partnership", []):
        a, _sep, b = str(item).partition(":")
        out.append((a, b or a))
    return out


def present_match(match: Match, *, actor: Any, profile_id: int | None = None) -> MatchCard:
    """The card of a match (from `match_list` or `matches_for_profile`) for this actor."""
    side = side_of(actor, match, profile_id=profile_id)
    if side == REQUEST_SIDE:
        own, status = match.request, match.request_status
        counterpart = present(match.offer, actor=actor) if match.offer is not None else None
        org = owner_card(match.partner_org) if match.partner_org is not None else None
    else:
        own = match.offer if match.offer is not None else None
        status = match.partner_status
        counterpart, org = present(match.request, actor=actor), None
    explanation = match.explanation or {}
    return MatchCard(
        id=match.id,
        score=match.score,
        side=side,
        status=status,
        own_id=own.id if own is not None else None,
        own_title=own.title
        if own is not None
        else (match.partner_org.name if match.partner_org else ""),
        counterpart=counterpart,
        counterpart_org=org,
        summary=_summary(explanation),
        concepts=list(explanation.get("concepts", []))[:8],
        sectors=list(explanation.get("sectors", [])),
        partnership=_pairs(explanation),
        created_at=match.created_at,
    )


def present_matches(matches: Any, *, actor: Any, profile_id: int | None = None) -> list[MatchCard]:
    return [present_match(m, actor=actor, profile_id=profile_id) for m in matches]


# --- the engine's scores, for other apps (events' meeting suggestions) ----------------------


def engine_usable_here() -> bool:
    """Whether this code may ask the matching engine: not inside a web request when task
    workers exist (then the engine lives in them; `engine.MatchingInWebRequest`)."""
    return heavy_work_allowed()


def engine_matcher() -> Any:
    """The current matching engine, to share across many `partner_scores` calls."""
    return engine.matcher()


def partner_scores(
    profiles: Iterable[TechnologyProfile], *, among: set[int], k: int, using: Any = None
) -> dict[int, float]:
    """The matching engine's best score (rounded to 3 places) from any of `profiles` to each
    profile id in `among` that is among its `k` best partners: {profile id: score}. The
    scores carry no visibility decision: callers keep only profiles the viewer may see and
    tie to their owner. `using`: an `engine_matcher()` to reuse; engine errors propagate."""
    scores: dict[int, float] = {}
    for profile in profiles:
        for proposal in engine.top_for(profile, k=k, using=using):
            pid = proposal.profile_id
            if pid in among and proposal.score > scores.get(pid, 0.0):
                scores[pid] = round(proposal.score, 3)
    return scores
