"""Pages of the trust workflow: the other party confirms recorded stages, the parties attach
the contract's evidence, staff verify and approve contracts (`deals.services.verification`),
and the staff verification queue."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import DomainError
from techbridge.deals import figures, selectors
from techbridge.deals.models import Connection, Contract
from techbridge.deals.services import verification


def trust_context(actor: Any, connection: Connection, side: str | None) -> dict[str, Any]:
    """What the detail page shows of the confirmations and the contract's verification."""
    pending = list(verification.pending_confirmations(connection).select_related("actor"))
    contract = Contract.objects.filter(connection=connection).first()
    return {
        "pending_confirmations": pending,
        "can_confirm": any(side == "staff" or c.side not in (side, "") for c in pending),
        "contract_needs_approval": contract is not None and _needs_approval(contract),
    }


def _needs_approval(contract: Contract) -> bool:
    cny = figures.Rates().to_cny(contract.value, contract.currency, contract.signed_on)
    return figures.needs_second_approval(cny)


def _run(request: HttpRequest, connection_id: int, call: Any, success: Any) -> HttpResponse:
    try:
        call()
    except DomainError as exc:
        text = str(exc.message)
        if exc.fields:
            text += " " + " ".join(m for msgs in exc.fields.values() for m in msgs)
        messages.error(request, text)
    else:
        messages.success(request, success)
    return redirect("deals:detail", connection_id=connection_id)


@login_required
@require_POST
def connection_confirm(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = selectors.connection_get_for(actor=request.user, connection_id=connection_id)
    return _run(
        request,
        connection.id,
        lambda: verification.connection_confirm(actor=request.user, connection=connection),
        _("You confirmed what the other party recorded."),
    )


@login_required
@require_POST
def contract_evidence(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = selectors.connection_get_for(actor=request.user, connection_id=connection_id)
    upload = request.FILES.get("document")
    if upload is None:
        messages.error(request, _("Choose the contract document."))
        return redirect("deals:detail", connection_id=connection.id)
    return _run(
        request,
        connection.id,
        lambda: verification.contract_evidence_upload(
            actor=request.user, connection=connection, upload=upload
        ),
        _("The contract document is attached for the centre's verification."),
    )


@login_required
@require_POST
def contract_verify(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = selectors.connection_get_for(actor=request.user, connection_id=connection_id)
    if request.POST.get("action") == "approve":
        call, done = verification.contract_approve, _("You approved the contract's value.")
    else:
        call, done = verification.contract_verify, _("You verified the contract.")
    return _run(
        request, connection.id, lambda: call(actor=request.user, connection=connection), done
    )


@login_required
def contract_document(request: HttpRequest, connection_id: int) -> FileResponse:
    contract = selectors.contract_document_get_for(actor=request.user, connection_id=connection_id)
    return FileResponse(
        contract.document.open("rb"), as_attachment=True, filename=contract.document_name
    )


@login_required
def verification_queue(request: HttpRequest) -> HttpResponse:
    if not is_staff(request.user):
        raise DjangoPermissionDenied
    rows = []
    for contract in selectors.verification_queue(actor=request.user)[:200]:
        needs_approval = _needs_approval(contract)
        if contract.verified_at is None or needs_approval:
            rows.append({"contract": contract, "needs_approval": needs_approval})
    return render(request, "deals/verification_queue.html", {"rows": rows})
