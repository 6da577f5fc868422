"""Bad input the issue's attacker sent: a JSON refusal (400/422 with message and fields),
never a 500, and never accepted."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from techbridge.accounts.services import api_token_create
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

HUGE = "9223372036854775808"


@pytest.fixture
def auth() -> dict[str, str]:
    user = MembershipFactory().user
    _token, raw = api_token_create(actor=user, name="script")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def _refusal(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"message", "fields"} and body["message"]
    return body


def test_a_lone_surrogate_is_refused(auth: dict[str, str]) -> None:
    raw = '{"kind": "offer", "title": "surr \\ud800 x"}'
    response = Client().post("/api/v1/profiles", raw, content_type="application/json", **auth)
    assert "surrogate" in _refusal(response, 400)["message"]


def test_a_nul_character_is_refused(auth: dict[str, str]) -> None:
    raw = json.dumps({"kind": "offer", "title": "a\x00b"})
    response = Client().post("/api/v1/profiles", raw, content_type="application/json", **auth)
    _refusal(response, 400)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/organisations",
        "/api/v1/profiles",
        "/api/v1/matches",
        "/api/v1/deals/connections",
        "/api/v1/events/any/participants",
    ],
)
@pytest.mark.parametrize("offset", [HUGE, "-1"])
def test_an_offset_out_of_range_is_a_422(auth: dict[str, str], path: str, offset: str) -> None:
    body = _refusal(Client().get(path, {"offset": offset}, **auth), 422)
    assert "offset" in body["fields"]


def test_a_body_without_a_json_content_type_is_refused(auth: dict[str, str]) -> None:
    body = json.dumps({"kind": "offer", "title": "Laser cladding"})
    for content_type in ("text/plain", "application/octet-stream", ""):
        response = Client().generic("POST", "/api/v1/profiles", body, content_type, **auth)
        assert "Content-Type" in _refusal(response, 400)["message"]


@pytest.mark.parametrize("body", ["[null, null]", "null", '"text"', "3", "[]"])
def test_a_body_that_is_not_an_object_is_refused(auth: dict[str, str], body: str) -> None:
    user_org = MembershipFactory().organisation
    client = Client()
    response = client.patch(
        f"/api/v1/organisations/{user_org.slug}", body, content_type="application/json", **auth
    )
    assert "JSON object" in _refusal(response, 400)["message"]


def test_deep_nesting_is_refused(auth: dict[str, str]) -> None:
    body = '{"title": ' + "[" * 5000 + "]" * 5000 + "}"
    response = Client().post("/api/v1/profiles", body, content_type="application/json", **auth)
    _refusal(response, 400)


def test_the_schema_documents_the_offset_bounds() -> None:
    schema = Client().get("/api/v1/openapi.json").json()
    params = schema["paths"]["/api/v1/profiles"]["get"]["parameters"]
    offset = next(p for p in params if p["name"] == "offset")["schema"]
    assert offset["minimum"] == 0 and offset["maximum"] == 1_000_000
