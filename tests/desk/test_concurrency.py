"""Two staff members taking or moving the same case at once: one wins, the other gets a clear
message (PostgreSQL row locks)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from techbridge.core.errors import Conflict
from techbridge.desk import services
from techbridge.desk.models import CaseEvent, CaseStatus, Handoff
from tests.concurrency import race
from tests.factories import StaffFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True),
]


def test_two_staff_take_the_same_case(case: Any) -> None:
    a, b = StaffFactory(department="legal"), StaffFactory(department="legal")
    results = race(
        lambda: services.case_take(actor=a, case=case),
        lambda: services.case_take(actor=b, case=case),
    )
    refused = [r for r in results if isinstance(r, Conflict)]
    assert len(refused) == 1, results
    assert "already taken" in str(refused[0].message)
    case.refresh_from_db()
    assert case.status == CaseStatus.ACCEPTED and case.assignee in (a, b)
    assert CaseEvent.objects.filter(case=case, kind="status").count() == 1


def test_resolve_and_close_at_once_keep_one_story(case: Any, legal_staff: Any) -> None:
    services.case_move(actor=legal_staff, case=case, to=CaseStatus.IN_PROGRESS)
    other = StaffFactory(department="legal")
    results = race(
        lambda: services.case_move(actor=legal_staff, case=case, to=CaseStatus.RESOLVED),
        lambda: services.case_move(actor=other, case=case, to=CaseStatus.RESOLVED),
    )
    assert sum(isinstance(r, Conflict) for r in results) == 1, results
    assert CaseEvent.objects.filter(case=case, new=CaseStatus.RESOLVED).count() == 1


def test_two_staff_transfer_the_same_case_at_once(case: Any) -> None:
    a, b = StaffFactory(department="legal"), StaffFactory(department="legal")

    def transfer(actor: Any, to: str) -> Any:
        return services.handoff_create(
            actor=actor, case=case, kind="transfer", to_department=to, note="yours",
            deadline_hours=8, seen_department="legal",
        )  # fmt: skip

    results = race(lambda: transfer(a, "international"), lambda: transfer(b, "scientific"))
    refused = [r for r in results if isinstance(r, Conflict)]
    assert len(refused) == 1, results
    assert "just moved" in str(refused[0].message)
    case.refresh_from_db()
    assert Handoff.objects.filter(case=case).count() == 1
    assert case.department == Handoff.objects.get(case=case).to_department


def test_resolving_and_cancelling_at_once_keep_one_story(case: Any, member: Any) -> None:
    """Staff resolve while the client withdraws the request: one of them wins, the other is
    told the case is no longer open."""
    staff = StaffFactory(department="legal")
    results = race(
        lambda: services.case_move(actor=staff, case=case, to=CaseStatus.RESOLVED),
        lambda: services.case_cancel(actor=member, case=case, reason="Not needed any more."),
    )
    assert sum(isinstance(r, Conflict) for r in results) == 1, results
    case.refresh_from_db()
    assert (case.status, bool(case.cancelled_at)) in (
        (CaseStatus.RESOLVED, False),
        (CaseStatus.CLOSED, True),
    )
    assert CaseEvent.objects.filter(case=case, kind__in=("status", "cancelled")).count() == 1
