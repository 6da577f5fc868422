"""The API: the same flow and the same permissions as the pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from techbridge.accounts.services import api_token_create
from techbridge.deals import services
from techbridge.deals.models import Connection
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db
BASE = "/api/v1/deals"


def token_client(user: Any) -> Client:
    _token, raw = api_token_create(actor=user, name="test")
    return Client(headers={"Authorization": f"Bearer {raw}"})


def post(client: Client, path: str, data: dict[str, Any]) -> Any:
    return client.post(f"{BASE}{path}", data, content_type="application/json")


def test_the_flow_through_the_api(
    request_profile: Any, requester: Any, owner: Any, staff: Any
) -> None:
    them, us = token_client(requester), token_client(owner)
    response = post(
        them,
        "/connections",
        {
            "profile_id": request_profile.pk,
            "message": "We can help you.",
            "partnership_type": "licence_out",
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    cid = body["id"]
    assert body["contacts"] == []
    assert post(us, f"/connections/{cid}/decision", {"decision": "accept"}).status_code == 200
    detail = them.get(f"{BASE}/connections/{cid}").json()
    assert {c["email"] for c in detail["contacts"]} == {requester.email, owner.email}
    assert post(them, f"/connections/{cid}/messages", {"body": "Hello"}).status_code == 201
    assert [m["body"] for m in us.get(f"{BASE}/connections/{cid}/messages").json()] == ["Hello"]
    assert us.get(f"{BASE}/connections").json()["items"][0]["unread"] == 1
    assert post(us, f"/connections/{cid}/stage", {"stage": "meeting_held"}).status_code == 200
    response = post(
        us,
        f"/connections/{cid}/intention",
        {"signed_on": "2026-03-01", "type": "licence", "summary": "Licence for China"},
    )
    assert response.status_code == 201
    response = post(
        us,
        f"/connections/{cid}/contract",
        {
            "signed_on": "2026-04-01",
            "type": "licence",
            "value": "12000000",
            "currency": "CNY",
            "registration_number": "2026310100000123",
        },
    )
    assert response.status_code == 201
    assert response.json()["contract"]["value"] == "12000000.00"
    assert Client().get(f"{BASE}/figures").json()["contracts"] == 0  # one party alone
    confirmed = post(them, f"/connections/{cid}/confirm", {}).json()["confirmed"]
    assert confirmed == ["meeting_held", "intention_signed", "contract_signed"]
    assert Client().get(f"{BASE}/figures").json()["contracts"] == 0  # not verified
    verify = post(token_client(staff), f"/connections/{cid}/contract/verify", {})
    assert verify.json() == {"verified": True, "value_approved": False}
    figures = Client().get(f"{BASE}/figures").json()
    assert figures["contracts"] == 1 and figures["value_cny"] == "12000000.00"


def test_errors_are_json(accepted: Connection, owner: Any, requester: Any, settings: Any) -> None:
    us = token_client(owner)
    response = post(us, f"/connections/{accepted.pk}/stage", {"stage": "negotiation"})
    assert response.status_code == 409 and response.json()["message"]
    response = post(
        us,
        f"/connections/{accepted.pk}/contract",
        {"signed_on": "2026-01-01", "type": "x", "value": "-1", "currency": "XXX"},
    )
    assert response.status_code == 422
    assert set(response.json()["fields"]) >= {"type", "value", "currency"}
    response = post(us, f"/connections/{accepted.pk}/decision", {"decision": "maybe"})
    assert response.status_code == 422
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "EOI_PER_ORG_PER_DAY": 0}
    response = post(
        token_client(requester),
        "/connections",
        {
            "profile_id": ProfileFactory(organisation=accepted.owner_org).pk,
            "message": "Hello there, again",
            "partnership_type": "licence_out",
        },
    )
    assert response.status_code == 429 and "limit" in response.json()["message"]


def test_doors_for_outsiders_anonymous_and_guesses(
    accepted: Connection, third_org_user: Any, requester: Any
) -> None:
    services.message_post(actor=requester, connection=accepted, body="Confidential plan")
    outsider, anonymous = token_client(third_org_user), Client()
    pk = accepted.pk
    for client in (outsider, anonymous):
        assert client.get(f"{BASE}/connections").json() == {"count": 0, "items": []}
        for path in (f"/connections/{pk}", f"/connections/{pk}/messages", "/connections/99999"):
            response = client.get(f"{BASE}{path}")
            assert response.status_code == 404, path
            assert b"Confidential" not in response.content
    for path, data in (
        (f"/connections/{pk}/messages", {"body": "hi"}),
        (f"/connections/{pk}/decision", {"decision": "accept"}),
        (f"/connections/{pk}/stage", {"stage": "meeting_held"}),
        (f"/connections/{pk}/broker", {"action": "forward"}),
    ):
        assert post(outsider, path, data).status_code == 404
        assert post(anonymous, path, data).status_code == 401
    assert outsider.get(f"{BASE}/funnel").status_code == 403
    assert anonymous.get(f"{BASE}/funnel").status_code == 403


def test_blind_owner_hidden_in_api_until_accepted(requester: Any, owner: Any, cn_org: Any) -> None:
    from tests.deals.conftest import send_eoi

    connection = send_eoi(requester, ProfileFactory(organisation=cn_org, visibility="blind"))
    them = token_client(requester)
    assert them.get(f"{BASE}/connections/{connection.pk}").json()["owner"] is None
    assert cn_org.name.encode() not in them.get(f"{BASE}/connections").content
    services.connection_accept(actor=owner, connection=connection)
    assert them.get(f"{BASE}/connections/{connection.pk}").json()["owner"]["name"] == cn_org.name


def test_list_query_count(
    accepted: Connection, requester: Any, cn_org: Any, django_assert_max_num_queries: Any
) -> None:
    from tests.deals.conftest import send_eoi

    for profile in ProfileFactory.create_batch(5, organisation=cn_org):
        send_eoi(requester, profile)
    client = token_client(requester)
    with django_assert_max_num_queries(8):
        response = client.get(f"{BASE}/connections")
    assert response.json()["count"] == 6


def test_staff_funnel(accepted: Connection, staff: Any) -> None:
    response = token_client(staff).get(f"{BASE}/funnel").json()
    assert [s["count"] for s in response["steps"]] == [1, 1, 0, 0, 0]
