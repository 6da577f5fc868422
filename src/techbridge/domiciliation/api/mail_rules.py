"""/api/v1/domiciliation: a firm's standing rules and forwarding addresses, and the staff's
forwarding of a firm's waiting items in one bundle — the rules page's forms and services."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Status

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import NotFound, ValidationFailed, form_errors
from techbridge.domiciliation import selectors
from techbridge.domiciliation.api.schemas import (
    AddressIn,
    AddressOut,
    BundleOut,
    ForwardIn,
    RuleIn,
    RuleOut,
)
from techbridge.domiciliation.forms.mail import ForwardingAddressForm, RuleForm
from techbridge.domiciliation.models import Contract, MailRule
from techbridge.domiciliation.services import mail as mail_services

router = Router(tags=["domiciliation"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def _rules(contract: Contract) -> list[dict[str, Any]]:
    rules = MailRule.objects.filter(contract=contract).order_by("kind")
    return [{"kind": r.kind, "action": r.action, "forward_to": r.forward_to_id} for r in rules]


def _addresses(actor: Any, contract: Contract) -> Any:
    return selectors.forwarding_addresses_of(
        actor=actor, organisation_id=contract.organisation_id
    ).order_by("id")


@router.get("/contracts/{contract_id}/rules", response={200: list[RuleOut], **ERRORS})
def rule_list(request: HttpRequest, contract_id: int) -> list[dict[str, Any]]:
    contract = selectors.contract_get_for(actor=actor_of(request), contract_id=contract_id)
    return _rules(contract)


@router.put(
    "/contracts/{contract_id}/rules", response={200: list[RuleOut], **ERRORS}, auth=WRITE_AUTH
)
def rule_set(request: HttpRequest, contract_id: int, payload: RuleIn) -> list[dict[str, Any]]:
    """Set (or, with an empty action, remove) the firm's rule for one kind of item."""
    contract = selectors.contract_get_for(actor=request.user, contract_id=contract_id)
    data = {**payload.dict(), "forward_to": payload.forward_to or ""}
    form = RuleForm(data=data, addresses=_addresses(request.user, contract))
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    mail_services.rule_set(
        actor=request.user,
        contract=contract,
        kind=form.cleaned_data["kind"],
        action=form.cleaned_data["action"],
        forward_to=form.cleaned_data.get("forward_to"),
    )
    return _rules(contract)


@router.get("/contracts/{contract_id}/addresses", response={200: list[AddressOut], **ERRORS})
def address_list(request: HttpRequest, contract_id: int) -> list[Any]:
    actor = actor_of(request)
    contract = selectors.contract_get_for(actor=actor, contract_id=contract_id)
    return list(_addresses(actor, contract))


@router.post(
    "/contracts/{contract_id}/addresses", response={201: AddressOut, **ERRORS}, auth=WRITE_AUTH
)
def address_add(request: HttpRequest, contract_id: int, payload: AddressIn) -> Status[Any]:
    contract = selectors.contract_get_for(actor=request.user, contract_id=contract_id)
    form = ForwardingAddressForm(data=payload.dict())
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    address = mail_services.forwarding_address_add(
        actor=request.user, contract=contract, data=form.cleaned_data
    )
    return Status(201, address)


@router.post(
    "/contracts/{contract_id}/forward", response={201: BundleOut, **ERRORS}, auth=WRITE_AUTH
)
def forward(request: HttpRequest, contract_id: int, payload: ForwardIn) -> Status[dict[str, Any]]:
    """Staff send every item of the firm waiting for one address, together (409 if none)."""
    if not selectors.can_manage(request.user):
        raise NotFound()
    contract = selectors.contract_get_managed(actor=request.user, contract_id=contract_id)
    address = _addresses(request.user, contract).filter(pk=payload.address).first()
    if address is None:
        raise NotFound()
    bundle = mail_services.mail_forward(
        actor=request.user, contract=contract, address=address, tracking=payload.tracking[:60]
    )
    items = sorted(bundle.items.values_list("pk", flat=True))
    return Status(
        201,
        {
            "id": bundle.pk,
            "address": bundle.address_id,
            "tracking": bundle.tracking,
            "sent_at": bundle.sent_at,
            "items": items,
        },
    )
