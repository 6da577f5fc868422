"""Trust in the figures: the other party confirms what one party recorded (meeting held,
intention, contract), the centre's staff verify a contract against its evidence, and a second
member of staff approves a large one. Only confirmed and verified records count in the
figures (`deals.figures`)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import Conflict, PermissionDenied
from techbridge.deals import selectors
from techbridge.deals.choices import CONFIRMED_STAGES
from techbridge.deals.models import Connection, Contract, StageChange
from techbridge.deals.notices import announce
from techbridge.deals.services.access import lock_connection, require_side
from techbridge.deals.services.conversation import _checked_upload


def pending_confirmations(connection: Connection) -> Any:
    """The stage changes of a connection that still wait for a confirmation."""
    return StageChange.objects.filter(
        connection=connection, to_stage__in=CONFIRMED_STAGES, confirmed_at__isnull=True
    ).order_by("at", "id")


@transaction.atomic
def connection_confirm(*, actor: User, connection: Connection) -> list[StageChange]:
    """The other party (or the centre's broker) confirms the stages one party recorded. A party
    never confirms its own records."""
    side = require_side(actor, connection)
    locked = lock_connection(connection)
    pending = pending_confirmations(locked).select_for_update()
    mine = [c for c in pending if side == "staff" or c.side not in (side, "")]
    if not mine:
        raise Conflict(_("Nothing here waits for your confirmation."))
    now = timezone.now()
    for change in mine:
        change.confirmed_by = actor
        change.confirmed_at = now
        change.save(update_fields=["confirmed_by", "confirmed_at"])
    return mine


def _lock_contract(connection: Connection) -> Contract:
    contract = Contract.objects.select_for_update().filter(connection=connection).first()
    if contract is None:
        raise Conflict(_("No contract has been recorded."))
    return contract


@transaction.atomic
def contract_evidence_upload(*, actor: User, connection: Connection, upload: Any) -> Contract:
    """Either party (or staff) attaches the signed contract or its registration certificate as
    evidence for the centre's verification; a verified contract keeps its evidence."""
    require_side(actor, connection)
    name, _content_type = _checked_upload(upload)
    contract = _lock_contract(lock_connection(connection))
    if contract.verified_at is not None:
        raise Conflict(_("The contract is already verified."))
    contract.document = upload
    contract.document_name = name
    contract.save(update_fields=["document", "document_name"])
    return contract


def _require_verifier(actor: User, connection: Connection) -> None:
    if selectors.side_of(actor, connection) != "staff" or not is_staff(actor):
        raise PermissionDenied(_("Only the centre's staff verify contracts."))


@transaction.atomic
def contract_verify(*, actor: User, connection: Connection) -> Contract:
    """Staff verify a recorded contract against its evidence (registration number or
    document). Staff who are members of one of the parties may not verify it."""
    require_side(actor, connection, edit=False)
    _require_verifier(actor, connection)
    contract = _lock_contract(lock_connection(connection))
    if contract.verified_at is not None:
        raise Conflict(_("The contract is already verified."))
    if not contract.registration_number and not contract.document:
        raise Conflict(_("Verification needs the registration number or the contract document."))
    contract.verified_by = actor
    contract.verified_at = timezone.now()
    contract.save(update_fields=["verified_by", "verified_at"])
    _announce(connection, actor, _("The centre verified the contract."))
    return contract


@transaction.atomic
def contract_approve(*, actor: User, connection: Connection) -> Contract:
    """A second member of staff approves a verified contract of large value."""
    require_side(actor, connection, edit=False)
    _require_verifier(actor, connection)
    contract = _lock_contract(lock_connection(connection))
    if contract.verified_at is None:
        raise Conflict(_("The contract must be verified first."))
    if contract.approved_at is not None:
        raise Conflict(_("The contract is already approved."))
    if contract.verified_by_id == actor.pk:
        raise PermissionDenied(_("A second member of staff approves what one verified."))
    contract.approved_by = actor
    contract.approved_at = timezone.now()
    contract.save(update_fields=["approved_by", "approved_at"])
    return contract


def _announce(connection: Connection, actor: User, text: Any) -> None:
    for org_id in (connection.owner_org_id, connection.requester_org_id):
        announce(connection, to_org_id=org_id, kind="deals.connection", title=text, exclude=actor)
