"""The procedures' step actions through their two doors (the case page and the API), which
share one shape: the procedure as the actor may read it, one service, the outcome."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from techbridge.deals.models import Contract
from techbridge.desk.models import ProcedureStatus
from tests.conftest import login
from tests.desk.test_procedures import pdf

pytestmark = pytest.mark.django_db
API = "/api/v1/desk"


def _post(client: Client, url: str, payload: dict[str, Any]) -> Any:
    return client.post(url, json.dumps(payload), content_type="application/json")


def test_a_registration_through_the_api(
    reg_case: Any, legal_staff: Any, member: Any, contracted: Any
) -> None:
    staff = login(legal_staff)
    base = f"{API}/cases/{reg_case.pk}/procedures"
    started = _post(
        staff, base, {"kind": "contract_registration", "facts": {"contract_language": "zh"}}
    )
    assert started.status_code == 201, started.content
    pid = started.json()["id"]
    early = _post(staff, f"{base}/{pid}/steps/documents/done", {})
    assert early.status_code == 422 and "documents" in early.json()["fields"]
    client = login(member)
    for doc in started.json()["documents"]:
        if doc["required"]:
            sent = client.post(f"{base}/{pid}/documents/{doc['key']}", {"file": pdf()})
            assert sent.status_code == 200, sent.content
    assert client.post(f"{base}/{pid}/documents/nope", {"file": pdf()}).status_code == 404
    for key in ("documents", "legal_review", "submission"):
        done = _post(staff, f"{base}/{pid}/steps/{key}/done", {"note": "ok"})
        assert done.status_code == 200, done.content
    assert (
        _post(client, f"{base}/{pid}/registration", {"number": "2026310101000999"}).status_code
        == 403
    )
    assert _post(staff, f"{base}/{pid}/registration", {"number": "12"}).status_code == 422
    recorded = _post(staff, f"{base}/{pid}/registration", {"number": "2026310101000999"})
    assert recorded.json()["registration_number"] == "2026310101000999"
    assert Contract.objects.get(pk=contracted.contract.pk).registration_number.endswith("999")
    assert _post(staff, f"{base}/{pid}/classification", {"export_class": "free"}).status_code in (
        409,
        422,
    )
    assert _post(staff, f"{base}/9999/steps/documents/done", {}).status_code == 404


def test_the_page_doors_and_strangers(
    reg_case: Any, legal_staff: Any, member: Any, outsider: Any
) -> None:
    staff = login(legal_staff)
    staff.post(
        reverse("desk:procedure_start", args=[reg_case.pk]), {"kind": "contract_registration"}
    )
    proc = reg_case.procedures.get()
    step_url = reverse("desk:procedure_step", args=[reg_case.pk, proc.pk, "documents"])
    refused = staff.post(step_url, {"note": "x"}, follow=True)
    assert "Still missing" in refused.content.decode()
    doc_url = reverse("desk:procedure_document", args=[reg_case.pk, proc.pk, "annex"])
    stranger = login(outsider)
    assert stranger.post(doc_url, {"file": pdf()}).status_code == 404
    assert stranger.post(step_url, {}).status_code == 404
    assert login(member).post(doc_url, {"file": pdf()}).status_code == 302
    assert proc.documents.get(key="annex").received_at is not None
    member_step = login(member).post(step_url, {}, follow=True)
    assert "permission" in member_step.content.decode()
    proc.refresh_from_db()
    assert proc.status == ProcedureStatus.OPEN
    assert not proc.steps.filter(done_at__isnull=False).exists()
