"""/api/v1/deals routes of the trust workflow: the other party confirms recorded stages, the
centre's staff verify and approve contracts (`deals.services.verification`)."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Router, Schema

from techbridge.accounts.api_auth import WRITE_AUTH
from techbridge.core.api_schemas import ErrorOut
from techbridge.deals import selectors
from techbridge.deals.services import verification

router = Router(tags=["deals"])
ERRORS: dict[int, Any] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: ErrorOut,
}


class ConfirmedOut(Schema):
    confirmed: list[str]


class VerifyIn(Schema):
    action: Literal["verify", "approve"] = "verify"


class VerifiedOut(Schema):
    verified: bool
    value_approved: bool


@router.post(
    "/connections/{connection_id}/confirm",
    response={200: ConfirmedOut, **ERRORS},
    auth=WRITE_AUTH,
)
def connection_confirm(request: HttpRequest, connection_id: int) -> Any:
    """The other party (or the broker) confirms the stages one party recorded."""
    actor = request.user
    connection = selectors.connection_get_for(actor=actor, connection_id=connection_id)
    changes = verification.connection_confirm(actor=actor, connection=connection)
    return {"confirmed": [c.to_stage for c in changes]}


@router.post(
    "/connections/{connection_id}/contract/verify",
    response={200: VerifiedOut, **ERRORS},
    auth=WRITE_AUTH,
)
def contract_verify(request: HttpRequest, connection_id: int, payload: VerifyIn) -> Any:
    """Staff: verify a contract against its evidence, or approve a large value (a second
    member of staff)."""
    actor = request.user
    connection = selectors.connection_get_for(actor=actor, connection_id=connection_id)
    if payload.action == "approve":
        contract = verification.contract_approve(actor=actor, connection=connection)
    else:
        contract = verification.contract_verify(actor=actor, connection=connection)
    return {
        "verified": contract.verified_at is not None,
        "value_approved": contract.approved_at is not None,
    }
