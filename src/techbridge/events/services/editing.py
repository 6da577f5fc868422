"""Organisers' writes: events, their programme and their B2B meeting slots."""

from __future__ import annotations

import logging
import zoneinfo
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.events.models import (
    Event,
    MeetingSlot,
    ProgrammeSession,
)
from techbridge.events.selectors import can_edit_events

logger = logging.getLogger(__name__)


EVENT_FIELDS = (
    "slug", "type", "title_en", "title_zh", "description_en", "description_zh", "venue", "city",
    "time_zone", "starts_at", "ends_at", "capacity", "registration_opens_at",
    "registration_closes_at", "visibility", "requires_approval", "b2b_enabled", "slot_minutes",
    "tables", "interpreter_tables", "request_expiry_hours", "max_pending_requests",
    "max_meetings", "schedule_time_limit",
)  # fmt: skip


def _staff_only(actor: Any) -> None:
    if not is_staff(actor):
        raise PermissionDenied()


def _locked_event(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def _organiser_only(actor: Any) -> None:
    if not can_edit_events(actor):
        raise PermissionDenied()


def _check_zone(data: dict[str, Any]) -> None:
    try:
        zoneinfo.ZoneInfo(data.get("time_zone", "Asia/Shanghai"))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationFailed(fields={"time_zone": [str(_("Unknown time zone."))]}) from None


@transaction.atomic
def event_create(*, actor: Any, data: dict[str, Any]) -> Event:
    """Events or management staff create an event; `data` holds Event fields (times aware),
    e.g. EventForm's cleaned_data."""
    _organiser_only(actor)
    _check_zone(data)
    if Event.objects.filter(slug=data.get("slug")).exists():
        raise Conflict(_("An event with this key exists already."))
    return Event.objects.create(**{k: data[k] for k in EVENT_FIELDS if k in data})


@transaction.atomic
def event_update(*, actor: Any, event: Event, data: dict[str, Any]) -> Event:
    """Change an event's fields (its key stays); `data` is EventForm's cleaned_data."""
    _organiser_only(actor)
    _check_zone(data)
    locked = _locked_event(event)
    changed = [k for k in EVENT_FIELDS if k != "slug" and k in data]
    for key in changed:
        setattr(locked, key, data[key])
    locked.save(update_fields=[*changed, "updated_at"])
    return locked


SESSION_FIELDS = ("kind", "title_en", "title_zh", "speakers", "room", "starts_at", "ends_at")


@transaction.atomic
def programme_session_add(*, actor: Any, event: Event, data: dict[str, Any]) -> ProgrammeSession:
    _organiser_only(actor)
    return ProgrammeSession.objects.create(
        event=event, **{k: data[k] for k in SESSION_FIELDS if k in data}
    )


@transaction.atomic
def programme_session_update(
    *, actor: Any, session: ProgrammeSession, data: dict[str, Any]
) -> ProgrammeSession:
    _organiser_only(actor)
    locked = ProgrammeSession.objects.select_for_update().get(pk=session.pk)
    changed = [k for k in SESSION_FIELDS if k in data]
    for key in changed:
        setattr(locked, key, data[key])
    locked.save(update_fields=changed)
    return locked


@transaction.atomic
def programme_session_delete(*, actor: Any, session: ProgrammeSession) -> None:
    _organiser_only(actor)
    ProgrammeSession.objects.filter(pk=session.pk).delete()


@transaction.atomic
def slots_generate(
    *, actor: Any, event: Event, day: date, start: time, end: time, session: str
) -> int:
    """Cut [start, end) of `day` (event time zone) into slots of the event's meeting length;
    slots that exist already are kept. Returns how many were created."""
    _staff_only(actor)
    tz = event.tz
    step = timedelta(minutes=event.slot_minutes)
    at = datetime.combine(day, start, tzinfo=tz)
    stop = datetime.combine(day, end, tzinfo=tz)
    existing = set(MeetingSlot.objects.filter(event=event).values_list("starts_at", flat=True))
    fresh = []
    while at + step <= stop:
        if at not in existing:
            fresh.append(MeetingSlot(event=event, session=session, starts_at=at, ends_at=at + step))
        at += step
    MeetingSlot.objects.bulk_create(fresh)
    return len(fresh)
