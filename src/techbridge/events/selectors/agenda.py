"""A participant's requests, meetings and agenda; the member dashboard's registrations."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_member, organisation_ids_of
from techbridge.core.errors import NotFound
from techbridge.events.models import (
    Meeting,
    MeetingRequest,
    MeetingSlot,
    MeetingStatus,
    Participant,
    RegistrationStatus,
    RequestStatus,
    Room,
    ScheduleVersion,
)
from techbridge.events.selectors.access import can_act_for, participant_by_feed_token
from techbridge.events.selectors.people import ParticipantCard, _visible_profiles, participant_card

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


def with_accept_blockers(
    requests: QuerySet[MeetingRequest], *, event: Any, now: datetime
) -> list[MeetingRequest]:
    """The requests, each pending one with `accept_blocker`: why accepting it now would be
    refused (the same rules as `services.request_accept`), or "" when it can succeed, so that
    a page offers Accept only when it works."""
    rows = list(requests)
    pending = [r for r in rows if r.status == RequestStatus.PENDING]
    ids = {p for r in pending for p in (r.requester_id, r.recipient_id)}
    live = Meeting.objects.filter(status=MeetingStatus.ACTIVE).filter(
        Q(a_id__in=ids) | Q(b_id__in=ids)
    )
    load: Counter[int] = Counter()
    pairs = set()
    for a, b in live.values_list("a_id", "b_id"):
        load.update((a, b))
        pairs.add((a, b))
    for r in rows:
        r.accept_blocker = _blocker(r, event, now, load, pairs) if r in pending else ""
    return rows


def _blocker(
    r: MeetingRequest, event: Any, now: datetime, load: Counter[int], pairs: set[Any]
) -> str:
    if r.expires_at < now:
        return str(_("This request has expired."))
    if tuple(sorted((r.requester_id, r.recipient_id))) in pairs:
        return str(_("These two people already have a meeting."))
    for p in (r.recipient, r.requester):
        if p.status != RegistrationStatus.CONFIRMED:
            return str(_("%(name)s's registration is not confirmed.") % {"name": p.name})
        if load[p.id] >= event.max_meetings:
            return str(
                _("%(name)s already has the most meetings allowed (%(n)d).")
                % {"name": p.name, "n": event.max_meetings}
            )
    return ""


def meetings_of(participant: Participant) -> QuerySet[Meeting]:
    return (
        Meeting.objects.filter(Q(a=participant) | Q(b=participant), status=MeetingStatus.ACTIVE)
        .select_related("slot", "interpreter", "a__organisation", "b__organisation")
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
    interpreter: bool  # the meeting is interpreted (asked for, or an interpreter is assigned)
    my_feedback: Any = None
    room: str = ""  # the meeting room holding the table, if the event has rooms
    interpreter_name: str = ""  # the interpreter assigned by the scheduler
    marks: list[Any] = field(default_factory=list)  # attendance history (selectors.Mark)
    markable: bool = False  # the viewer may mark or correct attendance now


def room_ranges(event_id: int) -> list[tuple[int, int, str]]:
    """The event's rooms as (first table, last table, name), for `room_of`."""
    return list(
        Room.objects.filter(event_id=event_id).values_list("first_table", "last_table", "name")
    )


def room_of(rooms: list[tuple[int, int, str]], table: int | None) -> str:
    """The name of the room holding the table ("" when none does)."""
    if table is None:
        return ""
    return next((name for first, last, name in rooms if first <= table <= last), "")


def agenda_item(m: Meeting, card: Any, tz: Any, rooms: list[tuple[int, int, str]]) -> AgendaItem:
    """One meeting of an agenda: time in the event's zone, table, room, interpreter."""
    return AgendaItem(
        meeting=m,
        counterpart=card,
        starts_at=m.slot.starts_at.astimezone(tz) if m.slot else None,
        ends_at=m.slot.ends_at.astimezone(tz) if m.slot else None,
        table=m.table,
        interpreter=bool(m.interpreter_id or m.a.needs_interpreter or m.b.needs_interpreter),
        room=room_of(rooms, m.table),
        interpreter_name=m.interpreter.name if m.interpreter_id else "",
    )


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
    rooms = room_ranges(participant.event_id) if meetings else []
    items = []
    for m in meetings:
        other = people[m.b_id if m.a_id == participant.id else m.a_id]
        item = agenda_item(m, participant_card(other, actor=actor), participant.event.tz, rooms)
        item.my_feedback = next(
            (f for f in m.feedback.all() if f.participant_id == participant.id), None
        )
        items.append(item)
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


@dataclass(frozen=True)
class Withdrawn:
    """An announced meeting of the participant that no longer takes place (cancelled, or
    dropped by a repair), with the time it was last announced at."""

    meeting: Meeting
    starts_at: datetime
    ends_at: datetime


def withdrawn_meetings(participant: Participant) -> list[Withdrawn]:
    """The participant's announced meetings that are no longer held, so calendars can mark
    them cancelled (same UID, higher SEQUENCE). The versions are read only when there is one:
    most participants have none."""
    gone = {
        m.pk: m
        for m in Meeting.objects.filter(Q(a=participant) | Q(b=participant), announced=True)
        .filter(Q(status=MeetingStatus.CANCELLED) | Q(slot__isnull=True))
        .select_related("a__organisation", "b__organisation")
    }
    if not gone:
        return []
    last_slot: dict[int, int] = {}
    versions = ScheduleVersion.objects.filter(event_id=participant.event_id).order_by("-number")
    for assignments in versions.values_list("assignments", flat=True).iterator():
        for m, slot, _table in assignments:
            if int(m) in gone:
                last_slot.setdefault(int(m), int(slot))
        if len(last_slot) == len(gone):
            break
    slots = MeetingSlot.objects.in_bulk(set(last_slot.values()))
    found = [
        Withdrawn(gone[m], slots[s].starts_at, slots[s].ends_at)
        for m, s in last_slot.items()
        if s in slots
    ]
    return sorted(found, key=lambda w: (w.starts_at, w.meeting.pk))


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
