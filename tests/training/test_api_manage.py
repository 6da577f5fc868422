"""/api/v1/training for organisers: courses and sessions written through the API (the pages'
forms validate them), certificates fetched and revoked — staff only, members refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from techbridge.training import services
from techbridge.training.models import Certificate, Course, CourseSession
from tests.training.conftest import SHANGHAI, enrol, make_course

BASE = "/api/v1/training"


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Any:
    cache.clear()
    yield
    cache.clear()


def _send(client: Client, method: str, url: str, data: dict[str, Any]) -> Any:
    return getattr(client, method)(url, json.dumps(data), content_type="application/json")


@pytest.fixture
def certified(course: Course, member: Any, org: Any, staff: Any) -> Certificate:
    e = enrol(member, course, org)
    for s in course.sessions.order_by("starts_at")[:4]:
        services.attendance_set(actor=staff, session=s, enrolment=e, status="present")
    return Certificate.objects.get(enrolment=e)


def test_staff_create_a_course_the_form_checks(
    db: Any, client: Client, client_member: Client, client_staff: Client
) -> None:
    body = {"slug": "ip-basics", "title_en": "IP basics", "title_zh": "知识产权基础",
            "visibility": "public", "cpd_hours": "6", "capacity": 20,
            "enrolment_closes_at": "2030-05-01T02:00:00Z"}  # fmt: skip
    assert _send(client, "post", BASE, body).status_code == 401
    assert _send(client_member, "post", BASE, body).status_code == 403
    bad = _send(client_staff, "post", BASE, {**body, "slug": "cpd", "time_zone": "Mars/Base"})
    assert bad.status_code == 422 and {"slug", "time_zone"} <= set(bad.json()["fields"])
    no_rule = _send(client_staff, "post", BASE, {"slug": "x", "title_en": "X"})
    assert {"visibility", "cpd_hours"} <= set(no_rule.json()["fields"])
    assert not Course.objects.exists()
    made = _send(client_staff, "post", BASE, body)
    assert made.status_code == 201, made.content
    out = made.json()
    assert out["slug"] == "ip-basics" and out["min_attendance_percent"] == 80
    assert out["time_zone"] == "Asia/Shanghai" and out["sessions"] == []
    course = Course.objects.get()
    assert course.enrolment_closes_at == datetime(2030, 5, 1, 2, tzinfo=UTC)
    assert _send(client_staff, "post", BASE, body).status_code == 409


def test_staff_change_a_course_and_the_waiting_list_moves_up(
    member: Any, org: Any, client_member: Client, client_staff: Client
) -> None:
    course = make_course(capacity=1)
    enrol(member, course, org, "A")
    waiting = enrol(member, course, org, "B")
    url = f"{BASE}/{course.slug}"
    assert _send(client_member, "put", url, {"capacity": 2}).status_code == 403
    assert _send(client_staff, "put", f"{BASE}/nope", {"capacity": 2}).status_code == 404
    lower = _send(client_staff, "put", url, {"capacity": 0})
    assert lower.status_code == 422 and "capacity" in lower.json()["fields"]
    changed = _send(client_staff, "put", url, {"capacity": 2, "slug": "renamed"})
    assert changed.status_code == 200, changed.content
    assert changed.json()["slug"] == course.slug and changed.json()["title_zh"] == "技术许可实务"
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    unlimited = _send(client_staff, "put", url, {"capacity": None})
    assert unlimited.json()["capacity"] is None


def test_sessions_through_the_api(
    course: Course, member: Any, org: Any, staff: Any, client_member: Client, client_staff: Client
) -> None:
    url = f"{BASE}/{course.slug}/sessions"
    body = {"starts_at": "2030-08-05T06:00:00Z", "ends_at": "2030-08-05T09:00:00Z",
            "room": "Room 302", "trainer": "Dr. Wu", "title_en": "Extra"}  # fmt: skip
    assert _send(client_member, "post", url, body).status_code == 403
    across = _send(client_staff, "post", url, {**body, "ends_at": "2030-08-05T17:00:00Z"})
    assert across.status_code == 422 and "ends_at" in across.json()["fields"]
    nowhere = _send(client_staff, "post", url, {**body, "room": ""})
    assert nowhere.status_code == 422 and "room" in nowhere.json()["fields"]
    backwards = _send(client_staff, "post", url, {**body, "ends_at": "2030-08-05T05:00:00Z"})
    assert backwards.status_code == 422 and "ends_at" in backwards.json()["fields"]
    assert _send(client_staff, "post", url, {"room": "R", "trainer": "T"}).status_code == 422
    assert course.sessions.count() == 5
    added = _send(client_staff, "post", url, body)
    assert added.status_code == 201, added.content
    session = CourseSession.objects.get(pk=added.json()["id"])
    assert session.starts_at.astimezone(SHANGHAI).hour == 14  # 06:00 UTC, shown in Shanghai
    moved = _send(client_staff, "put", f"{url}/{session.pk}", {"trainer": "Prof. Li"})
    assert moved.status_code == 200 and moved.json()["trainer"] == "Prof. Li"
    assert moved.json()["room"] == "Room 302"
    other = make_course(slug="other")
    foreign = other.sessions.first()
    assert _send(client_staff, "put", f"{url}/{foreign.pk}", {"trainer": "X"}).status_code == 404
    assert client_member.delete(f"{url}/{session.pk}").status_code == 403
    assert client_staff.delete(f"{url}/{session.pk}").status_code == 204
    marked = course.sessions.order_by("starts_at").first()
    services.attendance_set(
        actor=staff, session=marked, enrolment=enrol(member, course, org), status="present"
    )
    kept = client_staff.delete(f"{url}/{marked.pk}")
    assert kept.status_code == 409 and CourseSession.objects.filter(pk=marked.pk).exists()


def test_certificate_pdf_and_revocation_through_the_api(
    certified: Certificate, client: Client, client_member: Client, client_outsider: Client,
    client_staff: Client,
) -> None:  # fmt: skip
    e = certified.enrolment
    pdf_url = f"{BASE}/enrolments/{e.pk}/certificate.pdf"
    own = client_member.get(pdf_url)
    assert own.status_code == 200 and own.content.startswith(b"%PDF")
    assert own["Content-Type"] == "application/pdf"
    assert client_outsider.get(pdf_url).status_code == 404
    assert client.get(pdf_url).status_code in (401, 404)
    revoke = f"{BASE}/enrolments/{e.pk}/certificate/revoke"
    assert _send(client_member, "post", revoke, {"reason": "mine"}).status_code == 403
    assert _send(client_outsider, "post", revoke, {"reason": "x"}).status_code == 403
    empty = _send(client_staff, "post", revoke, {"reason": "  "})
    assert empty.status_code == 422 and "reason" in empty.json()["fields"]
    done = _send(client_staff, "post", revoke, {"reason": "Attendance was entered by mistake"})
    assert done.status_code == 200 and done.json()["status"] == "revoked"
    assert _send(client_staff, "post", revoke, {"reason": "again"}).status_code == 409
    public = client.get(f"{BASE}/certificates/verify/{certified.code}").json()
    assert public["status"] == "revoked" and "mistake" not in json.dumps(public)
    assert client_member.get(pdf_url).status_code == 404
    none = enrol(e.user, make_course(slug="later"), e.organisation)
    missing = f"{BASE}/enrolments/{none.pk}/certificate/revoke"
    assert _send(client_staff, "post", missing, {"reason": "x"}).status_code == 404
