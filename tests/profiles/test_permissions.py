"""Who sees which profile, and whose owner, through every door: page, API, organisation page."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from techbridge.profiles import selectors
from tests.conftest import login
from tests.factories import MembershipFactory, OrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db

SECRET_ORG = "Zeta Secret Batteries GmbH"


@pytest.fixture
def blind():
    org = OrganisationFactory(
        name=SECRET_ORG,
        name_alt="泽塔秘密电池",
        website="https://zeta-secret.example",
        city="Heidelberg",
    )
    owner = MembershipFactory(organisation=org).user
    profile = ProfileFactory(
        organisation=org, visibility="blind", title="Solid-state cell know-how"
    )
    return profile, owner


def _doors(client: Client, profile_id: int, slug: str) -> list[str]:
    return [
        client.get(f"/profiles/{profile_id}/").content.decode(),
        client.get("/profiles/").content.decode(),
        client.get("/").content.decode(),
        client.get(f"/api/v1/profiles/{profile_id}").content.decode(),
        client.get("/api/v1/profiles?limit=100").content.decode(),
        client.get(f"/organisations/{slug}/").content.decode(),
    ]


@pytest.mark.parametrize("who", ["anonymous", "outsider", "lone"])
def test_blind_owner_never_leaks(blind, who, outsider, lone_user):
    profile, _owner = blind
    client = {"anonymous": Client(), "outsider": login(outsider), "lone": login(lone_user)}[who]
    pages = _doors(client, profile.id, profile.organisation.slug)
    assert "Solid-state cell know-how" in pages[0]  # the profile itself is visible
    for body in pages[:5]:
        for secret in (
            SECRET_ORG,
            "泽塔秘密电池",
            "zeta-secret.example",
            "Heidelberg",
            profile.organisation.slug,
        ):
            assert secret not in body
    # The organisation's own page does not list its blind profile.
    assert "Solid-state cell know-how" not in pages[5]


def test_blind_owner_visible_to_owner_and_staff(blind, staff):
    profile, owner = blind
    for user in (owner, staff):
        body = login(user).get(f"/profiles/{profile.id}/").content.decode()
        assert SECRET_ORG in body
        api = login(user).get(f"/api/v1/profiles/{profile.id}").json()
        assert api["owner"]["name"] == SECRET_ORG


@pytest.mark.parametrize("status", ["draft", "submitted", "rejected", "closed"])
def test_unpublished_profiles_hidden_from_others(status, outsider):
    profile = ProfileFactory(status=status, published_at=None)
    for client in (Client(), login(outsider)):
        assert client.get(f"/profiles/{profile.id}/").status_code == 404
        assert client.get(f"/api/v1/profiles/{profile.id}").status_code == 404
        assert str(profile.title) not in client.get("/profiles/").content.decode()


def test_owner_sees_own_drafts(member, org):
    profile = ProfileFactory(organisation=org, status="draft", published_at=None)
    assert login(member).get(f"/profiles/{profile.id}/").status_code == 200
    assert login(member).get(f"/api/v1/profiles/{profile.id}").status_code == 200


def test_members_only_profiles(member, lone_user):
    profile = ProfileFactory(visibility="members")
    assert Client().get(f"/profiles/{profile.id}/").status_code == 404
    assert login(lone_user).get(f"/profiles/{profile.id}/").status_code == 404
    assert login(member).get(f"/profiles/{profile.id}/").status_code == 200


def test_expired_by_date_hidden(outsider):
    import datetime

    profile = ProfileFactory(expires_on=datetime.date(2000, 1, 1))
    assert login(outsider).get(f"/profiles/{profile.id}/").status_code == 404


def test_selector_rules_match_queryset(blind, member, staff):
    visible_anon = set(selectors.profile_list(actor=AnonymousUser()).values_list("id", flat=True))
    assert blind[0].id in visible_anon
    draft = ProfileFactory(status="draft", published_at=None)
    assert draft.id not in visible_anon
    assert draft.id in set(selectors.profile_list(actor=staff).values_list("id", flat=True))


def test_non_owner_cannot_edit(member, outsider):
    profile = ProfileFactory(organisation=member.memberships.first().organisation)
    client = login(outsider)
    assert client.get(f"/profiles/{profile.id}/edit/").status_code == 403
    assert client.post(f"/profiles/{profile.id}/close/").status_code == 403
    r = client.patch(
        f"/api/v1/profiles/{profile.id}",
        {"title": "Hijacked title"},
        content_type="application/json",
    )
    assert r.status_code in (401, 403)
    profile.refresh_from_db()
    assert profile.title != "Hijacked title"


def test_viewer_role_cannot_edit(org):
    viewer = MembershipFactory(organisation=org, role="viewer").user
    profile = ProfileFactory(organisation=org)
    assert login(viewer).get(f"/profiles/{profile.id}/edit/").status_code == 403


def test_admin_closed_to_members(member):
    response = login(member).get("/admin/profiles/technologyprofile/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_admin_open_to_staff(staff):
    staff.is_superuser = True
    staff.save()
    ProfileFactory()
    client = login(staff)
    for url in (
        "/admin/profiles/technologyprofile/",
        "/admin/accounts/organisation/",
        "/admin/profiles/technologyprofile/?status__exact=published&q=battery",
    ):
        assert client.get(url).status_code == 200
