"""The events API's schemas and the functions that shape its answers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ninja import Schema
from pydantic import ConfigDict

from techbridge.core.api_schemas import Offset, choices_from
from techbridge.events import selectors
from techbridge.events.forms import RegistrationForm
from techbridge.events.models import MeetingRequest, Participant


class SessionOut(Schema):
    kind: str
    title: str
    speakers: str
    room: str
    starts_at: datetime
    ends_at: datetime


class EventOut(Schema):
    slug: str
    type: str
    title: str
    title_en: str
    title_zh: str
    description: str
    venue: str
    city: str
    time_zone: str
    starts_at: datetime
    ends_at: datetime
    capacity: int | None
    registration_opens_at: datetime | None
    registration_closes_at: datetime | None
    requires_approval: bool
    b2b_enabled: bool
    slot_minutes: int


class EventDetailOut(EventOut):
    programme: list[SessionOut]


class ParticipantOut(Schema):
    id: int
    name: str
    role: str
    organisation: str
    status: str
    needs_interpreter: bool
    languages: list[str]
    sectors: list[str]
    partnership_types: list[str]
    blocks_requests: bool


class ProfileRef(Schema):
    id: int
    kind: str
    title: str


class DirectoryOut(Schema):
    id: int
    name: str
    role: str
    organisation: str
    country: str
    province: str
    languages: list[str]
    sectors: list[str]
    partnership_types: list[str]
    profiles: list[ProfileRef]


class DirectoryPage(Schema):
    count: int
    items: list[DirectoryOut]


class DirectoryFilter(Schema):
    q: str = ""
    country: str = ""
    province: str = ""
    sector: str = ""
    partnership: str = ""
    kind: str = ""
    limit: int = 30
    offset: Offset = 0


class RegistrationIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(RegistrationForm))

    organisation: str | None = None
    name: str
    role: str = ""
    email: str = ""
    languages: list[str] = []
    needs_interpreter: bool = False
    profiles: list[int] = []
    sectors: list[str] = []
    partnership_types: list[str] = []
    availability: str = ""


class RequestIn(Schema):
    requester: int
    recipient: int
    message: str = ""


class RequestOut(Schema):
    id: int
    requester: int
    requester_name: str
    recipient: int
    recipient_name: str
    message: str
    status: str
    created_at: datetime
    expires_at: datetime


class RequestsOut(Schema):
    incoming: list[RequestOut]
    outgoing: list[RequestOut]


class AgendaItemOut(Schema):
    meeting: int
    uid: str
    starts_at: datetime | None
    ends_at: datetime | None
    table: int | None
    room: str
    interpreter: bool
    interpreter_name: str
    counterpart: DirectoryOut


def event_out(event: Any) -> dict[str, Any]:
    keys = EventOut.model_fields.keys()
    return {k: getattr(event, k) for k in keys}


def participant_out(p: Participant) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "role": p.role,
        "organisation": p.organisation.name,
        "status": p.status,
        "needs_interpreter": p.needs_interpreter,
        "languages": list(p.languages),
        "sectors": list(p.sectors),
        "partnership_types": list(p.partnership_types),
        "blocks_requests": p.blocks_requests,
    }


def card_out(card: selectors.ParticipantCard) -> dict[str, Any]:
    org = card.organisation
    return {
        "id": card.id,
        "name": card.name,
        "role": card.role,
        "organisation": org.name,
        "country": str(org.country),
        "province": org.province,
        "languages": card.languages,
        "sectors": card.sectors,
        "partnership_types": card.partnership_types,
        "profiles": [{"id": c.id, "kind": c.kind, "title": c.title} for c in card.profiles],
    }


def request_out(r: MeetingRequest) -> dict[str, Any]:
    return {
        "id": r.id,
        "requester": r.requester_id,
        "requester_name": r.requester.name,
        "recipient": r.recipient_id,
        "recipient_name": r.recipient.name,
        "message": r.message,
        "status": r.status,
        "created_at": r.created_at,
        "expires_at": r.expires_at,
    }


class WindowIn(Schema):
    day: str
    start: str = ""
    end: str = ""


class AvailabilityIn(Schema):
    windows: list[WindowIn] = []


class WindowOut(Schema):
    day: str
    start: str
    end: str
    starts_at: datetime
    ends_at: datetime


class AvailabilityOut(Schema):
    time_zone: str
    windows: list[WindowOut]
    unscheduled: list[int] = []


def availability_out(p: Participant, unscheduled: list[int] | None = None) -> dict[str, Any]:
    tz = p.event.tz
    rows = []
    for w in p.availability.all().order_by("starts_at"):
        s, e = w.starts_at.astimezone(tz), w.ends_at.astimezone(tz)
        whole = (e - s).days >= 1 and (s.hour, s.minute) == (0, 0)
        rows.append(
            {
                "day": s.date().isoformat(),
                "start": "" if whole else f"{s:%H:%M}",
                "end": "" if whole else f"{e:%H:%M}",
                "starts_at": w.starts_at,
                "ends_at": w.ends_at,
            }
        )
    return {"time_zone": p.event.time_zone, "windows": rows, "unscheduled": unscheduled or []}
