"""Hostile input to the API: whatever the body, the answer is a JSON refusal or a creation,
never a 500."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techbridge.accounts.services import api_token_create
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

FIELDS = [
    "kind",
    "title",
    "summary",
    "description",
    "sectors",
    "trl",
    "ip_status",
    "partnership_types",
    "target_countries",
    "value_min",
    "value_max",
    "currency",
    "expires_on",
    "visibility",
    "keywords",
    "patent_numbers",
    "language",
    "organisation",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False),
    st.text(max_size=60),
)
values = st.one_of(
    scalars,
    st.lists(scalars, max_size=4),
    st.dictionaries(st.text(max_size=5), scalars, max_size=2),
)
bodies = st.dictionaries(st.sampled_from(FIELDS), values, max_size=len(FIELDS))


@pytest.fixture
def token(db):
    user = MembershipFactory().user
    return api_token_create(actor=user, name="fuzz")[1]


@settings(
    max_examples=60,
    deadline=None,
    # a loaded machine generates slowly; the test checks answers, not generation speed
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=bodies)
def test_random_profile_bodies_never_fail(token, body):
    response = Client().post(
        "/api/v1/profiles",
        json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code in (201, 400, 403, 404, 422), response.content
    assert "message" in response.json() or response.status_code == 201


@settings(max_examples=40, deadline=None)
@given(
    query=st.dictionaries(
        st.sampled_from(
            ["kind", "language", "sector", "country", "status", "mine", "limit", "offset"]
        ),
        st.text(max_size=30),
        max_size=5,
    )
)
def test_random_list_filters_never_fail(query):
    response = Client().get("/api/v1/profiles", query)
    assert response.status_code in (200, 422)
