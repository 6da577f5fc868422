"""/api/v1/training: the pages' permissions through the API's doors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from techbridge.accounts.services import api_token_create
from techbridge.training import codes, services
from techbridge.training.models import Certificate, Course, Enrolment
from tests.training.conftest import enrol, make_course

BASE = "/api/v1/training"


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Any:
    cache.clear()
    yield
    cache.clear()


def _send(client: Client, method: str, url: str, data: dict[str, Any], **extra: Any) -> Any:
    call = getattr(client, method)
    return call(url, json.dumps(data), content_type="application/json", **extra)


@pytest.fixture
def open_course(db: Any) -> Course:
    """A course whose sessions are in the future (enrolment through the API is open)."""
    return make_course(fee_amount=900, fee_currency="CNY")


def test_courses_follow_visibility(
    open_course: Course, client: Client, client_staff: Client
) -> None:
    make_course(slug="draft", visibility="hidden")
    assert [c["slug"] for c in client.get(BASE).json()] == [open_course.slug]
    assert len(client_staff.get(BASE).json()) == 2
    detail = client.get(f"{BASE}/{open_course.slug}").json()
    assert len(detail["sessions"]) == 5 and detail["title_zh"] == "技术许可实务"
    assert client.get(f"{BASE}/draft").status_code == 404


def test_enrol_validate_and_list(
    open_course: Course, member: Any, client_member: Client, client_outsider: Client, client: Client
) -> None:
    url = f"{BASE}/{open_course.slug}/enrolments"
    assert _send(client, "post", url, {"user": member.pk}).status_code == 401
    bad = _send(
        client_member, "post", url,
        {"user": member.pk, "invoice_kind": "cn_special", "invoice_company": "X",
         "invoice_tax_number": "123"},
    )  # fmt: skip
    assert bad.status_code == 422
    assert {"invoice_tax_number", "invoice_address", "invoice_bank"} <= set(bad.json()["fields"])
    ok = _send(client_member, "post", url, {"user": member.pk, "invoice_kind": "none"})
    assert ok.status_code == 201 and ok.json()["status"] == "confirmed"
    again = _send(client_member, "post", url, {"user": member.pk, "invoice_kind": "none"})
    assert again.status_code == 409
    assert [e["name"] for e in client_member.get(url).json()] == [member.full_name]
    assert client_outsider.get(url).json() == []
    eid = ok.json()["id"]
    assert client_outsider.get(f"{BASE}/enrolments/{eid}").status_code == 404
    assert client.get(f"{BASE}/enrolments/{eid}").status_code == 404
    assert client_outsider.post(f"{BASE}/enrolments/{eid}/cancel").status_code == 404
    assert _send(client_member, "post", url, {"organisation": "nope"}).status_code == 404


def test_staff_doors(
    course: Course, member: Any, org: Any, staff: Any, client_member: Client, client_staff: Client
) -> None:
    e = enrol(member, course, org)
    session = course.sessions.order_by("starts_at").first()
    sheet = f"{BASE}/{course.slug}/sessions/{session.pk}/attendance"
    assert client_member.get(sheet).status_code == 403
    assert _send(client_member, "put", sheet, {"marks": []}).status_code == 403
    assert (
        _send(client_member, "post", f"{BASE}/checkin", {"code": e.checkin_code}).status_code == 403
    )
    assert client_member.post(f"{BASE}/enrolments/{e.pk}/approve").status_code == 403
    pay = f"{BASE}/enrolments/{e.pk}/payment"
    assert _send(client_member, "post", pay, {"fee_status": "paid"}).status_code == 403
    assert _send(client_staff, "post", pay, {"fee_status": "paid"}).status_code == 422
    bad = _send(client_staff, "put", sheet, {"marks": [{"enrolment": e.pk, "status": "asleep"}]})
    assert bad.status_code == 422 and f"marks.{e.pk}" in bad.json()["fields"]
    saved = _send(client_staff, "put", sheet, {"marks": [{"enrolment": e.pk, "status": "late"}]})
    assert saved.status_code == 200 and saved.json()[0]["status"] == "late"
    checkin = _send(
        client_staff, "post", f"{BASE}/checkin",
        {"code": e.checkin_code, "session": course.sessions.order_by("starts_at")[1].pk},
    )  # fmt: skip
    assert checkin.status_code == 200 and checkin.json()["status"] in ("present", "late")
    assert _send(client_staff, "post", f"{BASE}/checkin", {"code": "guess"}).status_code == 404
    detail = client_member.get(f"{BASE}/enrolments/{e.pk}").json()
    assert detail["progress"]["attended"] == 2 and detail["certificate"] is None


def test_certificate_verify_and_ledger(
    course: Course, member: Any, org: Any, staff: Any, client: Client, client_member: Client,
    client_outsider: Client,
) -> None:  # fmt: skip
    e = enrol(member, course, org)
    for s in course.sessions.order_by("starts_at")[:4]:
        services.attendance_set(actor=staff, session=s, enrolment=e, status="present")
    cert = Certificate.objects.get(enrolment=e)
    public = client.get(f"{BASE}/certificates/verify/{cert.code}").json()
    assert public["holder_name"] == member.full_name and "email" not in public
    assert set(public) == {
        "code", "status", "holder_name", "course_title_en", "course_title_zh", "hours",
        "sessions_attended", "sessions_total", "first_session_on", "last_session_on",
        "completed_on", "revoked_at",
    }  # fmt: skip
    assert client.get(f"{BASE}/certificates/verify/{codes.new_code()}").status_code == 404
    ledger = client_member.get(f"{BASE}/cpd").json()
    assert ledger[0]["year"] == 2030 and ledger[0]["hours"] == "15.0"
    assert client_outsider.get(f"{BASE}/cpd").json() == []
    assert client_outsider.get(f"{BASE}/cpd?organisation={org.slug}").status_code == 404
    assert client.get(f"{BASE}/cpd").status_code == 403
    for year in ("0", "-1", "99999", "2200"):  # a clear 422, never a date out of range (500)
        assert client_member.get(f"{BASE}/cpd?year={year}").status_code == 422, year
    assert client_member.get(f"{BASE}/cpd?year=1900").status_code == 200
    for _ in range(10):
        client.get(f"{BASE}/certificates/verify/{codes.new_code()}")
    assert client.get(f"{BASE}/certificates/verify/{cert.code}").status_code == 429


def test_token_client_acts_like_its_user(open_course: Course, member: Any) -> None:
    raw = api_token_create(actor=member, name="script")[1]
    token = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    ok = _send(token, "post", f"{BASE}/{open_course.slug}/enrolments",
               {"name": "Li Lei", "email": "li@example.org", "invoice_kind": "none"})  # fmt: skip
    assert ok.status_code == 201, ok.content
    assert Enrolment.objects.get().enrolled_by == member
    assert token.post(f"{BASE}/enrolments/{ok.json()['id']}/cancel").json()["status"] == "cancelled"
