"""The mailroom (staff: log, assign, scan, forward in bundles, pick-ups and shredding, the
queues) and the firm's mail (its items, its choices, its standing rules and addresses)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core.errors import DomainError, NotFound, PermissionDenied
from techbridge.domiciliation import selectors
from techbridge.domiciliation.forms.mail import (
    AssignForm,
    ForwardForm,
    ForwardingAddressForm,
    MailActionForm,
    MailLogForm,
    RuleForm,
    ScanForm,
)
from techbridge.domiciliation.models import MailAction, MailItem, MailRule, MailStatus
from techbridge.domiciliation.services import mail as mail_services
from techbridge.domiciliation.views import act, refuse_on_form, stored_file


def _flash_errors(request: HttpRequest, form: Any) -> None:
    for errors in form.errors.values():
        for err in errors:
            messages.error(request, err)


@login_required
def mail_list(request: HttpRequest) -> HttpResponse:
    items = selectors.mail_list(actor=request.user).filter(contract__isnull=False)[:200]
    return render(request, "domiciliation/mail_list.html", {"items": items})


@login_required
def mail_item(request: HttpRequest, pk: int) -> HttpResponse:
    item = selectors.mail_get_for(actor=request.user, item_id=pk)
    contract = item.contract
    addresses = (
        selectors.forwarding_addresses_of(
            actor=request.user, organisation_id=contract.organisation_id
        )
        if contract
        else None
    )
    form = MailActionForm(
        initial={"action": item.action, "forward_to": item.forward_to_id}, addresses=addresses
    )
    manage = selectors.can_manage(request.user)
    return render(
        request,
        "domiciliation/mail_item.html",
        {
            "item": item,
            "form": form,
            "can_manage": manage,
            "scan_form": ScanForm() if manage else None,
            "assign_form": AssignForm() if manage else None,
            "Status": MailStatus,
        },
    )


@login_required
@require_POST
def mail_request(request: HttpRequest, pk: int) -> HttpResponse:
    item = selectors.mail_get_for(actor=request.user, item_id=pk)
    contract = item.contract
    if contract is None:
        raise NotFound()
    addresses = selectors.forwarding_addresses_of(
        actor=request.user, organisation_id=contract.organisation_id
    )
    form = MailActionForm(request.POST, addresses=addresses)
    if not form.is_valid():
        _flash_errors(request, form)
        return redirect("domiciliation:mail_item", pk=pk)
    act(
        request,
        lambda: mail_services.mail_request(
            actor=request.user,
            item=item,
            action=form.cleaned_data["action"],
            forward_to=form.cleaned_data.get("forward_to"),
        ),
        _("Your instruction is recorded."),
    )
    return redirect("domiciliation:mail_item", pk=pk)


@login_required
def mail_file(request: HttpRequest, pk: int, which: str) -> FileResponse:
    """The envelope's photo or the scan, for staff and the firm only."""
    item = selectors.mail_get_for(actor=request.user, item_id=pk)
    field, content_type = (
        (item.envelope, item.envelope_type) if which == "envelope" else (item.scan, item.scan_type)
    )
    if which not in ("envelope", "scan") or not field:
        raise NotFound()
    extension = {"application/pdf": "pdf", "image/png": "png"}.get(content_type, "jpg")
    return stored_file(field, f"{which}-{item.pk}.{extension}", content_type)


@login_required
def rules(request: HttpRequest, pk: int) -> HttpResponse:
    """The firm's standing rules and forwarding addresses."""
    contract = selectors.contract_get_for(actor=request.user, contract_id=pk)
    addresses = selectors.forwarding_addresses_of(
        actor=request.user, organisation_id=contract.organisation_id
    )
    rule_form = RuleForm(addresses=addresses)
    address_form = ForwardingAddressForm(initial={"country": "CN"})
    if request.method == "POST":
        if request.POST.get("form") == "address":
            address_form = ForwardingAddressForm(request.POST)
            if address_form.is_valid() and act(
                request,
                lambda: mail_services.forwarding_address_add(
                    actor=request.user, contract=contract, data=address_form.cleaned_data
                ),
                _("The address is saved."),
            ):
                return redirect("domiciliation:rules", pk=pk)
        else:
            rule_form = RuleForm(request.POST, addresses=addresses)
            if rule_form.is_valid():
                try:
                    mail_services.rule_set(
                        actor=request.user,
                        contract=contract,
                        kind=rule_form.cleaned_data["kind"],
                        action=rule_form.cleaned_data["action"],
                        forward_to=rule_form.cleaned_data.get("forward_to"),
                    )
                except DomainError as exc:
                    refuse_on_form(rule_form, exc)
                else:
                    messages.success(request, _("The standing rule is saved."))
                    return redirect("domiciliation:rules", pk=pk)
    return render(
        request,
        "domiciliation/rules.html",
        {
            "contract": contract,
            "rules": MailRule.objects.filter(contract=contract).select_related("forward_to"),
            "addresses": addresses,
            "rule_form": rule_form,
            "address_form": address_form,
        },
    )


# --- staff -----------------------------------------------------------------------------------


def _forward_groups(actor: Any) -> list[tuple[Any, Any, list[MailItem]]]:
    groups: dict[tuple[int, int], list[MailItem]] = defaultdict(list)
    waiting = selectors.mail_list(actor=actor).filter(
        status=MailStatus.ACTION_REQUESTED, action=MailAction.FORWARD
    )
    for item in waiting.order_by("received_at"):
        assert item.contract_id is not None and item.forward_to_id is not None
        groups[(item.contract_id, item.forward_to_id)].append(item)
    return [(items[0].contract, items[0].forward_to, items) for items in groups.values()]


@login_required
def mailroom(request: HttpRequest) -> HttpResponse:
    if not selectors.can_manage(request.user):
        raise PermissionDenied()
    form = MailLogForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        contract = None
        if form.cleaned_data.get("contract"):
            contract = (
                selectors.contract_list(actor=request.user)
                .filter(pk=form.cleaned_data["contract"])
                .first()
            )
        if form.cleaned_data.get("contract") and contract is None:
            form.add_error("contract", _("No contract has this number."))
        else:
            try:
                item = mail_services.mail_log(
                    actor=request.user, data=form.cleaned_data, contract=contract
                )
            except DomainError as exc:
                refuse_on_form(form, exc)
            else:
                messages.success(request, _("The item is logged."))
                return redirect("domiciliation:mail_item", pk=item.pk)
    requested = (
        selectors.mail_list(actor=request.user)
        .filter(status=MailStatus.ACTION_REQUESTED)
        .exclude(action=MailAction.FORWARD)
    )
    return render(
        request,
        "domiciliation/manage/mailroom.html",
        {
            "form": form,
            "unassigned": selectors.unassigned_items(actor=request.user),
            "requested": requested.order_by("-urgent", "action_requested_at"),
            "forward_groups": _forward_groups(request.user),
            "overdue": selectors.overdue_items(actor=request.user, now=timezone.now()),
            "forward_form": ForwardForm(),
        },
    )


@login_required
@require_POST
def mail_handle(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    """Staff's steps on one item: assign, scan, complete (picked up or shredded)."""
    if not selectors.can_manage(request.user):
        raise PermissionDenied()
    item = selectors.mail_get_for(actor=request.user, item_id=pk)
    if step == "assign":
        form: Any = AssignForm(request.POST)
        if form.is_valid():
            contract = selectors.contract_get_for(
                actor=request.user, contract_id=form.cleaned_data["contract"]
            )
            act(request, lambda: mail_services.mail_assign(actor=request.user, item=item, contract=contract), _("The firm is told."))  # fmt: skip
    elif step == "scan":
        form = ScanForm(request.POST, request.FILES)
        if form.is_valid():
            scan, content_type = form.cleaned_data["scan"]
            act(request, lambda: mail_services.mail_scan(actor=request.user, item=item, scan=scan, content_type=content_type), _("The scan is sent to the firm."))  # fmt: skip
    elif step == "complete":
        form = None
        act(request, lambda: mail_services.mail_complete(actor=request.user, item=item, note=request.POST.get("note", "")), _("The item is done."))  # fmt: skip
    else:
        raise NotFound()
    if form is not None and not form.is_valid():
        _flash_errors(request, form)
    return redirect("domiciliation:mail_item", pk=pk)


@login_required
@require_POST
def mail_forward(request: HttpRequest, pk: int) -> HttpResponse:
    """Staff forward a contract's waiting items to one address, together."""
    contract = selectors.contract_get_managed(actor=request.user, contract_id=pk)
    form = ForwardForm(request.POST)
    if form.is_valid():
        address = (
            selectors.forwarding_addresses_of(
                actor=request.user, organisation_id=contract.organisation_id
            )
            .filter(pk=form.cleaned_data["address"])
            .first()
        )
        if address is None:
            raise NotFound()
        act(
            request,
            lambda: mail_services.mail_forward(
                actor=request.user,
                contract=contract,
                address=address,
                tracking=form.cleaned_data["tracking"],
            ),
            _("The items are forwarded together."),
        )
    return redirect("domiciliation:mailroom")
