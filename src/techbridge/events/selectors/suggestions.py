"""Whom a participant should meet: the matching engine's scores between the profiles both
bring (read through `techbridge.matches.selectors`), else a simple score."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db.models import Prefetch

from techbridge.core.choices import COMPLEMENT_OF
from techbridge.events.models import (
    MeetingRequest,
    Participant,
    RegistrationStatus,
    RequestStatus,
)
from techbridge.events.selectors.people import (
    ParticipantCard,
    _visible_profiles,
    directory,
    participant_card,
)
from techbridge.matches import selectors as matching
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.selectors import present

logger = logging.getLogger(__name__)


# --- suggestions ----------------------------------------------------------------------------


def _kinds(profiles: list[TechnologyProfile]) -> set[str]:
    return {pr.kind for pr in profiles}


def _disclosed(p: Participant, actor: Any) -> list[TechnologyProfile]:
    """The profiles the participant brings that the actor may tie to them: visible, and
    with the owner disclosed (`present`) — a blind profile never counts for someone who may
    not know its owner."""
    return [pr for pr in getattr(p, "visible_profiles", []) if present(pr, actor=actor).owner]


SUGGEST_K = 1000  # the engine's partners asked for per profile (its pool is smaller anyway)
SUGGEST_CACHE_SECONDS = 15 * 60


def _suggest_key(participant: Participant, profile_ids: list[int]) -> str:
    ids = ",".join(str(i) for i in sorted(profile_ids))
    return f"events:suggest:v1:{participant.event_id}:{participant.pk}:{ids}"


def engine_scores(participant: Participant) -> dict[int, float] | None:
    """The matching engine's best score from any profile the participant brings to each
    profile brought by someone else at the event: {profile id: score}. None when the
    participant brings no profile or the engine cannot be used (then the simple score
    applies). Cached per participant for SUGGEST_CACHE_SECONDS (the `warm_suggestions`
    task fills the cache for a whole event); the scores carry no visibility decision —
    callers keep only profiles whose owner the viewer may know."""
    mine = list(participant.profiles.select_related("organisation").order_by("id"))
    return _engine_scores(participant, mine, _EventMatching(participant.event_id))


def event_engine_scores(event_id: int) -> int:
    """`engine_scores` of every confirmed participant of the event who brings profiles, in
    a few queries for the whole event; returns how many got scores."""
    people = (
        Participant.objects.filter(
            event_id=event_id, status=RegistrationStatus.CONFIRMED, profiles__isnull=False
        )
        .distinct()
        .order_by("id")
        .prefetch_related(
            Prefetch(
                "profiles",
                queryset=TechnologyProfile.objects.select_related("organisation").order_by("id"),
            )
        )
    )
    shared = _EventMatching(event_id, one_matcher=True)
    return sum(_engine_scores(p, list(p.profiles.all()), shared) is not None for p in people)


@dataclass
class _EventMatching:
    """What the scores of an event's participants share, read at first need: the profiles
    brought ({id: organisation id}) and, for a whole event, one engine."""

    event_id: int
    one_matcher: bool = False
    _brought: dict[int, int] | None = None
    _matcher: Any = None

    def brought(self, participant: Participant) -> set[int]:
        """The profiles brought by confirmed participants, but the participant's own
        organisation's."""
        if self._brought is None:
            self._brought = dict(
                TechnologyProfile.objects.filter(
                    event_participants__event_id=self.event_id,
                    event_participants__status=RegistrationStatus.CONFIRMED,
                ).values_list("id", "organisation_id")
            )
        own = participant.organisation_id
        return {pid for pid, org in self._brought.items() if org != own}

    def matcher(self) -> Any:
        """The engine to ask (None: each call asks the current one)."""
        if self.one_matcher and self._matcher is None:
            self._matcher = matching.engine_matcher()
        return self._matcher


def _engine_scores(
    participant: Participant, mine: list[TechnologyProfile], event: _EventMatching
) -> dict[int, float] | None:
    if not mine:
        return None
    key = _suggest_key(participant, [p.pk for p in mine])
    cached = cache.get(key)
    if cached is not None:
        return cached
    if not matching.engine_usable_here():
        _warm_later(participant.event_id)  # a worker fills the cache; the simple score now
        return None
    brought = event.brought(participant)
    try:
        scores = matching.partner_scores(mine, among=brought, k=SUGGEST_K, using=event.matcher())
    except Exception:
        logger.exception("matching engine failed for participant %s", participant.pk)
        return None
    cache.set(key, scores, SUGGEST_CACHE_SECONDS)
    return scores


def _warm_later(event_id: int) -> None:
    """Ask a task worker for the event's scores (once per event while it works on them)."""
    if not cache.add(f"events:suggest:warming:{event_id}", True, SUGGEST_CACHE_SECONDS):
        return
    from techbridge.events.tasks import warm_suggestions

    try:
        warm_suggestions.enqueue(event_id)
    except Exception:
        logger.exception("could not enqueue the suggestions of event %s", event_id)


def pair_score(
    me: Participant, other: Participant, scores: dict[int, float] | None, actor: Any
) -> tuple[int, float]:
    """(tier, score): tier 0 with the matching engine's score between the profiles the two
    bring (the best pair) when both bring a profile the actor may tie to them and the
    engine scored it; otherwise tier 1 with the simple `suggestion_score`. Engine matches
    rank before the rest (the two scales are not comparable)."""
    theirs = _disclosed(other, actor)
    if scores is not None and theirs:
        best = max((scores.get(pr.pk, 0.0) for pr in theirs), default=0.0)
        if best > 0:
            return 0, best
    return 1, suggestion_score(me, other, theirs=theirs)


def suggestion_score(
    me: Participant, other: Participant, *, theirs: list[TechnologyProfile] | None = None
) -> float:
    """Sector overlap, complementary partnership types, offer meets request; 0..1.
    Used when either side brings no profile (see `pair_score`). The kinds are those of
    the profiles shown (``visible_profiles``; of the other, ``theirs`` when given: those the
    viewer may tie to them)."""
    sectors_me = set(me.sectors) | set(me.organisation.sectors or [])
    sectors_other = set(other.sectors) | set(other.organisation.sectors or [])
    union = sectors_me | sectors_other
    sector = len(sectors_me & sectors_other) / len(union) if union else 0.0
    wanted = {COMPLEMENT_OF.get(t, t) for t in me.partnership_types}
    partner = 1.0 if wanted & set(other.partnership_types) else 0.0
    kinds_me = _kinds(getattr(me, "visible_profiles", []))
    kinds_other = _kinds(getattr(other, "visible_profiles", []) if theirs is None else theirs)
    kind = (
        1.0
        if ("offer" in kinds_me and "request" in kinds_other)
        or ("request" in kinds_me and "offer" in kinds_other)
        else 0.0
    )
    abroad = 0.1 if str(me.organisation.country) != str(other.organisation.country) else 0.0
    return round(min(1.0, 0.5 * sector + 0.25 * partner + 0.15 * kind + abroad), 3)


def suggestions_for(
    *, actor: Any, participant: Participant, limit: int = 8
) -> list[ParticipantCard]:
    """People the participant should meet: best scores (the matching engine's between the
    profiles both bring, else the simple score), excluding their own organisation and people
    they already have a request or meeting with."""
    event = participant.event
    me = (
        Participant.objects.select_related("organisation")
        .prefetch_related(_visible_profiles(actor))
        .get(pk=participant.pk)
    )
    taken = set(
        MeetingRequest.objects.filter(
            requester=me, status__in=[RequestStatus.PENDING, RequestStatus.ACCEPTED]
        ).values_list("recipient_id", flat=True)
    ) | set(
        MeetingRequest.objects.filter(
            recipient=me, status__in=[RequestStatus.PENDING, RequestStatus.ACCEPTED]
        ).values_list("requester_id", flat=True)
    )
    others = (
        directory(actor=actor, event=event, filters={})
        .exclude(organisation=me.organisation)
        .exclude(pk__in=taken)
    )
    scores = engine_scores(me)
    scored = sorted(
        ((*pair_score(me, o, scores, actor), o.id, o) for o in others),
        key=lambda t: (t[0], -t[1], t[2]),
    )
    out = []
    for _tier, score, _id, o in scored[:limit]:
        if score <= 0:
            break
        card = participant_card(o, actor=actor)
        card.score = score
        out.append(card)
    return out
