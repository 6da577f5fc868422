"""Cancelling with a stated reason: a case (the client withdraws it, or staff cancel it) and
a procedure (staff), through the page and the API; bad input and strangers refused."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.desk import services
from techbridge.desk.models import CaseEvent, CaseStatus, EventKind, ProcedureStatus
from techbridge.desk.models_sla import Handoff
from techbridge.desk.services import procedures
from techbridge.notifications.models import Notification
from tests.conftest import login

pytestmark = pytest.mark.django_db
API = "/api/v1/desk"
REASON = "We found a licensee ourselves."


def _post(client: Client, url: str, payload: dict[str, Any]) -> Any:
    return client.post(url, json.dumps(payload), content_type="application/json")


def test_the_client_withdraws_an_open_case_on_its_page(
    reg_case: Any, member: Any, legal_staff: Any
) -> None:
    services.case_take(actor=legal_staff, case=reg_case)
    proc = procedures.procedure_start(
        actor=legal_staff, case=reg_case, kind="contract_registration", facts={}
    )
    services.handoff_create(actor=legal_staff, case=reg_case, kind="share",
                            to_department="scientific", note="Check the annex",
                            deadline_hours=8)  # fmt: skip
    client = login(member)
    url = reverse("desk:cancel", args=[reg_case.pk])
    blank = client.post(url, {"reason": "   "}, follow=True)
    assert "Give the reason." in blank.content.decode()
    reg_case.refresh_from_db()
    assert reg_case.status == CaseStatus.ACCEPTED and reg_case.cancelled_at is None

    page = client.post(url, {"reason": REASON}, follow=True).content.decode()
    reg_case.refresh_from_db()
    assert reg_case.status == CaseStatus.CLOSED and reg_case.cancel_reason == REASON
    assert reg_case.closed_at == reg_case.cancelled_at and reg_case.resolved_at is None
    assert 'data-testid="case-cancelled"' in page and REASON in page
    assert 'data-testid="cancel-form"' not in page
    proc.refresh_from_db()
    assert proc.status == ProcedureStatus.CANCELLED and proc.cancel_reason == REASON
    assert not Handoff.objects.filter(case=reg_case, done_at__isnull=True).exists()
    event = CaseEvent.objects.get(case=reg_case, kind=EventKind.CANCELLED)
    assert event.new == REASON and not event.internal
    told = Notification.objects.get(user=legal_staff, kind="desk.status", body=REASON)
    assert reg_case.number in told.title
    staff_page = login(legal_staff).get(reverse("desk:case", args=[reg_case.pk])).content
    assert REASON.encode() in staff_page and b"stopped" in staff_page
    with pytest.raises(Conflict):
        services.case_cancel(actor=legal_staff, case=reg_case, reason="again")


def test_an_open_case_is_closed_only_by_cancelling_it(case: Any, member: Any) -> None:
    assert services.allowed_moves(member, case) == ()
    with pytest.raises(Conflict):
        services.case_move(actor=member, case=case, to=CaseStatus.CLOSED)
    page = login(member).get(reverse("desk:case", args=[case.pk])).content.decode()
    assert "move-closed" not in page and 'data-testid="cancel-form"' in page


def test_cancelling_a_case_through_the_api(
    case: Any, member: Any, legal_staff: Any, outsider: Any
) -> None:
    url = f"{API}/cases/{case.pk}/cancel"
    assert _post(Client(), url, {"reason": REASON}).status_code == 401
    assert _post(login(outsider), url, {"reason": REASON}).status_code == 404
    bad = _post(login(legal_staff), url, {"reason": ""})
    assert bad.status_code == 422 and "reason" in bad.json()["fields"]
    long = _post(login(legal_staff), url, {"reason": "x" * 2001})
    assert long.status_code == 422
    done = _post(login(legal_staff), url, {"reason": "Duplicate of an earlier request."})
    assert done.status_code == 200, done.content
    assert done.json()["status"] == "closed"
    assert done.json()["cancel_reason"] == "Duplicate of an earlier request."
    assert _post(login(member), url, {"reason": REASON}).status_code == 409


def test_a_resolved_case_is_closed_not_cancelled(case: Any, member: Any, legal_staff: Any) -> None:
    services.case_move(actor=legal_staff, case=case, to=CaseStatus.RESOLVED)
    with pytest.raises(Conflict):
        services.case_cancel(actor=member, case=case, reason=REASON)
    with pytest.raises(ValidationFailed):
        services.case_cancel(actor=member, case=case, reason="")


def test_staff_cancel_a_procedure_and_the_case_goes_on(
    reg_case: Any, member: Any, legal_staff: Any, outsider: Any
) -> None:
    proc = procedures.procedure_start(
        actor=legal_staff, case=reg_case, kind="contract_registration", facts={}
    )
    base = f"{API}/cases/{reg_case.pk}/procedures/{proc.pk}/cancel"
    assert _post(login(member), base, {"reason": "no"}).status_code == 403
    assert _post(login(outsider), base, {"reason": "no"}).status_code == 404
    assert _post(login(legal_staff), base, {"reason": " "}).status_code == 422
    with pytest.raises(PermissionDenied):
        services.procedure_cancel(actor=member, procedure=proc, reason="no")
    page_url = reverse("desk:procedure_cancel", args=[reg_case.pk, proc.pk])
    login(legal_staff).post(page_url, {"reason": "The contract was terminated."})
    proc.refresh_from_db()
    assert proc.status == ProcedureStatus.CANCELLED
    assert proc.cancel_reason == "The contract was terminated."
    reg_case.refresh_from_db()
    assert reg_case.is_open
    shown = login(member).get(f"{API}/cases/{reg_case.pk}/procedures").json()[0]
    assert shown["status"] == "cancelled" and shown["cancel_reason"].startswith("The contract")
    assert {s["state"] for s in shown["steps"]} <= {"stopped", "skipped"}
    assert _post(login(legal_staff), base, {"reason": "again"}).status_code == 409
    again = procedures.procedure_start(
        actor=legal_staff, case=reg_case, kind="contract_registration", facts={}
    )
    assert again.is_open  # a new run may start once the old one is cancelled
