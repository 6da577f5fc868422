"""Who sees which event, who edits events, which participants a member acts for."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.choices import Department
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.events.models import (
    Event,
    EventVisibility,
    Interpreter,
    Participant,
    RegistrationStatus,
    Room,
)

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


# --- the B2B meetings' resources: organisers only ---------------------------------------------


def interpreters_managed(*, actor: Any, event: Event) -> QuerySet[Interpreter]:
    """The event's interpreters, for its organisers (staff of the centre)."""
    if not is_staff(actor):
        raise PermissionDenied()
    return (
        Interpreter.objects.filter(event=event)
        .prefetch_related("unavailable_slots")
        .order_by("name", "id")
    )


def rooms_managed(*, actor: Any, event: Event) -> QuerySet[Room]:
    """The event's meeting rooms, for its organisers."""
    if not is_staff(actor):
        raise PermissionDenied()
    return (
        Room.objects.filter(event=event)
        .prefetch_related("closed_slots")
        .order_by("first_table", "id")
    )


def interpreter_get_managed(*, actor: Any, event: Event, interpreter_id: int) -> Interpreter:
    found = interpreters_managed(actor=actor, event=event).filter(pk=interpreter_id).first()
    if found is None:
        raise NotFound()
    return found


def room_get_managed(*, actor: Any, event: Event, room_id: int) -> Room:
    found = rooms_managed(actor=actor, event=event).filter(pk=room_id).first()
    if found is None:
        raise NotFound()
    return found


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
