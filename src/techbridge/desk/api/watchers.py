"""/api/v1/desk/cases/{id}/watchers: who follows a case, with the page's rules (the case's
readers see the watchers they may see; staff and the client's people add and remove them)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import ValidationFailed, form_errors
from techbridge.desk import selectors, services
from techbridge.desk.api.schemas import WatcherIn, WatcherOut
from techbridge.desk.forms import WatcherForm

router = Router(tags=["desk"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
BASE = "/cases/{case_id}/watchers"


def _listing(actor: Any, case: Any) -> list[dict[str, Any]]:
    return [
        {"id": u.pk, "name": u.display_name, "staff": bool(u.is_staff)}
        for u in selectors.watchers_for(actor=actor, case=case)
    ]


def _person(user_id: Any) -> Any:
    form = WatcherForm({"user": user_id})
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    return form.cleaned_data.get("user")


@router.get(BASE, response={200: list[WatcherOut], **ERRORS})
def watcher_list(request: HttpRequest, case_id: int) -> list[dict[str, Any]]:
    actor = actor_of(request)
    return _listing(actor, selectors.case_get_for(actor=actor, case_id=case_id))


@router.post(BASE, response={200: list[WatcherOut], **ERRORS}, auth=WRITE_AUTH)
def watcher_add(request: HttpRequest, case_id: int, payload: WatcherIn) -> list[dict[str, Any]]:
    """Add a person (`user`; the caller when absent) to the case's watchers."""
    case = selectors.case_get_for(actor=request.user, case_id=case_id)
    user = _person(payload.user)
    case = services.case_watch(actor=request.user, case=case, user=user)  # type: ignore[arg-type]
    return _listing(request.user, case)


@router.delete(BASE + "/{user_id}", response={200: list[WatcherOut], **ERRORS}, auth=WRITE_AUTH)
def watcher_remove(request: HttpRequest, case_id: int, user_id: int) -> list[dict[str, Any]]:
    case = selectors.case_get_for(actor=request.user, case_id=case_id)
    user = _person(user_id)
    case = services.case_unwatch(actor=request.user, case=case, user=user)  # type: ignore[arg-type]
    return _listing(request.user, case)
