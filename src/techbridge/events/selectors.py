"""Reads about events. This module decides who sees which event, which participants a member
acts for, who sees the directory and what of a participant's profiles may be shown (blind
profiles go through `techbridge.profiles.selectors.present`)."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db.models import Count, Prefetch, Q, QuerySet

from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.choices import COMPLEMENT_OF, Department
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.events.models import (
    SEATED,
    Event,
    EventVisibility,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participant,
    RegistrationStatus,
    RequestStatus,
)
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.selectors import ProfileCard, present, visible_filter

logger = logging.getLogger(__name__)
EDITING_DEPARTMENTS = (Department.EVENTS, Department.MANAGEMENT)

# --- events ---------------------------------------------------------------------------------


def event_list(*, actor: Any) -> QuerySet[Event]:
    """Events the actor may see: public ones for everybody, members-only ones for members,
    hidden ones for staff."""
    qs = Event.objects.all()
    if is_staff(actor):
        return qs
    if is_member(actor):
        return qs.filter(visibility__in=[EventVisibility.PUBLIC, EventVisibility.MEMBERS])
    return qs.filter(visibility=EventVisibility.PUBLIC)


def event_get_for(*, actor: Any, slug: str) -> Event:
    event = event_list(actor=actor).filter(slug=slug).first()
    if event is None:
        raise NotFound()
    return event


def event_get_managed(*, actor: Any, slug: str) -> Event:
    """An event the actor organises (staff of the centre)."""
    if not is_staff(actor):
        raise PermissionDenied()
    return event_get_for(actor=actor, slug=slug)


def can_edit_events(actor: Any) -> bool:
    """Who creates and edits events and their programme: staff of the events or management
    department (and superusers)."""
    if not is_staff(actor):
        return False
    return bool(actor.is_superuser or actor.department in EDITING_DEPARTMENTS)


def event_get_editable(*, actor: Any, slug: str) -> Event:
    if not can_edit_events(actor):
        raise PermissionDenied()
    return event_get_for(actor=actor, slug=slug)


# --- participants a member acts for ---------------------------------------------------------


def can_act_for(actor: Any, participant: Participant) -> bool:
    """Staff, the participant's own account, or a member of the participant's organisation."""
    if is_staff(actor):
        return True
    if not is_member(actor):
        return False
    if participant.user_id == actor.id:
        return True
    return participant.organisation_id in organisation_ids_of(actor)


def acting_participants(*, actor: Any, event: Event) -> QuerySet[Participant]:
    """The live registrations of the actor's organisations (or of the actor) at the event."""
    if not is_member(actor):
        return Participant.objects.none()
    orgs = organisation_ids_of(actor)
    return (
        Participant.objects.filter(event=event)
        .filter(Q(organisation_id__in=orgs) | Q(user_id=actor.id))
        .exclude(status__in=[RegistrationStatus.CANCELLED, RegistrationStatus.REJECTED])
        .select_related("organisation")
        .order_by("name", "id")
    )


def participant_get_for(*, actor: Any, event: Event, participant_id: int) -> Participant:
    """A participant of the event the actor acts for, or NotFound."""
    p = (
        Participant.objects.select_related("organisation", "event")
        .filter(event=event, pk=participant_id)
        .first()
    )
    if p is None or not can_act_for(actor, p):
        raise NotFound()
    return p


def participant_by_feed_token(token: str) -> Participant | None:
    """The calendar feed is reached by a secret token (calendar apps send no cookies)."""
    if not token or len(token) > 64:
        return None
    return (
        Participant.objects.select_related("event", "organisation")
        .filter(feed_token=token)
        .exclude(status__in=[RegistrationStatus.CANCELLED, RegistrationStatus.REJECTED])
        .first()
    )


def checkin_target(*, actor: Any, code: str) -> Participant:
    """Staff scan a badge's QR code."""
    if not is_staff(actor):
        raise PermissionDenied()
    p = (
        Participant.objects.select_related("event", "organisation")
        .filter(checkin_code=code[:40])
        .first()
    )
    if p is None:
        raise NotFound()
    return p


# --- directory ------------------------------------------------------------------------------

DIRECTORY_FILTERS = ("q", "country", "province", "sector", "partnership", "kind")


def can_see_directory(actor: Any, event: Event) -> bool:
    """Staff always; members for events with B2B meetings."""
    if is_staff(actor):
        return True
    return is_member(actor) and event.b2b_enabled


def _visible_profiles(actor: Any) -> Prefetch:
    condition = visible_filter(actor)
    qs = TechnologyProfile.objects.select_related("organisation")
    if condition is not None:
        qs = qs.filter(condition)
    return Prefetch("profiles", queryset=qs.order_by("id"), to_attr="visible_profiles")


def directory(*, actor: Any, event: Event, filters: dict[str, str]) -> QuerySet[Participant]:
    """Confirmed participants, filtered. Profile filters only look at profiles the actor may
    see, and at blind profiles only through the profile's own fields (never the owner)."""
    if not can_see_directory(actor, event):
        raise PermissionDenied()
    qs = Participant.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
    if filters.get("q"):
        q = filters["q"]
        qs = qs.filter(
            Q(name__icontains=q)
            | Q(organisation__name__icontains=q)
            | Q(organisation__name_alt__icontains=q)
        )
    if filters.get("country"):
        qs = qs.filter(organisation__country=filters["country"].upper()[:2])
    if filters.get("province"):
        qs = qs.filter(organisation__province=filters["province"].upper()[:2])
    if filters.get("sector"):
        token = f'"{filters["sector"][:60]}"'
        qs = qs.filter(Q(sectors__icontains=token) | Q(organisation__sectors__icontains=token))
    if filters.get("partnership"):
        qs = qs.filter(partnership_types__icontains=f'"{filters["partnership"][:40]}"')
    if filters.get("kind") in ("offer", "request"):
        qs = qs.filter(profiles__kind=filters["kind"]).distinct()
    return (
        qs.select_related("organisation")
        .prefetch_related(_visible_profiles(actor))
        .order_by("name", "id")
    )


@dataclass
class ParticipantCard:
    """A participant as one actor may see them: profiles only when their owner is
    disclosed to the actor (a blind profile must not be tied to its organisation)."""

    id: int
    name: str
    role: str
    organisation: Any
    languages: list[str]
    needs_interpreter: bool
    sectors: list[str]
    partnership_types: list[str]
    profiles: list[ProfileCard] = field(default_factory=list)
    score: float = 0.0


def participant_card(p: Participant, *, actor: Any) -> ParticipantCard:
    profiles = getattr(p, "visible_profiles", None)
    if profiles is None:
        condition = visible_filter(actor)
        qs = p.profiles.select_related("organisation")
        profiles = list(qs if condition is None else qs.filter(condition))
    cards = [present(pr, actor=actor) for pr in profiles]
    return ParticipantCard(
        id=p.id,
        name=p.name,
        role=p.role,
        organisation=p.organisation,
        languages=list(p.languages),
        needs_interpreter=p.needs_interpreter,
        sectors=list(p.sectors),
        partnership_types=list(p.partnership_types),
        profiles=[c for c in cards if c.owner is not None],
    )


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

    def matcher(self, engine: Any) -> Any:
        """The engine to ask (None: `top_for` gets the current one at each call)."""
        if self.one_matcher and self._matcher is None:
            self._matcher = engine.matcher()
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
    try:
        from techbridge.matches import engine
    except Exception:  # the adapter is part of the platform; an import failure means no engine
        logger.exception("matching engine unavailable for event suggestions")
        return None
    brought = event.brought(participant)
    scores: dict[int, float] = {}
    try:
        using = event.matcher(engine)
        for profile in mine:
            for proposal in engine.top_for(profile, k=SUGGEST_K, using=using):
                pid = proposal.profile_id
                if pid in brought and proposal.score > scores.get(pid, 0.0):
                    scores[pid] = round(proposal.score, 3)
    except Exception:
        logger.exception("matching engine failed for participant %s", participant.pk)
        return None
    cache.set(key, scores, SUGGEST_CACHE_SECONDS)
    return scores


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


# --- requests and meetings ------------------------------------------------------------------


def requests_for(*, participants: list[Participant]) -> dict[str, QuerySet[MeetingRequest]]:
    ids = [p.id for p in participants]
    base = MeetingRequest.objects.select_related(
        "requester__organisation", "recipient__organisation"
    )
    return {
        "incoming": base.filter(recipient_id__in=ids).order_by("-created_at"),
        "outgoing": base.filter(requester_id__in=ids).order_by("-created_at"),
    }


def meetings_of(participant: Participant) -> QuerySet[Meeting]:
    return (
        Meeting.objects.filter(Q(a=participant) | Q(b=participant), status=MeetingStatus.ACTIVE)
        .select_related("slot", "a__organisation", "b__organisation")
        .prefetch_related("feedback")
        .order_by("slot__starts_at", "table", "id")
    )


@dataclass
class AgendaItem:
    meeting: Meeting
    counterpart: ParticipantCard
    starts_at: Any
    ends_at: Any
    table: int | None
    interpreter: bool
    my_feedback: Any = None


def agenda_for(*, actor: Any, participant: Participant) -> list[AgendaItem]:
    """The participant's meetings in time order (unscheduled ones last), with the counterpart
    as the actor may see them."""
    if not can_act_for(actor, participant):
        raise NotFound()
    return _agenda(actor, participant)


def _agenda(actor: Any, participant: Participant) -> list[AgendaItem]:
    meetings = list(meetings_of(participant))
    others = {m.b_id if m.a_id == participant.id else m.a_id for m in meetings}
    people = {
        p.id: p
        for p in Participant.objects.filter(pk__in=others)
        .select_related("organisation")
        .prefetch_related(_visible_profiles(actor))
    }
    items = []
    for m in meetings:
        other = people[m.b_id if m.a_id == participant.id else m.a_id]
        mine = next((f for f in m.feedback.all() if f.participant_id == participant.id), None)
        items.append(
            AgendaItem(
                meeting=m,
                counterpart=participant_card(other, actor=actor),
                starts_at=m.slot.starts_at.astimezone(participant.event.tz) if m.slot else None,
                ends_at=m.slot.ends_at.astimezone(participant.event.tz) if m.slot else None,
                table=m.table,
                interpreter=m.a.needs_interpreter or m.b.needs_interpreter,
                my_feedback=mine,
            )
        )
    items.sort(key=lambda i: (i.starts_at is None, i.starts_at or 0, i.meeting.id))
    return items


def agenda_by_token(token: str) -> tuple[Participant, list[AgendaItem]]:
    """The calendar feed's agenda: the token proves the participant; profiles are shown as an
    anonymous visitor sees them (the feed may be shared, so it discloses no more)."""
    from django.contrib.auth.models import AnonymousUser

    p = participant_by_feed_token(token)
    if p is None:
        raise NotFound()
    return p, _agenda(AnonymousUser(), p)


def upcoming_registrations(*, actor: Any, now: Any) -> list[Participant]:
    """The dashboard's list: live registrations of the actor's organisations."""
    if not is_member(actor):
        return []
    return list(
        Participant.objects.filter(
            Q(organisation_id__in=organisation_ids_of(actor)) | Q(user_id=actor.id)
        )
        .filter(event__ends_at__gte=now)
        .exclude(status__in=[RegistrationStatus.CANCELLED, RegistrationStatus.REJECTED])
        .select_related("event")
        .order_by("event__starts_at", "name")[:10]
    )


def table_plan(*, actor: Any, event: Event) -> list[tuple[Any, list[Meeting]]]:
    """Organisers' plan: per slot, the meetings at each table."""
    if not is_staff(actor):
        raise PermissionDenied()
    meetings = (
        Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE, slot__isnull=False)
        .select_related("slot", "a__organisation", "b__organisation")
        .order_by("slot__starts_at", "table")
    )
    plan: dict[int, tuple[Any, list[Meeting]]] = {}
    for m in meetings:
        plan.setdefault(m.slot_id, (m.slot, []))[1].append(m)
    return list(plan.values())


def no_show_counts(event: Event) -> dict[int, int]:
    rows = (
        Meeting.objects.filter(event=event, no_show_participant__isnull=False)
        .values("no_show_participant_id")
        .annotate(n=Count("id"))
    )
    return {r["no_show_participant_id"]: r["n"] for r in rows}


def event_report(*, actor: Any, event: Event) -> dict[str, Any]:
    """The organisers' figures for one event."""
    if not is_staff(actor):
        raise PermissionDenied()
    registered = Participant.objects.filter(event=event, status__in=SEATED)
    requests = MeetingRequest.objects.filter(event=event)
    meetings = Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE)
    from techbridge.events.models import MeetingFeedback, Outcome

    intentions = (
        MeetingFeedback.objects.filter(meeting__event=event, outcome=Outcome.INTENTION)
        .values("meeting_id")
        .distinct()
        .count()
    )
    by_country = Counter(str(c) for c in registered.values_list("organisation__country", flat=True))
    by_province = Counter(
        p for p in registered.values_list("organisation__province", flat=True) if p
    )
    return {
        "registered": registered.count(),
        "confirmed": registered.filter(status=RegistrationStatus.CONFIRMED).count(),
        "waitlisted": Participant.objects.filter(
            event=event, status=RegistrationStatus.WAITLISTED
        ).count(),
        "checked_in": registered.filter(checked_in_at__isnull=False).count(),
        "by_country": sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0])),
        "by_province": sorted(by_province.items(), key=lambda kv: (-kv[1], kv[0])),
        "requests": requests.count(),
        "accepted": requests.filter(status=RequestStatus.ACCEPTED).count(),
        "meetings": meetings.count(),
        "scheduled": meetings.filter(slot__isnull=False).count(),
        "held": meetings.filter(attendance="held").count(),
        "no_shows": meetings.filter(attendance="no_show").count(),
        "intentions": intentions,
    }
