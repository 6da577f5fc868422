"""Shared by the deal services: the row lock and who acts for which side."""

from __future__ import annotations

from django.utils import timezone

from techbridge.accounts.models import User
from techbridge.core.errors import (
    NotFound,
    PermissionDenied,
)
from techbridge.deals import selectors
from techbridge.deals.choices import Status
from techbridge.deals.models import Connection, NdaStep, StageChange
from techbridge.profiles.models import DisclosureLevel
from techbridge.profiles.services import disclosure_grant


def lock_connection(connection: Connection) -> Connection:
    return Connection.objects.select_for_update().get(pk=connection.pk)


def disclose(connection: Connection, *, nda: NdaStep | None = None) -> None:
    """Tell the profiles app what the requester may now see of the profile (the caller holds
    the connection's row lock): its owner once accepted, its dossier once the NDA step is
    complete (an NDA document shared again closes the dossier until both confirm again)."""
    if connection.status != Status.ACCEPTED:
        return
    complete = nda is not None and nda.complete
    disclosure_grant(
        profile_id=connection.profile_id,
        organisation_id=connection.requester_org_id,
        level=DisclosureLevel.DOSSIER if complete else DisclosureLevel.OWNER,
    )


def require_side(actor: User, connection: Connection, *, edit: bool = True) -> str:
    side = selectors.side_of(actor, connection)
    if side is None:
        raise NotFound()
    if edit and not selectors.can_edit_side(actor, connection, side):
        raise PermissionDenied()
    return side


def record_stage(connection: Connection, to_stage: str, actor: User, note: str = "") -> None:
    """Write the history row and move the stage. A change recorded by the centre's broker is
    confirmed at once; one recorded by a party waits for the other party's confirmation."""
    side = selectors.side_of(actor, connection) or ""
    broker = side == "staff"
    StageChange.objects.create(
        connection=connection,
        from_stage=connection.stage,
        to_stage=to_stage,
        actor=actor,
        note=note[:2000],
        side=side,
        confirmed_by=actor if broker else None,
        confirmed_at=timezone.now() if broker else None,
    )
    connection.stage = to_stage
