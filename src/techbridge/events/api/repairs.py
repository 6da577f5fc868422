"""/api/v1/events/{slug}/repairs: the organisers' repair of an announced agenda, through the
same form (RepairForm) and services as the staff page: start a repair (a task; with the
in-process backend it answers when the proposal is ready), read its figures and change list,
announce or discard it."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import NotFound, ValidationFailed, form_errors
from techbridge.events import selectors
from techbridge.events.forms import RepairForm
from techbridge.events.services import repair as repair_services

router = Router(tags=["events"])
ERRORS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
DECISIONS = ("announce", "discard")


class RepairIn(Schema):
    max_moves: int
    time_limit: int | None = None


class RepairOut(Schema):
    id: int
    status: str
    max_moves: int | None
    time_limit: int
    stats: dict[str, Any]
    message: str
    changes: list[dict[str, Any]]
    version: int | None = None


def _out(run: Any, version: int | None = None) -> dict[str, Any]:
    return {
        "id": run.pk,
        "status": run.status,
        "max_moves": run.max_moves,
        "time_limit": run.time_limit,
        "stats": run.stats,
        "message": run.message,
        "changes": run.proposal.get("changes", []),
        "version": version,
    }


@router.post("/{slug}/repairs", response={201: RepairOut, **ERRORS}, auth=WRITE_AUTH)
def repair_create(request: HttpRequest, slug: str, payload: RepairIn) -> Any:
    """Start a repair: at most `max_moves` announced meetings change slot (besides those
    whose slot became impossible); `time_limit` in seconds (default: the event's)."""
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    limit = payload.time_limit if payload.time_limit is not None else event.schedule_time_limit
    form = RepairForm({"max_moves": payload.max_moves, "time_limit": limit})
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    run = repair_services.repair_start(actor=request.user, event=event, **form.cleaned_data)
    run.refresh_from_db()
    return Status(201, _out(run))


@router.get("/{slug}/repairs/{rid}", response={200: RepairOut, **ERRORS})
def repair_get(request: HttpRequest, slug: str, rid: int) -> Any:
    actor = actor_of(request)
    event = selectors.event_get_managed(actor=actor, slug=slug)
    return _out(selectors.repair_get(actor=actor, event=event, run_id=rid))


@router.post("/{slug}/repairs/{rid}/{decision}", response={200: RepairOut, **ERRORS},
             auth=WRITE_AUTH)  # fmt: skip
def repair_decide(request: HttpRequest, slug: str, rid: int, decision: str) -> Any:
    """`announce` (saved, versioned, the people concerned told) or `discard` a proposal."""
    if decision not in DECISIONS:
        raise NotFound()
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    run = selectors.repair_get(actor=request.user, event=event, run_id=rid)
    if decision == "discard":
        return _out(repair_services.repair_discard(actor=request.user, run=run))
    version = repair_services.repair_announce(actor=request.user, run=run)
    run.refresh_from_db()
    return _out(run, version.number)
