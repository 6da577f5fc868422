"""/api/v1/desk/queue-views: the staff's saved queue views (their own and the shared ones);
`GET /cases?view=<id>` lists a view's cases."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Status

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import ValidationFailed, form_errors
from techbridge.desk import selectors, services
from techbridge.desk.api.schemas import QueueViewIn, QueueViewOut
from techbridge.desk.forms import QueueViewForm

router = Router(tags=["desk"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def _out(view: Any) -> dict[str, Any]:
    return {
        "id": view.pk,
        "name": view.name,
        "owner": view.owner.display_name,
        "shared": view.shared,
        "filters": view.filters,
    }


@router.get("/queue-views", response={200: list[QueueViewOut], **ERRORS})
def view_list(request: HttpRequest) -> list[dict[str, Any]]:
    """The views the caller may open (staff; empty for anyone else)."""
    return [_out(v) for v in selectors.queue_views(actor=actor_of(request))]


@router.post("/queue-views", response={201: QueueViewOut, **ERRORS}, auth=WRITE_AUTH)
def view_save(request: HttpRequest, payload: QueueViewIn) -> Status[dict[str, Any]]:
    """Save filters (department, status, mine, unassigned, q, sla) under a name; the caller's
    view of that name is replaced."""
    form = QueueViewForm({"name": payload.name, "shared": payload.shared})
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    view = services.queue_view_save(
        actor=request.user,  # type: ignore[arg-type]
        name=form.cleaned_data["name"],
        filters=payload.filters,
        shared=form.cleaned_data["shared"],
    )
    view = selectors.queue_view_get_for(actor=request.user, view_id=view.pk)
    return Status(201, _out(view))


@router.delete("/queue-views/{view_id}", response={204: None, **ERRORS}, auth=WRITE_AUTH)
def view_delete(request: HttpRequest, view_id: int) -> Status[None]:
    view = selectors.queue_view_get_for(actor=request.user, view_id=view_id)
    services.queue_view_delete(actor=request.user, view=view)  # type: ignore[arg-type]
    return Status(204, None)
