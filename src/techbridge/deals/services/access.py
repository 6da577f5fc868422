"""Shared by the deal services: the row lock and who acts for which side."""

from __future__ import annotations

from techbridge.accounts.models import User
from techbridge.core.errors import (
    NotFound,
    PermissionDenied,
)
from techbridge.deals import selectors
from techbridge.deals.models import (
    Connection,
    StageChange,
)


def lock_connection(connection: Connection) -> Connection:
    return Connection.objects.select_for_update().get(pk=connection.pk)


def require_side(actor: User, connection: Connection, *, edit: bool = True) -> str:
    side = selectors.side_of(actor, connection)
    if side is None:
        raise NotFound()
    if edit and not selectors.can_edit_side(actor, connection, side):
        raise PermissionDenied()
    return side


def record_stage(connection: Connection, to_stage: str, actor: User, note: str = "") -> None:
    StageChange.objects.create(
        connection=connection,
        from_stage=connection.stage,
        to_stage=to_stage,
        actor=actor,
        note=note[:2000],
    )
    connection.stage = to_stage
