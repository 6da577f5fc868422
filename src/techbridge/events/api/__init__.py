"""/api/v1/events: events, registrations, the participant directory, meeting requests and
agendas. Thin: the selectors decide what the caller sees, the services do every write.
The schemas and answer shapes are in `schemas`."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from ninja import Query, Router, Status

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.accounts.selectors import organisations_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import NotFound, PermissionDenied, ValidationFailed, form_errors
from techbridge.events import selectors, services
from techbridge.events.api.repairs import router as repairs_router
from techbridge.events.api.resources import router as resources_router
from techbridge.events.api.schemas import (
    AgendaItemOut,
    AvailabilityIn,
    AvailabilityOut,
    DirectoryFilter,
    DirectoryPage,
    EventDetailOut,
    EventOut,
    ParticipantOut,
    RegistrationIn,
    RequestIn,
    RequestOut,
    RequestsOut,
    availability_out,
    card_out,
    event_out,
    participant_out,
    request_out,
)
from techbridge.events.forms import RegistrationForm, availability_formset
from techbridge.events.models import MeetingRequest, RegistrationStatus
from techbridge.profiles.models import TechnologyProfile

router = Router(tags=["events"])
router.add_router("", repairs_router)
router.add_router("", resources_router)
MAX_LIMIT = 100
ERRORS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut, 429: ErrorOut}


@router.get("", response=list[EventOut])
def event_list(request: HttpRequest) -> list[dict[str, Any]]:
    events = selectors.event_list(actor=actor_of(request)).order_by("starts_at")[:200]
    return [event_out(e) for e in events]


@router.get("/{slug}", response={200: EventDetailOut, 404: ErrorOut})
def event_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    event = selectors.event_get_for(actor=actor_of(request), slug=slug)
    out = event_out(event)
    out["programme"] = [
        {
            "kind": s.kind,
            "title": s.title,
            "speakers": s.speakers,
            "room": s.room,
            "starts_at": s.starts_at,
            "ends_at": s.ends_at,
        }
        for s in event.programme.all()
    ]
    return out


@router.get("/{slug}/registrations", response={200: list[ParticipantOut], 404: ErrorOut})
def registration_list(request: HttpRequest, slug: str) -> list[dict[str, Any]]:
    """The registrations of the caller's organisations."""
    actor = actor_of(request)
    event = selectors.event_get_for(actor=actor, slug=slug)
    return [participant_out(p) for p in selectors.acting_participants(actor=actor, event=event)]


def _registration_data(event: Any, org: Any, payload: RegistrationIn) -> dict[str, Any]:
    data: MultiValueDict[str, Any] = MultiValueDict()
    for key in ("name", "role", "email", "availability"):
        data[key] = getattr(payload, key)
    for key in ("languages", "sectors", "partnership_types", "profiles"):
        data.setlist(key, [str(v) for v in getattr(payload, key)])
    if payload.needs_interpreter:
        data["needs_interpreter"] = "on"
    choices = TechnologyProfile.objects.filter(organisation=org).values_list("id", "title")
    form = RegistrationForm(data=data, event=event, profile_choices=list(choices))
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    return form.cleaned_data


@router.post("/{slug}/registrations", response={201: ParticipantOut, **ERRORS}, auth=WRITE_AUTH)
def registration_create(request: HttpRequest, slug: str, payload: RegistrationIn) -> Any:
    actor = request.user
    event = selectors.event_get_for(actor=actor, slug=slug)
    orgs = list(organisations_of(actor))
    if not orgs:
        raise PermissionDenied()
    org = orgs[0]
    if payload.organisation:
        org = next((o for o in orgs if o.slug == payload.organisation), None)
        if org is None:
            raise NotFound()
    data = _registration_data(event, org, payload)
    p = services.participant_register(actor=actor, event=event, organisation=org, data=data)
    return Status(201, participant_out(p))


@router.post(
    "/{slug}/registrations/{pid}/cancel", response={200: ParticipantOut, **ERRORS}, auth=WRITE_AUTH
)
def registration_cancel(request: HttpRequest, slug: str, pid: int) -> Any:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    p = selectors.participant_get_for(actor=request.user, event=event, participant_id=pid)
    return participant_out(services.participant_cancel(actor=request.user, participant=p))


@router.get(
    "/{slug}/registrations/{pid}/availability", response={200: AvailabilityOut, 404: ErrorOut}
)
def availability_get(request: HttpRequest, slug: str, pid: int) -> dict[str, Any]:
    actor = actor_of(request)
    event = selectors.event_get_for(actor=actor, slug=slug)
    p = selectors.participant_get_for(actor=actor, event=event, participant_id=pid)
    return availability_out(p)


@router.put(
    "/{slug}/registrations/{pid}/availability",
    response={200: AvailabilityOut, **ERRORS},
    auth=WRITE_AUTH,
)
def availability_set(request: HttpRequest, slug: str, pid: int, payload: AvailabilityIn) -> Any:
    """Replace the windows (day YYYY-MM-DD, start and end HH:MM in the event's time zone, both
    empty for the whole day; no windows: available throughout). 422 with field errors named
    `windows.<row>.<field>` or `windows`; 409 when an announced meeting would fall outside."""
    actor = request.user
    event = selectors.event_get_for(actor=actor, slug=slug)
    p = selectors.participant_get_for(actor=actor, event=event, participant_id=pid)
    rows = payload.windows[:100]
    data = {
        "windows-TOTAL_FORMS": str(len(rows)),
        "windows-INITIAL_FORMS": "0",
        "windows-MIN_NUM_FORMS": "0",
        "windows-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(rows):
        data |= {
            f"windows-{i}-day": row.day[:20],
            f"windows-{i}-start": row.start[:10],
            f"windows-{i}-end": row.end[:10],
        }
    formset = availability_formset(data, event)
    if not formset.is_valid():
        fields: dict[str, list[str]] = {}
        for i, errors in enumerate(formset.errors):
            for name, messages in errors.items():
                key = f"windows.{i}" if name == "__all__" else f"windows.{i}.{name}"
                fields[key] = [str(m) for m in messages]
        if formset.non_form_errors():
            fields["windows"] = [str(m) for m in formset.non_form_errors()]
        raise ValidationFailed(fields=fields)
    lost = services.participant_set_availability(
        actor=actor, participant=p, windows=formset.windows
    )
    return availability_out(p, [m.pk for m in lost])


@router.get("/{slug}/participants", response={200: DirectoryPage, 403: ErrorOut, 404: ErrorOut})
def participant_directory(
    request: HttpRequest, slug: str, filters: Query[DirectoryFilter]
) -> dict[str, Any]:
    actor = actor_of(request)
    event = selectors.event_get_for(actor=actor, slug=slug)
    params = {k: str(getattr(filters, k))[:100] for k in selectors.DIRECTORY_FILTERS}
    qs = selectors.directory(actor=actor, event=event, filters=params)
    limit = max(1, min(filters.limit, MAX_LIMIT))
    offset = max(0, filters.offset)
    page = qs[offset : offset + limit]
    return {
        "count": qs.count(),
        "items": [card_out(selectors.participant_card(p, actor=actor)) for p in page],
    }


@router.get("/{slug}/requests", response={200: RequestsOut, 404: ErrorOut})
def request_list(request: HttpRequest, slug: str) -> dict[str, Any]:
    actor = actor_of(request)
    event = selectors.event_get_for(actor=actor, slug=slug)
    mine = list(selectors.acting_participants(actor=actor, event=event))
    reqs = selectors.requests_for(participants=mine)
    return {k: [request_out(r) for r in qs[:500]] for k, qs in reqs.items()}


@router.post("/{slug}/requests", response={201: RequestOut, **ERRORS}, auth=WRITE_AUTH)
def request_create(request: HttpRequest, slug: str, payload: RequestIn) -> Any:
    actor = request.user
    event = selectors.event_get_for(actor=actor, slug=slug)
    requester = selectors.participant_get_for(
        actor=actor, event=event, participant_id=payload.requester
    )
    recipient = (
        selectors.directory(actor=actor, event=event, filters={})
        .filter(pk=payload.recipient)
        .first()
    )
    if recipient is None or recipient.status != RegistrationStatus.CONFIRMED:
        raise NotFound()
    req = services.request_create(
        actor=actor, requester=requester, recipient=recipient, message=payload.message[:2000]
    )
    return Status(201, request_out(req))


@router.post(
    "/{slug}/requests/{rid}/{action}", response={200: RequestOut, **ERRORS}, auth=WRITE_AUTH
)
def request_answer(request: HttpRequest, slug: str, rid: int, action: str) -> Any:
    """accept, decline (the recipient) or withdraw (the requester)."""
    actor = request.user
    event = selectors.event_get_for(actor=actor, slug=slug)
    req = (
        MeetingRequest.objects.select_related("requester", "recipient")
        .filter(event=event, pk=rid)
        .first()
    )
    if req is None or not (
        selectors.can_act_for(actor, req.requester) or selectors.can_act_for(actor, req.recipient)
    ):
        raise NotFound()
    if action == "accept":
        services.request_accept(actor=actor, request=req)
    elif action == "decline":
        services.request_decline(actor=actor, request=req)
    elif action == "withdraw":
        services.request_withdraw(actor=actor, request=req)
    else:
        raise NotFound()
    req.refresh_from_db()
    return request_out(req)


@router.get("/{slug}/agenda/{pid}", response={200: list[AgendaItemOut], 404: ErrorOut})
def agenda(request: HttpRequest, slug: str, pid: int) -> list[dict[str, Any]]:
    actor = actor_of(request)
    event = selectors.event_get_for(actor=actor, slug=slug)
    p = selectors.participant_get_for(actor=actor, event=event, participant_id=pid)
    return [
        {
            "meeting": i.meeting.id,
            "uid": str(i.meeting.uid),
            "starts_at": i.starts_at,
            "ends_at": i.ends_at,
            "table": i.table,
            "room": i.room,
            "interpreter": i.interpreter,
            "interpreter_name": i.interpreter_name,
            "counterpart": card_out(i.counterpart),
        }
        for i in selectors.agenda_for(actor=actor, participant=p)
    ]
