"""/api/v1/deals — expressions of interest, decisions, messages, stages, intentions,
contracts and figures, with exactly the permissions of the pages (same selectors, same
services, same forms).
The schemas are in `schemas`."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.http import HttpRequest
from django.urls import reverse
from ninja import Query, Router
from ninja import Status as HttpStatus

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import ValidationFailed, form_errors
from techbridge.deals import figures, forms, selectors, services, verification_api
from techbridge.deals.api.schemas import (
    BrokerIn,
    ConnectionFilter,
    ConnectionOut,
    ConnectionPage,
    ContractIn,
    DecisionIn,
    EoiIn,
    FiguresOut,
    FunnelOut,
    IntentionIn,
    MessageIn,
    MessageOut,
    StageIn,
)
from techbridge.deals.choices import Status
from techbridge.deals.models import Connection
from techbridge.profiles.selectors import profile_get_for

router = Router(tags=["deals"])
MAX_LIMIT = 100
ERRORS: dict[int, Any] = {
    400: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: ErrorOut,
    429: ErrorOut,
}


def _validated(form_class: Any, data: dict[str, Any]) -> dict[str, Any]:
    clean = {k: ("" if v is None else v) for k, v in data.items()}
    form = form_class(data=clean)
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    return dict(form.cleaned_data)


def _org(org: Any) -> dict[str, Any]:
    return {"id": org.id, "name": org.name, "country": str(org.country), "province": org.province}


def _optional(connection: Connection, name: str) -> Any:
    try:
        return getattr(connection, name)
    except ObjectDoesNotExist:  # nothing recorded yet
        return None


def _out(connection: Connection, actor: Any, *, contacts: bool = False) -> dict[str, Any]:
    return {
        "id": connection.id,
        "profile_id": connection.profile_id,
        "profile_title": connection.profile.title,
        "status": connection.status,
        "stage": connection.stage,
        "partnership_type": connection.partnership_type,
        "message": connection.message,
        "brokered": connection.brokered,
        "broker_note": connection.broker_note,
        "decline_reason": connection.decline_reason,
        "requester": _org(connection.requester_org),
        "owner": _org(connection.owner_org) if selectors.owner_visible(actor, connection) else None,
        "contacts": selectors.contacts_of(connection, actor=actor) if contacts else [],
        "intention": _optional(connection, "intention"),
        "contract": _optional(connection, "contract"),
        "unconfirmed_stages": [
            c.to_stage for c in services.verification.pending_confirmations(connection)
        ]
        if contacts
        else [],
        "unread": getattr(connection, "unread", 0) or 0,
        "created_at": connection.created_at,
        "updated_at": connection.updated_at,
    }


def _detail(actor: Any, connection_id: int) -> dict[str, Any]:
    connection = selectors.connection_get_for(actor=actor, connection_id=connection_id)
    return _out(connection, actor, contacts=True)


@router.get("/connections", response=ConnectionPage)
def connection_list(request: HttpRequest, filters: Query[ConnectionFilter]) -> dict[str, Any]:
    """The caller's connections (none for anonymous callers), newest activity first."""
    actor = actor_of(request)
    qs = selectors.connection_list(actor=actor).select_related("intention__event", "contract")
    if filters.status in Status.values:
        qs = qs.filter(status=filters.status)
    limit = max(1, min(filters.limit, MAX_LIMIT))
    offset = max(0, filters.offset)
    items = [_out(c, actor) for c in qs[offset : offset + limit]]
    return {"count": qs.count(), "items": items}


@router.get("/connections/{connection_id}", response={200: ConnectionOut, **ERRORS})
def connection_detail(request: HttpRequest, connection_id: int) -> Any:
    return _detail(actor_of(request), connection_id)


@router.post("/connections", response={201: ConnectionOut, **ERRORS}, auth=WRITE_AUTH)
def connection_create(request: HttpRequest, payload: EoiIn) -> Any:
    """Send an expression of interest about a published profile."""
    actor = request.user
    profile = profile_get_for(actor=actor, profile_id=payload.profile_id)
    data = _validated(forms.EoiForm, payload.dict(exclude={"profile_id"}))
    connection = services.connection_create(
        actor=actor,
        profile=profile,
        message=data["message"],
        partnership_type=data["partnership_type"],
        related_profile_id=data.get("related_profile"),
        match_id=data.get("match"),
        organisation=selectors.sending_organisation(
            actor=actor, organisation_id=data.get("organisation")
        ),
    )
    return HttpStatus(201, _detail(actor, connection.id))


@router.post(
    "/connections/{connection_id}/decision",
    response={200: ConnectionOut, **ERRORS},
    auth=WRITE_AUTH,
)
def connection_decide(request: HttpRequest, connection_id: int, payload: DecisionIn) -> Any:
    """The owner accepts or declines (with a reason)."""
    actor = request.user
    connection = selectors.connection_get_for(actor=actor, connection_id=connection_id)
    data = _validated(forms.DecisionForm, payload.dict())
    if data["decision"] == "accept":
        services.connection_accept(actor=actor, connection=connection)
    else:
        services.connection_decline(
            actor=actor, connection=connection, reason=data["reason"], note=data["note"]
        )
    return _detail(actor, connection.id)


@router.post(
    "/connections/{connection_id}/broker",
    response={200: ConnectionOut, **ERRORS},
    auth=WRITE_AUTH,
)
def connection_broker(request: HttpRequest, connection_id: int, payload: BrokerIn) -> Any:
    """Staff: forward, decline, annotate or assign a connection."""
    actor = request.user
    connection = selectors.connection_get_for(actor=actor, connection_id=connection_id)
    data = _validated(forms.BrokerForm, payload.dict())
    action = data["action"]
    if action == "forward":
        services.connection_forward(actor=actor, connection=connection, note=data["note"])
    elif action == "decline":
        services.connection_decline(
            actor=actor, connection=connection, reason=data["reason"], note=data["note"]
        )
    elif action == "note":
        services.connection_broker_note(actor=actor, connection=connection, note=data["note"])
    else:
        services.connection_assign_department(
            actor=actor, connection=connection, department=data["department"]
        )
    return _detail(actor, connection.id)


def _message_out(message: Any, connection_id: int) -> dict[str, Any]:
    return {
        "id": message.id,
        "author": message.author.display_name if message.author else "",
        "organisation": message.author_org.name if message.author_org else None,
        "body": message.body,
        "created_at": message.created_at,
        "attachments": [
            {
                "id": a.id,
                "filename": a.filename,
                "content_type": a.content_type,
                "size": a.size,
                "url": reverse("deals:attachment", args=[connection_id, a.id]),
            }
            for a in message.attachments.all()
        ],
    }


@router.get("/connections/{connection_id}/messages", response={200: list[MessageOut], **ERRORS})
def message_list(request: HttpRequest, connection_id: int) -> Any:
    actor = actor_of(request)
    connection = selectors.connection_get_for(actor=actor, connection_id=connection_id)
    messages = selectors.messages_for(actor=actor, connection=connection)
    return [_message_out(m, connection.id) for m in messages]


@router.post(
    "/connections/{connection_id}/messages",
    response={201: MessageOut, **ERRORS},
    auth=WRITE_AUTH,
)
def message_post(request: HttpRequest, connection_id: int, payload: MessageIn) -> Any:
    """Post a message (attachments are sent through the page's form)."""
    actor = request.user
    connection = selectors.connection_get_for(actor=actor, connection_id=connection_id)
    data = _validated(forms.MessageForm, payload.dict())
    message = services.message_post(actor=actor, connection=connection, body=data["body"])
    return HttpStatus(201, _message_out(message, connection.id))


@router.post(
    "/connections/{connection_id}/stage",
    response={200: ConnectionOut, **ERRORS},
    auth=WRITE_AUTH,
)
def connection_stage(request: HttpRequest, connection_id: int, payload: StageIn) -> Any:
    """Meeting held, negotiation, closed won or lost (with a reason)."""
    actor = request.user
    connection = selectors.connection_get_for(actor=actor, connection_id=connection_id)
    data = _validated(forms.StageForm, payload.dict())
    services.connection_advance(actor=actor, connection=connection, **data)
    return _detail(actor, connection.id)


@router.post(
    "/connections/{connection_id}/intention",
    response={201: ConnectionOut, **ERRORS},
    auth=WRITE_AUTH,
)
def intention_create(request: HttpRequest, connection_id: int, payload: IntentionIn) -> Any:
    actor = request.user
    connection = selectors.connection_get_for(actor=actor, connection_id=connection_id)
    data = _validated(forms.IntentionForm, payload.dict())
    services.intention_record(actor=actor, connection=connection, **data)
    return HttpStatus(201, _detail(actor, connection.id))


@router.post(
    "/connections/{connection_id}/contract",
    response={201: ConnectionOut, **ERRORS},
    auth=WRITE_AUTH,
)
def contract_create(request: HttpRequest, connection_id: int, payload: ContractIn) -> Any:
    actor = request.user
    connection = selectors.connection_get_for(actor=actor, connection_id=connection_id)
    data = _validated(forms.ContractForm, payload.dict())
    services.contract_record(actor=actor, connection=connection, **data)
    return HttpStatus(201, _detail(actor, connection.id))


@router.get("/figures", response=FiguresOut)
def figures_public(request: HttpRequest) -> dict[str, Any]:
    """The public headline figures."""
    return figures.headline()


@router.get("/funnel", response={200: FunnelOut, **ERRORS})
def figures_funnel(request: HttpRequest) -> Any:
    """Staff: the funnel over the connections they see."""
    data = figures.funnel(actor=actor_of(request))
    steps = [{**s, "label": str(s["label"])} for s in data.steps]
    return {"steps": steps, "value_cny": data.value_cny, "unconverted": data.unconverted}


# The trust workflow's routes (confirmations, verification) live in their own module.
router.add_router("", verification_api.router)
