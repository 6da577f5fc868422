"""The procedures on a case's page: staff start one and complete its steps (recording a
registration number or an export-control class where a step asks for it); the client and
staff send the checklist's documents."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.desk import procedure_reads, selectors, services
from techbridge.desk.forms import CancelForm
from techbridge.desk.models_procedures import Procedure
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


def _on_procedure(
    request: HttpRequest, pk: int, procedure_id: int, call: Callable[[Procedure], Any], ok: str
) -> HttpResponse:
    """The one shape of a step action: the procedure as the actor may read it, one service
    run on it (a refusal becomes a message), back to the case's page."""
    procedure = procedure_reads.procedure_get_for(
        actor=request.user, case_id=pk, procedure_id=procedure_id
    )
    act(request, lambda: call(procedure), ok)
    return redirect("desk:case", pk=pk)


@login_required
@require_POST
def step_done(request: HttpRequest, pk: int, procedure_id: int, key: str) -> HttpResponse:
    def call(p: Procedure) -> Any:
        note = request.POST.get("note", "")
        return procedures.procedure_step_done(actor=request.user, procedure=p, key=key, note=note)  # type: ignore[arg-type]

    return _on_procedure(request, pk, procedure_id, call, _("The step is done."))


@login_required
@require_POST
def document(request: HttpRequest, pk: int, procedure_id: int, key: str) -> HttpResponse:
    def call(p: Procedure) -> Any:
        upload = request.FILES.get("file")
        return procedures.procedure_document_add(
            actor=request.user, procedure=p, key=key, upload=upload
        )  # type: ignore[arg-type]

    return _on_procedure(request, pk, procedure_id, call, _("The document is received."))


@login_required
@require_POST
def registration(request: HttpRequest, pk: int, procedure_id: int) -> HttpResponse:
    def call(p: Procedure) -> Any:
        number = request.POST.get("number", "")
        return outcomes.registration_record(actor=request.user, procedure=p, number=number)  # type: ignore[arg-type]

    ok = _("The registration number is recorded on the contract.")
    return _on_procedure(request, pk, procedure_id, call, ok)


@login_required
@require_POST
def classification(request: HttpRequest, pk: int, procedure_id: int) -> HttpResponse:
    def call(p: Procedure) -> Any:
        return outcomes.export_classify(
            actor=request.user,  # type: ignore[arg-type]
            procedure=p,
            export_class=request.POST.get("export_class", ""),
            item=outcomes.item_get(request.POST.get("item")),
            reason=request.POST.get("reason", ""),
        )

    return _on_procedure(request, pk, procedure_id, call, _("The technology is classified."))


@login_required
@require_POST
def cancel(request: HttpRequest, pk: int, procedure_id: int) -> HttpResponse:
    form = CancelForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""

    def call(p: Procedure) -> Any:
        return services.procedure_cancel(actor=request.user, procedure=p, reason=reason)  # type: ignore[arg-type]

    return _on_procedure(request, pk, procedure_id, call, _("The procedure is cancelled."))
