"""/api/v1/events/{slug}/interpreters and /rooms: the organisers manage the B2B meetings'
resources through the same forms (InterpreterForm, RoomForm) and services as the staff
pages. Only organisers (staff of the centre) see or change them: 403 for anyone else, 404
for an unknown event or row, 422 with `{"message", "fields"}` for bad input."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from ninja import Router, Schema, Status
from pydantic import ConfigDict

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.api_schemas import ErrorOut, choices_from
from techbridge.core.errors import ValidationFailed, form_errors
from techbridge.events import selectors, services
from techbridge.events.forms import InterpreterForm, RoomForm
from techbridge.events.models import Event, Interpreter, Room

router = Router(tags=["events"])
ERRORS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
READ_ERRORS = {403: ErrorOut, 404: ErrorOut}


class InterpreterIn(Schema):
    """`languages`: two or more codes (zh and en make the zh–en pair); `unavailable_slots`:
    ids of the event's meeting slots they cannot work (not all of them)."""

    model_config = ConfigDict(json_schema_extra=choices_from(InterpreterForm))
    name: str
    languages: list[str]
    unavailable_slots: list[int] = []


class InterpreterOut(Schema):
    id: int
    name: str
    languages: list[str]
    unavailable_slots: list[int]
    unscheduled_meetings: list[int] = []


class RoomIn(Schema):
    """Tables `first_table`..`last_table` (rooms never share a table); `closed_slots`: ids
    of the event's meeting slots the room is closed in."""

    name: str
    first_table: int
    last_table: int
    closed_slots: list[int] = []


class RoomOut(Schema):
    id: int
    name: str
    first_table: int
    last_table: int
    closed_slots: list[int]
    unscheduled_meetings: list[int] = []


def _interpreter_out(row: Interpreter, lost: Sequence[Any] = ()) -> dict[str, Any]:
    return {
        "id": row.pk,
        "name": row.name,
        "languages": list(row.languages),
        "unavailable_slots": sorted(s.pk for s in row.unavailable_slots.all()),
        "unscheduled_meetings": [m.pk for m in lost],
    }


def _room_out(row: Room, lost: Sequence[Any] = ()) -> dict[str, Any]:
    return {
        "id": row.pk,
        "name": row.name,
        "first_table": row.first_table,
        "last_table": row.last_table,
        "closed_slots": sorted(s.pk for s in row.closed_slots.all()),
        "unscheduled_meetings": [m.pk for m in lost],
    }


def _form_data(payload: Schema, lists: tuple[str, ...]) -> MultiValueDict[str, Any]:
    data: MultiValueDict[str, Any] = MultiValueDict()
    for key, value in payload.dict().items():
        if key in lists:
            data.setlist(key, [str(v)[:20] for v in value[:1000]])
        else:
            data[key] = str(value)[:200]
    return data


def _valid(form: Any) -> dict[str, Any]:
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    return dict(form.cleaned_data)


def _managed(request: HttpRequest, slug: str) -> Event:
    return selectors.event_get_managed(actor=request.user, slug=slug)


@router.get("/{slug}/interpreters", response={200: list[InterpreterOut], **READ_ERRORS})
def interpreter_list(request: HttpRequest, slug: str) -> Any:
    actor = actor_of(request)
    event = selectors.event_get_managed(actor=actor, slug=slug)
    return [_interpreter_out(i) for i in selectors.interpreters_managed(actor=actor, event=event)]


@router.post("/{slug}/interpreters", response={201: InterpreterOut, **ERRORS}, auth=WRITE_AUTH)
def interpreter_create(request: HttpRequest, slug: str, payload: InterpreterIn) -> Any:
    event = _managed(request, slug)
    data = _form_data(payload, ("languages", "unavailable_slots"))
    cleaned = _valid(InterpreterForm(data, event=event))
    row, lost = services.interpreter_save(actor=request.user, event=event, data=cleaned)
    return Status(201, _interpreter_out(row, lost))


@router.put("/{slug}/interpreters/{iid}", response={200: InterpreterOut, **ERRORS}, auth=WRITE_AUTH)
def interpreter_update(request: HttpRequest, slug: str, iid: int, payload: InterpreterIn) -> Any:
    """Replace an interpreter's name, languages and unavailable slots; meetings they can no
    longer interpret lose their slot (listed in `unscheduled_meetings`)."""
    event = _managed(request, slug)
    row = selectors.interpreter_get_managed(actor=request.user, event=event, interpreter_id=iid)
    data = _form_data(payload, ("languages", "unavailable_slots"))
    cleaned = _valid(InterpreterForm(data, event=event))
    row, lost = services.interpreter_save(
        actor=request.user, event=event, data=cleaned, interpreter=row
    )
    return _interpreter_out(row, lost)


@router.delete("/{slug}/interpreters/{iid}", response={204: None, **ERRORS}, auth=WRITE_AUTH)
def interpreter_remove(request: HttpRequest, slug: str, iid: int) -> Any:
    event = _managed(request, slug)
    row = selectors.interpreter_get_managed(actor=request.user, event=event, interpreter_id=iid)
    services.interpreter_delete(actor=request.user, interpreter=row)
    return Status(204, None)


@router.get("/{slug}/rooms", response={200: list[RoomOut], **READ_ERRORS})
def room_list(request: HttpRequest, slug: str) -> Any:
    actor = actor_of(request)
    event = selectors.event_get_managed(actor=actor, slug=slug)
    return [_room_out(r) for r in selectors.rooms_managed(actor=actor, event=event)]


@router.post("/{slug}/rooms", response={201: RoomOut, **ERRORS}, auth=WRITE_AUTH)
def room_create(request: HttpRequest, slug: str, payload: RoomIn) -> Any:
    event = _managed(request, slug)
    cleaned = _valid(RoomForm(_form_data(payload, ("closed_slots",)), event=event))
    row, lost = services.room_save(actor=request.user, event=event, data=cleaned)
    return Status(201, _room_out(row, lost))


@router.put("/{slug}/rooms/{rid}", response={200: RoomOut, **ERRORS}, auth=WRITE_AUTH)
def room_update(request: HttpRequest, slug: str, rid: int, payload: RoomIn) -> Any:
    event = _managed(request, slug)
    row = selectors.room_get_managed(actor=request.user, event=event, room_id=rid)
    cleaned = _valid(RoomForm(_form_data(payload, ("closed_slots",)), event=event, room=row))
    row, lost = services.room_save(actor=request.user, event=event, data=cleaned, room=row)
    return _room_out(row, lost)


@router.delete("/{slug}/rooms/{rid}", response={204: None, **ERRORS}, auth=WRITE_AUTH)
def room_remove(request: HttpRequest, slug: str, rid: int) -> Any:
    event = _managed(request, slug)
    row = selectors.room_get_managed(actor=request.user, event=event, room_id=rid)
    services.room_delete(actor=request.user, room=row)
    return Status(204, None)
