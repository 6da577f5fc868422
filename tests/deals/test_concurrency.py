"""Two people acting on the same connection at the same moment (PostgreSQL: real row locks)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection as db_connection

from techbridge.core.errors import Conflict
from techbridge.deals import services
from techbridge.deals.choices import Stage, Status
from techbridge.deals.models import Connection, StageChange
from tests.concurrency import race
from tests.factories import MembershipFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(db_connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


def test_two_owners_accept_at_once(eoi: Connection, owner: Any, cn_org: Any) -> None:
    colleague = MembershipFactory(organisation=cn_org, role="editor").user
    results = race(
        lambda: services.connection_accept(actor=owner, connection=eoi),
        lambda: services.connection_accept(actor=colleague, connection=eoi),
    )
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "Connection"]
    eoi.refresh_from_db()
    assert eoi.status == Status.ACCEPTED
    assert StageChange.objects.filter(connection=eoi).count() == 1


def test_accept_and_decline_at_once(eoi: Connection, owner: Any, cn_org: Any) -> None:
    colleague = MembershipFactory(organisation=cn_org, role="editor").user
    results = race(
        lambda: services.connection_accept(actor=owner, connection=eoi),
        lambda: services.connection_decline(actor=colleague, connection=eoi, reason="terms"),
    )
    assert sum(isinstance(r, Conflict) for r in results) == 1
    eoi.refresh_from_db()
    accepted = eoi.status == Status.ACCEPTED
    assert StageChange.objects.filter(connection=eoi).count() == int(accepted)


def test_both_sides_advance_at_once(accepted: Connection, owner: Any, requester: Any) -> None:
    results = race(
        lambda: services.connection_advance(
            actor=owner, connection=accepted, stage=Stage.MEETING_HELD
        ),
        lambda: services.connection_advance(
            actor=requester, connection=accepted, stage=Stage.MEETING_HELD
        ),
    )
    assert sum(isinstance(r, Conflict) for r in results) == 1
    stages = list(
        StageChange.objects.filter(connection=accepted).values_list("to_stage", flat=True)
    )
    assert stages == [Stage.CONTACT_ACCEPTED, Stage.MEETING_HELD]
