"""/api/v1/exchange: bulk imports for API clients — upload a file for a dry run, read the
per-row report, confirm. The same form, services and permissions as the pages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import File, Form, Router, Schema, Status
from ninja.files import UploadedFile

from techbridge.accounts.api_auth import WRITE_AUTH
from techbridge.accounts.models import Organisation
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import ValidationFailed, form_errors
from techbridge.core.pagination import page_of
from techbridge.exchange import selectors, services
from techbridge.exchange.forms import ConfirmForm, UploadForm
from techbridge.exchange.models import ImportBatch

router = Router(tags=["exchange"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class ImportOut(Schema):
    id: int
    kind: str
    filename: str
    status: str
    mode: str
    total: int
    done: int
    counts: dict[str, int]
    message: str
    organisation: int | None
    created_at: datetime
    applied_at: datetime | None


class RowOut(Schema):
    number: int
    external_id: str
    action: str
    errors: dict[str, list[str]]
    applied: bool
    object_id: int | None


class UploadIn(Schema):
    kind: str
    organisation: int | None = None
    status: str = ""
    event: str = ""


class ConfirmIn(Schema):
    mode: str


def _out(batch: ImportBatch) -> dict[str, Any]:
    out = {k: getattr(batch, k) for k in ImportOut.model_fields if k != "organisation"}
    out["organisation"] = batch.organisation_id
    out["counts"] = batch.counts or {}
    return out


@router.post("/imports", auth=WRITE_AUTH, response={201: ImportOut, **ERRORS})
def import_create(request: HttpRequest, data: Form[UploadIn], file: File[UploadedFile]) -> Any:
    form = UploadForm(data.dict(), {"file": file}, actor=request.user)
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    org_id = form.cleaned_data.get("organisation")
    batch = services.import_upload(
        actor=request.user,
        kind=form.cleaned_data["kind"],
        upload=form.cleaned_data["file"],
        organisation=Organisation.objects.filter(pk=org_id).first() if org_id else None,
        options=form.options(),
        target=form.target(),
    )
    batch.refresh_from_db()
    return Status(201, _out(batch))


@router.get("/imports", auth=WRITE_AUTH, response={200: list[ImportOut], **ERRORS})
def import_list(request: HttpRequest, page: int = 1) -> Any:
    return [_out(b) for b in page_of(selectors.batches_for(actor=request.user), page, 50)]


@router.get("/imports/{batch_id}", auth=WRITE_AUTH, response={200: ImportOut, **ERRORS})
def import_get(request: HttpRequest, batch_id: int) -> Any:
    return _out(selectors.batch_get_for(actor=request.user, batch_id=batch_id))


@router.get("/imports/{batch_id}/rows", auth=WRITE_AUTH, response={200: list[RowOut], **ERRORS})
def import_rows(request: HttpRequest, batch_id: int, errors: bool = False, page: int = 1) -> Any:
    batch = selectors.batch_get_for(actor=request.user, batch_id=batch_id)
    rows = page_of(selectors.batch_rows(batch=batch, errors_only=errors), page, 200)
    return [{k: getattr(r, k) for k in RowOut.model_fields} for r in rows]


@router.post("/imports/{batch_id}/apply", auth=WRITE_AUTH, response={200: ImportOut, **ERRORS})
def import_apply(request: HttpRequest, batch_id: int, payload: ConfirmIn) -> Any:
    batch = selectors.batch_get_for(actor=request.user, batch_id=batch_id)
    form = ConfirmForm(payload.dict())
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    services.import_confirm(actor=request.user, batch=batch, mode=form.cleaned_data["mode"])
    batch.refresh_from_db()
    return _out(batch)
