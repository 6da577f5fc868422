"""The procedures on a case's page: staff start one and complete its steps (recording a
registration number or an export-control class where a step asks for it); the client and
staff send the checklist's documents."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.desk import procedure_reads, selectors
from techbridge.desk.procedures import SPECS
from techbridge.desk.services import outcomes, procedures
from techbridge.desk.views import act


@login_required
@require_POST
def start(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for(actor=request.user, case_id=pk)
    kind = request.POST.get("kind", "")
    facts = {f.key: request.POST.get(f.key, "") for f in SPECS[kind].facts} if kind in SPECS else {}
    act(
        request,
        lambda: procedures.procedure_start(
            actor=request.user,  # type: ignore[arg-type]
            case=case,
            kind=kind,
            facts=facts,
        ),
        _("The procedure is started."),
    )
    return redirect("desk:case", pk=pk)


@login_required
@require_POST
def step_done(request: HttpRequest, pk: int, procedure_id: int, key: str) -> HttpResponse:
    procedure = procedure_reads.procedure_get_for(
        actor=request.user, case_id=pk, procedure_id=procedure_id
    )
    act(
        request,
        lambda: procedures.procedure_step_done(
            actor=request.user,  # type: ignore[arg-type]
            procedure=procedure,
            key=key,
            note=request.POST.get("note", ""),
        ),
        _("The step is done."),
    )
    return redirect("desk:case", pk=pk)


@login_required
@require_POST
def document(request: HttpRequest, pk: int, procedure_id: int, key: str) -> HttpResponse:
    procedure = procedure_reads.procedure_get_for(
        actor=request.user, case_id=pk, procedure_id=procedure_id
    )
    act(
        request,
        lambda: procedures.procedure_document_add(
            actor=request.user,  # type: ignore[arg-type]
            procedure=procedure,
            key=key,
            upload=request.FILES.get("file"),
        ),
        _("The document is received."),
    )
    return redirect("desk:case", pk=pk)


@login_required
@require_POST
def registration(request: HttpRequest, pk: int, procedure_id: int) -> HttpResponse:
    procedure = procedure_reads.procedure_get_for(
        actor=request.user, case_id=pk, procedure_id=procedure_id
    )
    act(
        request,
        lambda: outcomes.registration_record(
            actor=request.user,  # type: ignore[arg-type]
            procedure=procedure,
            number=request.POST.get("number", ""),
        ),
        _("The registration number is recorded on the contract."),
    )
    return redirect("desk:case", pk=pk)


@login_required
@require_POST
def classification(request: HttpRequest, pk: int, procedure_id: int) -> HttpResponse:
    procedure = procedure_reads.procedure_get_for(
        actor=request.user, case_id=pk, procedure_id=procedure_id
    )
    act(
        request,
        lambda: outcomes.export_classify(
            actor=request.user,  # type: ignore[arg-type]
            procedure=procedure,
            export_class=request.POST.get("export_class", ""),
            item=outcomes.item_get(request.POST.get("item")),
            reason=request.POST.get("reason", ""),
        ),
        _("The technology is classified."),
    )
    return redirect("desk:case", pk=pk)
