"""Who sees which match, through every door: pages, panels, API. A third organisation never
sees another's matches, anonymous callers get nothing, a blind owner is never named."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from techbridge.matches import selectors, services
from techbridge.matches.models import Match
from tests.conftest import login
from tests.matches.conftest import BLIND_OWNER, chinese_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def matched(market, cn_org):
    request = chinese_request(
        cn_org, status="published", published_at=market["offers"]["hydromet"].published_at
    )
    services.match_compute_all(notify=True)
    return request


def test_members_of_both_sides_see_the_match(matched, member, cn_member):
    assert selectors.match_list(actor=cn_member).filter(request=matched).exists()
    assert selectors.match_list(actor=member).filter(request=matched).exists()


def test_third_organisation_and_anonymous_see_nothing(matched, outsider, lone_user, client):
    from django.contrib.auth.models import AnonymousUser

    assert not selectors.match_list(actor=outsider).exists()
    assert not selectors.match_list(actor=lone_user).exists()
    assert not selectors.match_list(actor=AnonymousUser()).exists()
    assert json.loads(client.get("/api/v1/matches").content)["count"] == 0
    assert client.get("/matches/").status_code == 302  # to the login page
    response = client.get(f"/api/v1/matches/profile/{matched.id}")
    assert response.status_code == 403


def test_third_organisation_cannot_read_a_profiles_matches(matched, outsider):
    client = login(outsider)
    assert client.get(f"/api/v1/matches/profile/{matched.id}").status_code == 403
    page = client.get(f"/profiles/{matched.id}/").content.decode()
    assert 'data-testid="profile-matches"' not in page
    match = Match.objects.filter(request=matched).first()
    response = client.post(
        f"/api/v1/matches/{match.id}/feedback",
        json.dumps({"useful": True}),
        content_type="application/json",
    )
    assert response.status_code == 404


def test_blind_owner_never_named_to_the_counterpart(matched, cn_member, market):
    client = login(cn_member)
    pages = [
        client.get("/matches/").content.decode(),
        client.get("/dashboard/").content.decode(),
        client.get(f"/profiles/{matched.id}/").content.decode(),
        client.get("/api/v1/matches").content.decode(),
        client.get(f"/api/v1/matches/profile/{matched.id}").content.decode(),
    ]
    blind = market["offers"]["blackmass"]
    assert blind.title in pages[0]  # the blind offer is matched and shown...
    for page in pages:
        assert BLIND_OWNER not in page  # ...but its owner is not
        assert "秘密电池厂" not in page
    api = json.loads(pages[3])
    item = next(i for i in api["items"] if i["counterpart"] and i["counterpart"]["id"] == blind.id)
    assert item["counterpart"]["owner"] is None


def test_blind_owner_sees_its_own_matches(matched, market):
    client = login(market["blind_member"])
    page = client.get("/matches/").content.decode()
    assert matched.title in page


def test_owner_sees_matches_on_the_profile_page_with_explanation(matched, cn_member):
    page = login(cn_member).get(f"/profiles/{matched.id}/").content.decode()
    assert 'data-testid="profile-matches"' in page
    assert 'data-testid="explanation"' in page
    assert "Hydrometallurgical recovery" in page


def test_staff_see_a_profiles_matches(matched, staff):
    response = login(staff).get(f"/api/v1/matches/profile/{matched.id}")
    assert response.status_code == 200
    assert json.loads(response.content)["count"] > 0


def test_list_page_and_endpoint_pin_their_queries(
    matched, cn_member, django_assert_max_num_queries
):
    client: Client = login(cn_member)
    client.get("/matches/")  # warm up sessions and caches
    with django_assert_max_num_queries(14):
        assert client.get("/matches/").status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get("/api/v1/matches").status_code == 200
