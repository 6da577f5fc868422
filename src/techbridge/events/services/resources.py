"""Organisers' writes on the B2B meetings' resources: interpreters and meeting rooms.

A change that takes a resource away from placed meetings (an interpreter becomes unavailable
in a slot or is removed, a room closes in a slot) takes those meetings out of their slot,
as a participant's new availability does: they lose slot, table and interpreter, their
calendar sequence grows, and the organiser places them again — the scheduler for a schedule
not yet announced, the repair (services/repair.py) for an announced one, which gives them
another interpreter or slot or drops them."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.engines.scheduling.problem import can_interpret, needs_interpretation
from techbridge.events.models import (
    Event,
    Interpreter,
    Meeting,
    MeetingSeat,
    MeetingSlot,
    MeetingStatus,
    Room,
)


def _organiser(actor: Any) -> None:
    if not is_staff(actor):
        raise PermissionDenied()


def _locked_event(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def _slots_of(event: Event, data: dict[str, Any], key: str) -> list[MeetingSlot]:
    chosen = list(data.get(key) or [])
    if any(s.event_id != event.pk for s in chosen):
        raise ValidationFailed(fields={key: [str(_("Choose slots of this event."))]})
    return chosen


def _unplace(meetings: list[Meeting]) -> list[Meeting]:
    """Take placed meetings out of their slot (see the module docstring)."""
    MeetingSeat.objects.filter(meeting__in=meetings).delete()
    for m in meetings:
        m.slot, m.table, m.interpreter = None, None, None
        m.sequence += 1
        m.save(update_fields=["slot", "table", "interpreter", "sequence", "updated_at"])
    return meetings


def _placed(event: Event) -> Any:
    return (
        Meeting.objects.select_for_update()
        .filter(event=event, status=MeetingStatus.ACTIVE, slot__isnull=False)
        .order_by("pk")
    )


# --- interpreters ---------------------------------------------------------------------------


def _check_interpreter(event: Event, data: dict[str, Any], slots: list[MeetingSlot]) -> None:
    languages = list(dict.fromkeys(data.get("languages") or []))
    if len(languages) < 2:
        raise ValidationFailed(
            fields={"languages": [str(_("Give at least two languages to interpret between."))]}
        )
    if slots and len(slots) >= MeetingSlot.objects.filter(event=event).count():
        raise ValidationFailed(
            fields={"unavailable_slots": [str(_("An interpreter must be available in a slot."))]}
        )


@transaction.atomic
def interpreter_save(
    *, actor: Any, event: Event, data: dict[str, Any], interpreter: Interpreter | None = None
) -> tuple[Interpreter, list[Meeting]]:
    """Add an interpreter to the event, or change one: `data` is InterpreterForm's
    cleaned_data (name, languages, unavailable_slots). Returns the interpreter and the
    meetings that lost their slot because the interpreter is no longer available there or no
    longer speaks a language of each side."""
    _organiser(actor)
    event = _locked_event(event)
    slots = _slots_of(event, data, "unavailable_slots")
    _check_interpreter(event, data, slots)
    row = interpreter or Interpreter(event=event)
    if row.event_id != event.pk:
        raise PermissionDenied()
    row.name = data["name"]
    row.languages = list(dict.fromkeys(data["languages"]))
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:
        raise ValidationFailed(
            fields={"name": [str(_("This event has an interpreter of this name already."))]}
        ) from None
    row.unavailable_slots.set(slots)
    off = {s.pk for s in slots}
    theirs = _placed(event).filter(interpreter=row).select_related("a", "b")
    lost = [m for m in theirs if m.slot_id in off or not _covers(row, m)]
    return row, _unplace(lost)


def _covers(interpreter: Interpreter, meeting: Meeting) -> bool:
    """Whether the interpreter speaks a language of each side (the engine's rule)."""
    a, b = meeting.a, meeting.b
    return can_interpret(set(interpreter.languages), set(a.languages), set(b.languages))


@transaction.atomic
def interpreter_delete(*, actor: Any, interpreter: Interpreter) -> list[Meeting]:
    """Remove an interpreter; their placed meetings lose their slot (returned)."""
    _organiser(actor)
    event = _locked_event(interpreter.event)
    lost = _unplace(list(_placed(event).filter(interpreter=interpreter)))
    Interpreter.objects.filter(pk=interpreter.pk).delete()
    return lost


# --- rooms ----------------------------------------------------------------------------------


def _check_room(event: Event, data: dict[str, Any], room: Room) -> None:
    first, last = data["first_table"], data["last_table"]
    if not 1 <= first <= last:
        raise ValidationFailed(
            fields={"last_table": [str(_("The last table comes after the first."))]}
        )
    if last > event.tables:
        raise ValidationFailed(
            fields={
                "last_table": [
                    str(_("The event has %(n)d tables.") % {"n": event.tables}),
                ]
            }
        )
    other = (
        Room.objects.filter(event=event, first_table__lte=last, last_table__gte=first)
        .exclude(pk=room.pk)
        .first()
    )
    if other is not None:
        raise ValidationFailed(
            fields={
                "first_table": [
                    str(
                        _("Tables %(first)d–%(last)d are in room %(room)s already.")
                        % {"first": other.first_table, "last": other.last_table, "room": other.name}
                    )
                ]
            }
        )


@transaction.atomic
def room_save(
    *, actor: Any, event: Event, data: dict[str, Any], room: Room | None = None
) -> tuple[Room, list[Meeting]]:
    """Add a meeting room or change one: `data` is RoomForm's cleaned_data (name, first_table,
    last_table, closed_slots). Rooms never share a table. Returns the room and the meetings
    that lost their slot because their table's room is now closed there."""
    _organiser(actor)
    event = _locked_event(event)
    row = room or Room(event=event)
    if row.event_id != event.pk:
        raise PermissionDenied()
    _check_room(event, data, row)
    slots = _slots_of(event, data, "closed_slots")
    row.name = data["name"]
    row.first_table, row.last_table = data["first_table"], data["last_table"]
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:
        raise ValidationFailed(
            fields={"name": [str(_("This event has a room of this name already."))]}
        ) from None
    row.closed_slots.set(slots)
    inside = Q(table__gte=row.first_table, table__lte=row.last_table)
    lost = list(_placed(event).filter(inside, slot__in=slots))
    return row, _unplace(lost)


@transaction.atomic
def room_delete(*, actor: Any, room: Room) -> None:
    """Remove a room: its tables are open in every slot from now on."""
    _organiser(actor)
    _locked_event(room.event)
    Room.objects.filter(pk=room.pk).delete()


# --- placing one meeting by hand ------------------------------------------------------------


def _needs_interpreter(meeting: Meeting) -> bool:
    """The engine's rule, for an event that lists interpreters."""
    a, b = meeting.a, meeting.b
    return needs_interpretation(
        a.needs_interpreter, set(a.languages), b.needs_interpreter, set(b.languages)
    )


def interpreter_for_place(meeting: Meeting, slot: MeetingSlot) -> Interpreter | None:
    """The interpreter a meeting placed by hand in `slot` gets: None when the event lists no
    interpreters or the meeting needs none; else one who speaks a language of each side, is
    available then and interprets no other meeting in that slot (the meeting's own first).
    Conflict when there is none. Runs inside the caller's transaction (event locked)."""
    interpreters = list(
        Interpreter.objects.filter(event_id=meeting.event_id).prefetch_related("unavailable_slots")
    )
    if not interpreters or not _needs_interpreter(meeting):
        return None
    busy = set(
        Meeting.objects.filter(slot=slot, interpreter__isnull=False)
        .exclude(pk=meeting.pk)
        .values_list("interpreter_id", flat=True)
    )
    for i in sorted(interpreters, key=lambda i: i.pk != meeting.interpreter_id):
        if (
            i.pk not in busy
            and _covers(i, meeting)
            and slot.pk not in {s.pk for s in i.unavailable_slots.all()}
        ):
            return i
    raise Conflict(_("No interpreter for these two people is free in this slot."))
