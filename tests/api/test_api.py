"""The REST API: tokens, errors as JSON, validation, pagination, permissions."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from techbridge.accounts.services import api_token_create
from techbridge.profiles.models import TechnologyProfile
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db

VALID = {
    "kind": "offer",
    "title": "Laser cladding of turbine blades",
    "summary": "A laser cladding process that repairs worn turbine blades.",
    "description": "Problem: blade wear. Solution: laser cladding with a nickel alloy powder.",
    "sectors": ["photonics", "advanced-manufacturing"],
    "trl": 7,
    "ip_status": "granted_patent",
    "patent_numbers": ["DE102019123456B4"],
    "partnership_types": ["licence_out"],
    "target_countries": ["CN"],
}


@pytest.fixture
def token(member):
    _token, raw = api_token_create(actor=member, name="script")
    return raw


def bearer(raw):
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def post(path, data, **extra):
    body = data if isinstance(data, str) else json.dumps(data)
    return Client().post(path, body, content_type="application/json", **extra)


def test_list_shape_and_pagination(django_assert_max_num_queries):
    ProfileFactory.create_batch(5)
    with django_assert_max_num_queries(4):
        data = Client().get("/api/v1/profiles?limit=2&offset=1").json()
    assert data["count"] == 5
    assert len(data["items"]) == 2
    assert set(data["items"][0]) >= {"id", "title", "owner", "sectors", "trl"}


def test_limit_is_capped_and_bad_numbers_rejected():
    ProfileFactory.create_batch(3)
    assert len(Client().get("/api/v1/profiles?limit=100000").json()["items"]) == 3
    response = Client().get("/api/v1/profiles?limit=abc")
    assert response.status_code == 422
    assert "message" in response.json()


def test_create_with_token(token):
    response = post("/api/v1/profiles", {**VALID, "submit": True}, **bearer(token))
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "submitted"
    assert data["language"] == "en"


def test_create_requires_auth():
    response = post("/api/v1/profiles", VALID)
    assert response.status_code == 401
    assert response.json()["message"]
    assert TechnologyProfile.objects.count() == 0


def test_revoked_or_wrong_token_is_refused(token, member):
    assert post("/api/v1/profiles", VALID, **bearer("tb_wrong")).status_code == 401
    member.api_tokens.update(revoked_at="2020-01-01T00:00:00Z")
    assert post("/api/v1/profiles", VALID, **bearer(token)).status_code == 401


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"trl": 0}, "trl"),
        ({"trl": 10}, "trl"),
        ({"sectors": ["nope"]}, "sectors"),
        ({"title": ""}, "title"),
        ({"summary": "s" * 501}, "summary"),
        ({"expires_on": "1999-01-01"}, "expires_on"),
        ({"target_countries": ["ZZ"]}, "target_countries"),
    ],
)
def test_field_errors(token, change, field):
    response = post("/api/v1/profiles", {**VALID, **change}, **bearer(token))
    assert response.status_code == 422
    body = response.json()
    assert body["message"]
    assert field in body["fields"]
    assert TechnologyProfile.objects.count() == 0


@pytest.mark.parametrize(
    "body", ['{"kind": "offer",', "not json", "[]", '{"trl": "seven"}', "\x00"]
)
def test_malformed_bodies_are_json_errors(token, body):
    response = post("/api/v1/profiles", body, **bearer(token))
    assert response.status_code in (400, 422)
    assert "message" in response.json()


def test_wrong_types_are_field_errors(token):
    response = post("/api/v1/profiles", {**VALID, "sectors": "energy", "trl": [1]}, **bearer(token))
    assert response.status_code == 422
    assert response.json()["fields"]


def test_update_own_profile_and_not_others(token, member, outsider):
    mine = ProfileFactory(organisation=member.memberships.first().organisation)
    theirs = ProfileFactory(organisation=outsider.memberships.first().organisation)
    patch = Client().patch(
        f"/api/v1/profiles/{mine.id}",
        json.dumps({"trl": 8}),
        content_type="application/json",
        **bearer(token),
    )
    assert patch.status_code == 200, patch.content
    assert patch.json()["trl"] == 8
    denied = Client().patch(
        f"/api/v1/profiles/{theirs.id}",
        json.dumps({"trl": 8}),
        content_type="application/json",
        **bearer(token),
    )
    assert denied.status_code == 403


def test_staff_review_via_api(staff):
    _t, raw = api_token_create(actor=staff, name="staff")
    profile = ProfileFactory(status="submitted", published_at=None)
    response = post(f"/api/v1/profiles/{profile.id}/review", {"decision": "approve"}, **bearer(raw))
    assert response.status_code == 200
    assert response.json()["status"] == "published"


def test_member_cannot_review_via_api(token):
    profile = ProfileFactory(status="submitted", published_at=None)
    response = post(
        f"/api/v1/profiles/{profile.id}/review", {"decision": "approve"}, **bearer(token)
    )
    assert response.status_code in (403, 404)


def test_organisations_api(token):
    response = post(
        "/api/v1/organisations",
        {
            "name": "Nordic Cleantech Lab",
            "type": "research_institute",
            "country": "FI",
        },
        **bearer(token),
    )
    assert response.status_code == 201, response.content
    bad = post(
        "/api/v1/organisations",
        {"name": "X Lab", "type": "company", "country": "CN"},
        **bearer(token),
    )
    assert bad.status_code == 422
    assert "province" in bad.json()["fields"]
    listing = Client().get("/api/v1/organisations?country=fi").json()
    assert listing["count"] == 1


def test_openapi_and_docs_served_locally():
    schema = Client().get("/api/v1/openapi.json").json()
    assert "/api/v1/profiles" in schema["paths"]
    docs = Client().get("/api/v1/docs").content.decode()
    assert "cdn.jsdelivr" not in docs
