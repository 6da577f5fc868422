"""/api/v1/domiciliation: plans, contracts with their checks, mail items and their
instructions, meeting rooms and bookings, the register — with the pages' permissions (the
selectors decide, the services write, the forms validate)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Status

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import NotFound, ValidationFailed, form_errors
from techbridge.domiciliation import register, selectors, services
from techbridge.domiciliation.api.actions import router as actions_router
from techbridge.domiciliation.api.mail_rules import router as mail_rules_router
from techbridge.domiciliation.api.schemas import (
    BookingIn,
    BookingOut,
    ContractDetailOut,
    ContractIn,
    ContractOut,
    MailActionIn,
    MailIn,
    MailOut,
    PlanOut,
    RegisterRowOut,
    RoomOut,
    VerifyIn,
)
from techbridge.domiciliation.api.shapes import contract_out, mail_out
from techbridge.domiciliation.forms.contracts import ContractForm
from techbridge.domiciliation.forms.mail import MailLogForm
from techbridge.domiciliation.models import Booking, Contract
from techbridge.domiciliation.services import mail as mail_services
from techbridge.domiciliation.services import rooms as room_services

router = Router(tags=["domiciliation"])
# KYC uploads, contract actions, scans and files come after these routes (none is hidden).
router.add_router("", actions_router)
router.add_router("", mail_rules_router)
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def _booking_out(b: Booking) -> dict[str, Any]:
    out = {k: getattr(b, k) for k in BookingOut.model_fields if k not in ("room", "contract")}
    out.update(room=b.room_id, contract=b.contract_id)
    return out


@router.get("/plans", response=list[PlanOut])
def plan_list(request: HttpRequest) -> list[Any]:
    return list(selectors.plans_offered())


@router.get("/contracts", response={200: list[ContractOut], **ERRORS})
def contract_list(request: HttpRequest) -> list[dict[str, Any]]:
    contracts = selectors.contract_list(actor=actor_of(request)).order_by("-created_at")[:500]
    return [contract_out(c) for c in contracts]


@router.post("/contracts", response={201: ContractOut, **ERRORS}, auth=WRITE_AUTH)
def contract_create(request: HttpRequest, payload: ContractIn) -> Status[dict[str, Any]]:
    """Staff prepare a draft for a firm (the page's ContractForm checks it, the credit code
    with its check character); what is left out follows the plan's terms from today."""
    if not selectors.can_manage(request.user):
        raise NotFound()
    plan = selectors.plans_offered().filter(slug=payload.plan[:80]).first()
    data: dict[str, Any] = {"plan": plan.pk if plan else ""}
    if plan is not None:
        terms = services.plan_terms(plan, timezone.localdate())
        data.update({k: v for k, v in terms.items() if k != "plan"})
    data.update({k: v for k, v in payload.dict().items() if v is not None and k != "plan"})
    form = ContractForm(data={"deposit": 0, **data})
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    contract = services.contract_create(
        actor=request.user, organisation=form.cleaned_data["organisation"], data=form.cleaned_data
    )
    return Status(201, contract_out(contract))


@router.get("/contracts/{contract_id}", response={200: ContractDetailOut, **ERRORS})
def contract_detail(request: HttpRequest, contract_id: int) -> dict[str, Any]:
    contract = selectors.contract_get_for(actor=actor_of(request), contract_id=contract_id)
    out = contract_out(contract)
    out["checks"] = [
        {
            "kind": c.kind.value,
            "state": c.state.value,
            "document": c.document.pk if c.document else None,
            "checked_on": c.document.checked_on if c.document else None,
            "recheck_on": c.document.recheck_on if c.document else None,
        }
        for c in selectors.kyc_checks(contract, timezone.localdate())
    ]
    return out


@router.post(
    "/contracts/{contract_id}/sign", response={200: ContractOut, **ERRORS}, auth=WRITE_AUTH
)
def contract_sign(request: HttpRequest, contract_id: int) -> dict[str, Any]:
    contract = selectors.contract_get_for(actor=request.user, contract_id=contract_id)
    return contract_out(services.contract_sign(actor=request.user, contract=contract))


@router.post(
    "/documents/{document_id}/verify", response={200: ContractOut, **ERRORS}, auth=WRITE_AUTH
)
def document_verify(request: HttpRequest, document_id: int, payload: VerifyIn) -> dict[str, Any]:
    """Staff record a KYC check's result; the last one of a signed contract activates it."""
    if not selectors.can_manage(request.user):
        raise NotFound()
    doc = selectors.document_get_for(actor=request.user, document_id=document_id)
    services.document_verify(
        actor=request.user, document=doc, result=payload.result, note=payload.note
    )
    return contract_out(
        Contract.objects.select_related("organisation", "plan").get(pk=doc.contract_id)
    )


@router.get("/mail", response={200: list[MailOut], **ERRORS})
def mail_list(request: HttpRequest, status: str = "") -> list[dict[str, Any]]:
    items = selectors.mail_list(actor=actor_of(request))
    if status:
        items = items.filter(status=status[:20])
    return [mail_out(m) for m in items[:500]]


@router.get("/mail/{item_id}", response={200: MailOut, **ERRORS})
def mail_detail(request: HttpRequest, item_id: int) -> dict[str, Any]:
    return mail_out(selectors.mail_get_for(actor=actor_of(request), item_id=item_id))


@router.post("/mail", response={201: MailOut, **ERRORS}, auth=WRITE_AUTH)
def mail_log(request: HttpRequest, payload: MailIn) -> Status[dict[str, Any]]:
    """Staff log an item (the envelope's photo is added from the mailroom page)."""
    if not selectors.can_manage(request.user):
        raise NotFound()
    form = MailLogForm(data=payload.dict())
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    contract = None
    if payload.contract is not None:
        contract = selectors.contract_get_for(actor=request.user, contract_id=payload.contract)
    item = mail_services.mail_log(actor=request.user, data=form.cleaned_data, contract=contract)
    return Status(201, mail_out(item))


@router.post("/mail/{item_id}/action", response={200: MailOut, **ERRORS}, auth=WRITE_AUTH)
def mail_action(request: HttpRequest, item_id: int, payload: MailActionIn) -> dict[str, Any]:
    """The firm's instruction for an item."""
    item = selectors.mail_get_for(actor=request.user, item_id=item_id)
    address = None
    if payload.forward_to is not None and item.contract is not None:
        address = (
            selectors.forwarding_addresses_of(
                actor=request.user, organisation_id=item.contract.organisation_id
            )
            .filter(pk=payload.forward_to)
            .first()
        )
        if address is None:
            raise ValidationFailed(fields={"forward_to": ["Not one of the firm's addresses."]})
    item = mail_services.mail_request(
        actor=request.user, item=item, action=payload.action, forward_to=address
    )
    return mail_out(item)


@router.get("/rooms", response={200: list[RoomOut], **ERRORS})
def room_list(request: HttpRequest) -> list[Any]:
    return list(selectors.rooms_for(actor=actor_of(request), today=timezone.localdate()))


@router.get("/bookings", response={200: list[BookingOut], **ERRORS})
def booking_list(request: HttpRequest) -> list[dict[str, Any]]:
    bookings = selectors.bookings_of(actor=actor_of(request)).order_by("-starts_at")[:500]
    return [_booking_out(b) for b in bookings]


@router.post("/bookings", response={201: BookingOut, **ERRORS}, auth=WRITE_AUTH)
def booking_create(request: HttpRequest, payload: BookingIn) -> Status[dict[str, Any]]:
    room = (
        selectors.rooms_for(actor=request.user, today=timezone.localdate())
        .filter(pk=payload.room)
        .first()
    )
    if room is None:
        raise NotFound()
    booking = room_services.booking_create(
        actor=request.user,
        room=room,
        starts_at=payload.starts_at,
        ends_at=payload.ends_at,
        title=payload.title,
        attendees=payload.attendees,
    )
    return Status(201, _booking_out(booking))


@router.post("/bookings/{booking_id}/cancel", response={200: BookingOut, **ERRORS}, auth=WRITE_AUTH)
def booking_cancel(request: HttpRequest, booking_id: int) -> dict[str, Any]:
    booking = selectors.booking_get_for(actor=request.user, booking_id=booking_id)
    return _booking_out(room_services.booking_cancel(actor=request.user, booking=booking))


@router.get("/register", response={200: list[RegisterRowOut], **ERRORS})
def register_rows(request: HttpRequest) -> list[dict[str, Any]]:
    """Staff: the register of hosted firms, with the flagged ones."""
    actor = actor_of(request)
    if not selectors.can_manage(actor):
        raise NotFound()
    rows = register.rows(register.registered(actor=actor), timezone.localdate())
    return [
        {
            "contract": r.contract.pk,
            **{
                k: getattr(r.contract, k)
                for k in (
                    "firm_name_zh",
                    "firm_name_en",
                    "credit_code",
                    "legal_representative",
                    "starts_on",
                    "ends_on",
                )
            },
            "stage": r.stage.value,
            "flagged": r.flagged,
        }
        for r in rows
    ]
