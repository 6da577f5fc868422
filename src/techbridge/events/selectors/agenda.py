"""A participant's requests, meetings and agenda; the member dashboard's registrations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

from techbridge.accounts.selectors import is_member, organisation_ids_of
from techbridge.core.errors import NotFound
from techbridge.events.models import (
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participant,
    RegistrationStatus,
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
