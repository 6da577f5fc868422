"""/api/v1/domiciliation with the pages' permissions; bad input answers clearly."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from django.test import Client
from django.utils import timezone

from techbridge.domiciliation.models import Contract, Room
from techbridge.domiciliation.selectors.rooms import centre_tz

from .test_views import client_for

API = "/api/v1/domiciliation"


def test_contract_sign_and_checks(contract: Contract, member: Any, outsider: Any) -> None:
    client = client_for(member)
    detail = client.get(f"{API}/contracts/{contract.pk}").json()
    assert detail["stage"] == "draft" and {c["state"] for c in detail["checks"]} == {"missing"}
    assert client_for(outsider).post(f"{API}/contracts/{contract.pk}/sign").status_code == 404
    signed = client.post(f"{API}/contracts/{contract.pk}/sign")
    assert signed.status_code == 200 and signed.json()["status"] == "awaiting_documents"
    again = client.post(f"{API}/contracts/{contract.pk}/sign")
    assert again.status_code == 409 and "draft" in again.json()["message"]


def test_mail_through_the_api(active: Contract, staff: Any, member: Any) -> None:
    logged = client_for(staff).post(
        f"{API}/mail",
        {"contract": active.pk, "addressee": "X", "kind": "official", "sender": "Court"},
        content_type="application/json",
    )
    assert logged.status_code == 201 and logged.json()["urgent"] is True
    item = logged.json()["id"]
    bad = client_for(staff).post(
        f"{API}/mail", {"addressee": "X", "kind": "pigeon", "sender": "Y"},
        content_type="application/json",
    )  # fmt: skip
    assert bad.status_code == 422 and "kind" in bad.json()["fields"]
    assert client_for(member).post(
        f"{API}/mail", {"addressee": "X", "kind": "letter", "sender": "Y"},
        content_type="application/json",
    ).status_code == 404  # fmt: skip
    chosen = client_for(member).post(
        f"{API}/mail/{item}/action", {"action": "scan"}, content_type="application/json"
    )
    assert chosen.json()["status"] == "action_requested"
    wrong = client_for(member).post(
        f"{API}/mail/{item}/action", {"action": "burn"}, content_type="application/json"
    )
    assert wrong.status_code == 422


def test_bookings_through_the_api(active: Contract, room: Room, member: Any, outsider: Any) -> None:
    client = client_for(member)
    day = timezone.localdate() + timedelta(days=3)
    start = datetime.combine(day, time(10), tzinfo=centre_tz())
    body = {"room": room.pk, "starts_at": start.isoformat(),
            "ends_at": (start + timedelta(hours=1)).isoformat(), "attendees": 3}  # fmt: skip
    first = client.post(f"{API}/bookings", body, content_type="application/json")
    assert first.status_code == 201, first.json()
    clash = client.post(f"{API}/bookings", body, content_type="application/json")
    assert clash.status_code == 409 and "already booked" in clash.json()["message"]
    assert client_for(outsider).get(f"{API}/rooms").status_code == 403
    assert client_for(outsider).get(f"{API}/bookings").json() == []
    assert len(client.get(f"{API}/bookings").json()) == 1
    assert (
        Client().post(f"{API}/bookings", body, content_type="application/json").status_code == 401
    )


def test_register_for_staff_only(active: Contract, staff: Any, member: Any) -> None:
    rows = client_for(staff).get(f"{API}/register").json()
    assert rows[0]["firm_name_zh"] == "上海示例科技有限公司" and rows[0]["flagged"] is False
    assert client_for(member).get(f"{API}/register").status_code == 404
