"""Hosting contracts: the firm's pages (its contracts, signing, documents) and the staff's
(the pipeline, preparing a contract, verifying documents, the contract's actions)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import DomainError, NotFound, PermissionDenied
from techbridge.domiciliation import selectors, services
from techbridge.domiciliation.forms.contracts import (
    AddressMovedForm,
    ContractForm,
    DocumentForm,
    NoticeForm,
    RenewForm,
    TerminateForm,
    VerifyForm,
)
from techbridge.domiciliation.models import STAGE_LABELS, Contract, MailStatus, Plan, Status
from techbridge.domiciliation.pdf import end_of_hosting_pdf
from techbridge.domiciliation.views import act, refuse_on_form, stored_file


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    contracts = selectors.contract_list(actor=request.user).filter(
        organisation_id__in=organisation_ids_of(request.user)
    )
    rows = [(c, c.stage_label(today)) for c in contracts]
    return render(request, "domiciliation/mine.html", {"rows": rows})


def _contract_context(request: HttpRequest, contract: Contract) -> dict[str, Any]:
    today = timezone.localdate()
    checks = selectors.kyc_checks(contract, today)
    manage = selectors.can_manage(request.user)
    return {
        "contract": contract,
        "stage": contract.stage(today),
        "stage_label": contract.stage_label(today),
        "checks": checks,
        "checks_passed": bool(checks) and all(c.passed for c in checks),
        "documents": contract.documents.select_related("checked_by"),
        "upload_form": DocumentForm(kinds=contract.plan.required_kinds()),
        "mail": selectors.mail_list(actor=request.user).filter(contract=contract)[:20],
        "mail_waiting": MailStatus.NOTIFIED,
        "bookings": selectors.bookings_of(actor=request.user).filter(
            contract=contract, starts_at__gte=timezone.now()
        )[:10],
        "can_manage": manage,
        "is_firm": contract.organisation_id in organisation_ids_of(request.user),
        "verify_form": VerifyForm(),
        "renew_form": RenewForm(),
        "notice_form": NoticeForm(initial={"served_on": today}),
        "terminate_form": TerminateForm(),
        "moved_form": AddressMovedForm(initial={"moved_on": today}),
        "Status": Status,
    }


@login_required
def contract_detail(request: HttpRequest, pk: int) -> HttpResponse:
    contract = selectors.contract_get_for(actor=request.user, contract_id=pk)
    return render(request, "domiciliation/contract.html", _contract_context(request, contract))


@login_required
@require_POST
def contract_sign(request: HttpRequest, pk: int) -> HttpResponse:
    contract = selectors.contract_get_for(actor=request.user, contract_id=pk)
    act(
        request,
        lambda: services.contract_sign(actor=request.user, contract=contract),
        _("The contract is signed. Please upload the documents listed below."),
    )
    return redirect("domiciliation:contract", pk=pk)


@login_required
@require_POST
def document_upload(request: HttpRequest, pk: int) -> HttpResponse:
    contract = selectors.contract_get_for(actor=request.user, contract_id=pk)
    form = DocumentForm(request.POST, request.FILES, kinds=contract.plan.required_kinds())
    if not form.is_valid():
        for errors in form.errors.values():
            for err in errors:
                messages.error(request, err)
        return redirect("domiciliation:contract", pk=pk)
    upload, content_type = form.cleaned_data["file"]
    act(
        request,
        lambda: services.document_upload(
            actor=request.user,
            contract=contract,
            kind=form.cleaned_data["kind"],
            upload=upload,
            filename=upload.name,
            content_type=content_type,
            expires_on=form.cleaned_data["expires_on"],
        ),
        _("The document is uploaded; staff will verify it."),
    )
    return redirect("domiciliation:contract", pk=pk)


@login_required
def end_of_hosting(request: HttpRequest, pk: int) -> HttpResponse:
    """The bilingual letter the firm files to move its registered address away."""
    contract = selectors.contract_get_for(actor=request.user, contract_id=pk)
    content = end_of_hosting_pdf(contract, timezone.localdate())
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{contract.reference}-end.pdf"'
    return response


@login_required
def document_download(request: HttpRequest, pk: int) -> FileResponse:
    doc = selectors.document_get_for(actor=request.user, document_id=pk)
    return stored_file(doc.file, doc.filename, doc.content_type)


# --- staff -----------------------------------------------------------------------------------


@login_required
def pipeline(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    columns = selectors.pipeline(actor=request.user, today=today)
    return render(
        request,
        "domiciliation/manage/pipeline.html",
        {"columns": [(stage, STAGE_LABELS[stage], rows) for stage, rows in columns.items()]},
    )


def _new_initial(request: HttpRequest) -> dict[str, Any]:
    plan = Plan.objects.filter(active=True, slug=request.GET.get("plan", "")).first()
    plan = plan or Plan.objects.filter(active=True).first()
    initial: dict[str, Any] = {"organisation": request.GET.get("organisation", "")[:64]}
    if plan is not None:
        initial.update(services.plan_terms(plan, timezone.localdate()))
    return initial


@login_required
def contract_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """Staff prepare a contract (no pk) or correct one."""
    if not selectors.can_manage(request.user):
        raise PermissionDenied()
    contract = selectors.contract_get_managed(actor=request.user, contract_id=pk) if pk else None
    initial = (
        {k: getattr(contract, k) for k in services.contracts.CONTRACT_FIELDS}
        if contract
        else _new_initial(request)
    )
    form = ContractForm(request.POST or None, initial=initial, editing=contract is not None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if contract is None:
                contract = services.contract_create(
                    actor=request.user, organisation=data["organisation"], data=data
                )
            else:
                services.contract_update(actor=request.user, contract=contract, data=data)
        except DomainError as exc:
            refuse_on_form(form, exc)
        else:
            messages.success(request, _("The contract is saved."))
            return redirect("domiciliation:contract", pk=contract.pk)
    return render(
        request, "domiciliation/manage/contract_form.html", {"contract": contract, "form": form}
    )


@login_required
@require_POST
def document_verify(request: HttpRequest, pk: int) -> HttpResponse:
    if not selectors.can_manage(request.user):
        raise PermissionDenied()
    doc = selectors.document_get_for(actor=request.user, document_id=pk)
    form = VerifyForm(request.POST)
    if form.is_valid():
        act(
            request,
            lambda: services.document_verify(
                actor=request.user,
                document=doc,
                result=form.cleaned_data["result"],
                note=form.cleaned_data["note"],
            ),
            _("The check is recorded."),
        )
    else:
        messages.error(request, _("Choose a result; a rejection needs a note."))
    return redirect("domiciliation:contract", pk=doc.contract_id)


ACTIONS: dict[str, tuple[Any, Any, str]] = {
    # action: (form, service call, message)
    "activate": (None, lambda a, c, d: services.contract_activate(actor=a, contract=c), "active"),
    "renew": (RenewForm, lambda a, c, d: services.contract_renew(actor=a, contract=c, **d), "renewed"),
    "notice": (
        NoticeForm,
        lambda a, c, d: services.contract_serve_notice(
            actor=a, contract=c, by_firm=not is_staff(a) or "by_firm" in d, served_on=d["served_on"]
        ),
        "notice",
    ),
    "terminate": (
        TerminateForm,
        lambda a, c, d: services.contract_terminate(actor=a, contract=c, **d),
        "terminated",
    ),
    "moved": (
        AddressMovedForm,
        lambda a, c, d: services.contract_address_moved(actor=a, contract=c, **d),
        "moved",
    ),
}  # fmt: skip


def _done_message(key: str) -> str:
    return {
        "active": _("The contract is active."),
        "renewed": _("The contract is renewed."),
        "notice": _("The notice is recorded."),
        "terminated": _("The contract is terminated."),
        "moved": _("The address move is recorded."),
    }[key]


@login_required
@require_POST
def contract_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Staff's contract actions; the firm may only serve notice itself."""
    if action not in ACTIONS:
        raise NotFound()
    contract = selectors.contract_get_for(actor=request.user, contract_id=pk)
    form_class, call, key = ACTIONS[action]
    data: dict[str, Any] = {}
    if form_class is not None:
        form = form_class(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for err in errors:
                    messages.error(request, err)
            return redirect("domiciliation:contract", pk=pk)
        data = dict(form.cleaned_data)
        if action == "notice" and request.POST.get("by_firm"):
            data["by_firm"] = True
    act(request, lambda: call(request.user, contract, data), _done_message(key))
    return redirect("domiciliation:contract", pk=pk)
