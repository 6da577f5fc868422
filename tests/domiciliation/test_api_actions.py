"""/api/v1/domiciliation beyond reading: staff prepare a contract, the firm uploads its KYC
documents (multipart) and serves notice, staff verify, terminate and record the move, scan an
item; the stored files through the API — the pages' forms, rules and permissions."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from techbridge.domiciliation.models import Contract, KycDocument, Plan
from techbridge.domiciliation.services import mail as mail_services

from .conftest import PDF, PNG, activate, credit_code, make_contract
from .test_views import client_for

API = "/api/v1/domiciliation"


def _json(client: Any, url: str, body: dict[str, Any]) -> Any:
    return client.post(url, body, content_type="application/json")


def test_staff_prepare_a_contract(staff: Any, member: Any, org: Any, plan: Plan) -> None:
    body = {"organisation": org.slug, "plan": plan.slug, "firm_name_zh": "示例（上海）有限公司",
            "legal_representative": "Hans Müller", "hosted_address": "Room 1203, 88 Keyuan Road",
            "credit_code": "913100000000000000"}  # fmt: skip
    assert _json(client_for(member), f"{API}/contracts", body).status_code == 404
    bad = _json(client_for(staff), f"{API}/contracts", body)
    assert bad.status_code == 422 and "check character" in bad.json()["fields"]["credit_code"][0]
    unknown = _json(client_for(staff), f"{API}/contracts", {**body, "organisation": "nope", "plan": "x"})  # fmt: skip
    assert {"organisation", "plan"} <= set(unknown.json()["fields"])
    assert not Contract.objects.exists()
    made = _json(client_for(staff), f"{API}/contracts", {**body, "credit_code": credit_code()})
    assert made.status_code == 201, made.content
    out = made.json()
    assert out["status"] == "draft" and out["organisation"] == org.slug
    assert out["starts_on"] == timezone.localdate().isoformat() and out["monthly_fee"] == "800.00"
    again = _json(
        client_for(staff),
        f"{API}/contracts",
        {**body, "hosted_address": "Room 9", "credit_code": ""},
    )
    assert again.status_code == 422 and "live hosting contract" in again.json()["fields"]["organisation"][0]  # fmt: skip
    assert Contract.objects.count() == 1


def _upload(client: Any, contract: Contract, kind: str, **extra: Any) -> Any:
    name, content, ctype = extra.pop("file", ("d.pdf", PDF, "application/pdf"))
    data = {"kind": kind, "file": SimpleUploadedFile(name, content, ctype), **extra}
    return client.post(f"{API}/contracts/{contract.pk}/documents", data)


def test_kyc_through_the_api_activates_the_contract(
    contract: Contract, staff: Any, member: Any, outsider: Any
) -> None:
    own = client_for(member)
    assert own.post(f"{API}/contracts/{contract.pk}/sign").status_code == 200
    assert _upload(client_for(outsider), contract, "business_licence").status_code == 404
    expired = (timezone.localdate() - timedelta(days=1)).isoformat()
    old = _upload(own, contract, "legal_rep_id", expires_on=expired)
    assert old.status_code == 422 and "expired" in old.json()["fields"]["expires_on"][0]
    exe = _upload(own, contract, "legal_rep_id", file=("x.pdf", b"MZ\x90\x00", "application/pdf"))
    assert exe.status_code == 422 and "file" in exe.json()["fields"]
    other_kind = _upload(own, contract, "beneficial_owners")
    assert other_kind.status_code == 422 and "kind" in other_kind.json()["fields"]
    assert not KycDocument.objects.exists()
    for kind in contract.plan.required_kinds():
        done = _upload(own, contract, kind, file=("l.png", PNG, "image/png"))
        assert done.status_code == 201, done.content
    detail = own.get(f"{API}/contracts/{contract.pk}").json()
    assert {c["state"] for c in detail["checks"]} == {"pending"}
    for check in detail["checks"]:
        url = f"{API}/documents/{check['document']}/verify"
        assert _json(own, url, {"result": "verified"}).status_code == 404
        assert _json(client_for(staff), url, {"result": "verified"}).status_code == 200
    assert own.get(f"{API}/contracts/{contract.pk}").json()["status"] == "active"
    document = detail["checks"][0]["document"]
    got = own.get(f"{API}/documents/{document}/file")
    assert got.status_code == 200 and b"".join(got.streaming_content) == PNG
    assert client_for(outsider).get(f"{API}/documents/{document}/file").status_code == 404


def test_contract_actions(staff: Any, member: Any, org: Any, outsider: Any) -> None:
    today = timezone.localdate()
    current = make_contract(
        staff, org, starts_on=today - timedelta(days=30), ends_on=today + timedelta(days=335)
    )
    activate(staff, member, current, today=today)
    url = f"{API}/contracts/{current.pk}/actions"
    served = today.isoformat()
    assert _json(client_for(outsider), f"{url}/notice", {"served_on": served}).status_code == 404
    assert _json(client_for(member), f"{url}/nope", {}).status_code == 404
    assert _json(client_for(member), f"{url}/notice", {}).status_code == 422
    noticed = _json(client_for(member), f"{url}/notice", {"served_on": served})
    assert noticed.status_code == 200, noticed.content
    assert noticed.json()["notice_served_on"] == served and noticed.json()["stage"] == "notice_served"  # fmt: skip
    assert _json(client_for(member), f"{url}/terminate", {"reason": "firm_request"}).status_code == 403  # fmt: skip
    no_reason = _json(client_for(staff), f"{url}/terminate", {"reason": ""})
    assert no_reason.status_code == 422 and "reason" in no_reason.json()["fields"]
    ended = _json(client_for(staff), f"{url}/terminate", {"reason": "firm_request", "note": "Moving to Suzhou"})  # fmt: skip
    assert ended.status_code == 200 and ended.json()["status"] == "terminated"
    moved = _json(client_for(staff), f"{url}/moved", {"moved_on": served, "new_address": "Suzhou"})
    assert moved.status_code == 200 and moved.json()["address_moved_on"] == served


def test_scans_and_files_through_the_api(
    active: Contract, staff: Any, member: Any, outsider: Any
) -> None:
    item = mail_services.mail_log(
        actor=staff, contract=active, data={"addressee": "X", "kind": "official", "sender": "Court"}
    )
    scan_url = f"{API}/mail/{item.pk}/scan"
    assert client_for(member).post(scan_url, {"scan": SimpleUploadedFile("s.pdf", PDF)}).status_code == 403  # fmt: skip
    early = client_for(staff).post(scan_url, {"scan": SimpleUploadedFile("s.pdf", PDF)})
    assert early.status_code == 409  # the firm has not asked for a scan
    _json(client_for(member), f"{API}/mail/{item.pk}/action", {"action": "scan"})
    bad = client_for(staff).post(scan_url, {"scan": SimpleUploadedFile("s.pdf", b"not a pdf")})
    assert bad.status_code == 422 and "scan" in bad.json()["fields"]
    done = client_for(staff).post(scan_url, {"scan": SimpleUploadedFile("s.pdf", PDF)})
    assert done.status_code == 200 and done.json()["status"] == "done" and done.json()["has_scan"]
    files = f"{API}/mail/{item.pk}/files"
    got = client_for(member).get(f"{files}/scan")
    assert got.status_code == 200 and b"".join(got.streaming_content) == PDF
    assert client_for(outsider).get(f"{files}/scan").status_code == 404
    assert client_for(member).get(f"{files}/envelope").status_code == 404  # none was taken
    assert client_for(member).get(f"{files}/other").status_code == 404
    assert client_for(staff).post(f"{API}/mail/{item.pk}/complete").status_code == 409
