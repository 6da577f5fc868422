"""/api/v1/desk/cases/{id}/procedures: the procedures of a case, with the page's permissions
(the case's readers see them; staff start them, complete steps and record outcomes; the
client and staff send documents as multipart uploads)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest
from ninja import File, Router, Status
from ninja.files import UploadedFile

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import ValidationFailed, form_errors
from techbridge.desk import procedure_reads, selectors, services
from techbridge.desk.api.schemas import (
    CancelIn,
    ClassificationIn,
    ExportItemOut,
    ProcedureIn,
    ProcedureOut,
    RegistrationIn,
    StepDoneIn,
)
from techbridge.desk.forms import CancelForm
from techbridge.desk.models_procedures import Procedure
from techbridge.desk.services import outcomes, procedures

router = Router(tags=["desk"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
BASE = "/cases/{case_id}/procedures"
ONE = {200: ProcedureOut, **ERRORS}


def _out(row: dict[str, Any]) -> dict[str, Any]:
    p = row["procedure"]
    item = row["export_item"]
    return {
        "id": p.pk, "kind": p.kind, "status": p.status,
        "facts": {k: str(v) for k, v in p.facts.items()},
        "registration_number": p.registration_number, "export_class": p.export_class,
        "cancelled_at": p.cancelled_at, "cancel_reason": p.cancel_reason,
        "export_item": f"{item.code} {item.name}" if item else None,
        "export_reason": row["export_reason"],
        "steps": [
            {k: getattr(s, k) for k in ("key", "label", "department", "state", "due_at",
                                         "done_at", "note")}
            for s in row["steps"]
        ],
        "documents": [
            {"key": d.key, "label": d.label, "required": d.required,
             "attachment": d.attachment_id, "received_at": d.received_at}
            for d in row["documents"]
        ],
    }  # fmt: skip


def _reason(payload: CancelIn) -> str:
    """The reason, validated by the pages' form."""
    form = CancelForm({"reason": payload.reason})
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    return str(form.cleaned_data["reason"])


def _one(actor: Any, case_id: int, procedure_id: int) -> dict[str, Any]:
    case = selectors.case_get_for(actor=actor, case_id=case_id)
    rows = procedure_reads.procedures_for(actor=actor, case=case)
    return _out(next(r for r in rows if r["procedure"].pk == procedure_id))


@router.get(BASE, response={200: list[ProcedureOut], **ERRORS})
def procedure_list(request: HttpRequest, case_id: int) -> list[dict[str, Any]]:
    actor = actor_of(request)
    case = selectors.case_get_for(actor=actor, case_id=case_id)
    return [_out(r) for r in procedure_reads.procedures_for(actor=actor, case=case)]


@router.post(BASE, response={201: ProcedureOut, **ERRORS}, auth=WRITE_AUTH)
def procedure_start(
    request: HttpRequest, case_id: int, payload: ProcedureIn
) -> Status[dict[str, Any]]:
    case = selectors.case_get_for(actor=request.user, case_id=case_id)
    p = procedures.procedure_start(
        actor=request.user,  # type: ignore[arg-type]
        case=case,
        kind=payload.kind,
        facts=payload.facts,
    )
    return Status(201, _one(request.user, case_id, p.pk))


def _on_procedure(
    request: HttpRequest, case_id: int, procedure_id: int, call: Callable[[Procedure], Any]
) -> dict[str, Any]:
    """The one shape of a step action: the procedure as the caller may read it, one service
    run on it, the procedure as it stands after."""
    p = procedure_reads.procedure_get_for(
        actor=request.user, case_id=case_id, procedure_id=procedure_id
    )
    call(p)
    return _one(request.user, case_id, procedure_id)


@router.post(BASE + "/{procedure_id}/steps/{key}/done", response=ONE, auth=WRITE_AUTH)
def step_done(
    request: HttpRequest, case_id: int, procedure_id: int, key: str, payload: StepDoneIn
) -> dict[str, Any]:
    return _on_procedure(request, case_id, procedure_id, lambda p: procedures.procedure_step_done(
        actor=request.user, procedure=p, key=key, note=payload.note,  # type: ignore[arg-type]
    ))  # fmt: skip


@router.post(BASE + "/{procedure_id}/documents/{key}", response=ONE, auth=WRITE_AUTH)
def document(
    request: HttpRequest, case_id: int, procedure_id: int, key: str, file: File[UploadedFile]
) -> dict[str, Any]:
    return _on_procedure(request, case_id, procedure_id, lambda p: procedures.procedure_document_add(
        actor=request.user, procedure=p, key=key, upload=file,  # type: ignore[arg-type]
    ))  # fmt: skip


@router.post(BASE + "/{procedure_id}/registration", response=ONE, auth=WRITE_AUTH)
def registration(
    request: HttpRequest, case_id: int, procedure_id: int, payload: RegistrationIn
) -> dict[str, Any]:
    return _on_procedure(request, case_id, procedure_id, lambda p: outcomes.registration_record(
        actor=request.user, procedure=p, number=payload.number,  # type: ignore[arg-type]
    ))  # fmt: skip


@router.post(BASE + "/{procedure_id}/classification", response=ONE, auth=WRITE_AUTH)
def classification(
    request: HttpRequest, case_id: int, procedure_id: int, payload: ClassificationIn
) -> dict[str, Any]:
    return _on_procedure(request, case_id, procedure_id, lambda p: outcomes.export_classify(
        actor=request.user, procedure=p, export_class=payload.export_class,  # type: ignore[arg-type]
        item=outcomes.item_get(payload.item), reason=payload.reason,
    ))  # fmt: skip


@router.post(BASE + "/{procedure_id}/cancel", response=ONE, auth=WRITE_AUTH)
def cancel(
    request: HttpRequest, case_id: int, procedure_id: int, payload: CancelIn
) -> dict[str, Any]:
    """Staff cancel the procedure, with the reason (the case goes on)."""
    reason = _reason(payload)
    return _on_procedure(request, case_id, procedure_id, lambda p: services.procedure_cancel(
        actor=request.user, procedure=p, reason=reason,  # type: ignore[arg-type]
    ))  # fmt: skip


@router.get("/export-items", response={200: list[ExportItemOut], **ERRORS})
def export_items(request: HttpRequest, category: str = "") -> list[Any]:
    """The export-control catalogue (staff; empty for anyone else)."""
    return procedure_reads.export_items(actor=actor_of(request), category=category)
