from __future__ import annotations

import json
from typing import Any

from django.test import Client

from tests.conftest import login


def _post(client: Client, url: str, data: dict[str, Any]) -> Any:
    return client.post(url, json.dumps(data), content_type="application/json")


def test_event_list_and_detail(event: Any, client: Client) -> None:
    assert [e["slug"] for e in client.get("/api/v1/events").json()] == [event.slug]
    detail = client.get(f"/api/v1/events/{event.slug}").json()
    assert detail["time_zone"] == "Asia/Shanghai" and detail["programme"] == []
    assert client.get("/api/v1/events/nope").status_code == 404


def test_register_with_bad_availability(event: Any, client_member: Client) -> None:
    url = f"/api/v1/events/{event.slug}/registrations"
    bad = _post(client_member, url, {"name": "Anna", "availability": "soon"})
    assert bad.status_code == 422 and "availability" in bad.json()["fields"]
    ok = _post(client_member, url, {"name": "Anna", "availability": "2030-06-10 09:00-12:00"})
    assert ok.status_code == 201 and ok.json()["status"] == "confirmed"
    assert [p["name"] for p in client_member.get(url).json()] == ["Anna"]


def test_requests_flow_and_agenda(
    people: dict[str, Any],
    member: Any,
    cn_member: Any,
    event: Any,
    django_assert_max_num_queries: Any,
) -> None:
    de, cn = login(member), login(cn_member)
    with django_assert_max_num_queries(15):
        page = de.get(f"/api/v1/events/{event.slug}/participants?country=CN").json()
    assert [i["name"] for i in page["items"]] == ["Wang Wei"]
    base = f"/api/v1/events/{event.slug}/requests"
    r = _post(de, base, {"requester": people["de"].id, "recipient": people["cn"].id})
    assert r.status_code == 201
    rid = r.json()["id"]
    assert de.post(f"{base}/{rid}/accept").status_code == 403
    assert cn.post(f"{base}/{rid}/accept").json()["status"] == "accepted"
    again = _post(de, base, {"requester": people["de"].id, "recipient": people["cn"].id})
    assert again.status_code == 409
    agenda = de.get(f"/api/v1/events/{event.slug}/agenda/{people['de'].id}").json()
    assert agenda[0]["counterpart"]["name"] == "Wang Wei" and agenda[0]["table"] is None
    assert cn.get(f"/api/v1/events/{event.slug}/agenda/{people['de'].id}").status_code == 404


def test_anonymous_cannot_write_or_see_directory(event: Any, client: Client) -> None:
    assert (
        _post(client, f"/api/v1/events/{event.slug}/registrations", {"name": "X"}).status_code
        == 401
    )
    assert client.get(f"/api/v1/events/{event.slug}/participants").status_code == 403
