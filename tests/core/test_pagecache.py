"""The anonymous page cache (core.pagecache, issue 17 point 8): public pages for visitors
without a session come from the cache, per language; a write of what they show drops them;
members, staff and tokens never get nor leave a cached copy; blind owners stay hidden."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.cache import cache
from django.middleware.csrf import _unmask_cipher_token  # type: ignore[attr-defined]
from django.test import Client

from techbridge.accounts.services import api_token_create
from tests.conftest import login
from tests.factories import MembershipFactory, OrganisationFactory, ProfileFactory

SECRET_ORG = "Zeta Secret Batteries GmbH"


@pytest.fixture
def committed(django_capture_on_commit_callbacks: Any) -> Any:
    """Writes inside run their after-commit work (the cache's version moves), as in
    production: the test's own transaction never commits."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture(autouse=True)
def _page_cache(settings: Any) -> Any:
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "PAGE_CACHE_SECONDS": 60}
    cache.clear()
    yield
    cache.clear()


def _get(client: Client, path: str, **headers: Any) -> tuple[str, str]:
    response = client.get(path, **headers)
    assert response.status_code == 200
    return response.content.decode(), response.get("X-Page-Cache", "")


@pytest.mark.django_db
def test_a_public_page_is_cached_then_dropped_when_its_content_changes(committed: Any) -> None:
    with committed():
        profile = ProfileFactory(title="Cobalt-free cathode")
    first, state = _get(Client(), f"/profiles/{profile.pk}/")
    assert state == "miss" and "Cobalt-free cathode" in first
    again, state = _get(Client(), f"/profiles/{profile.pk}/")
    assert state == "hit" and again.count("Cobalt-free cathode") == first.count(
        "Cobalt-free cathode"
    )
    with committed():
        profile.title = "Sodium-ion cathode"
        profile.save()
    changed, state = _get(Client(), f"/profiles/{profile.pk}/")
    assert state == "miss" and "Sodium-ion cathode" in changed
    home, _state = _get(Client(), "/")
    assert "Sodium-ion cathode" in home
    with committed():
        profile.status = "closed"
        profile.save()
    assert "Sodium-ion cathode" not in _get(Client(), "/")[0]  # withdrawn: gone at once
    assert Client().get(f"/profiles/{profile.pk}/").status_code == 404


@pytest.mark.django_db
def test_an_organisation_change_drops_the_pages(committed: Any) -> None:
    with committed():
        profile = ProfileFactory()
    _get(Client(), "/profiles/")
    assert _get(Client(), "/profiles/")[1] == "hit"
    with committed():
        profile.organisation.name = "Renamed Recycling Ltd"
        profile.organisation.save()
    body, state = _get(Client(), "/profiles/")
    assert state == "miss" and "Renamed Recycling Ltd" in body


@pytest.mark.django_db
def test_members_and_visitors_never_share_a_copy_and_blind_owners_stay_hidden(
    committed: Any,
) -> None:
    with committed():
        org = OrganisationFactory(name=SECRET_ORG)
        owner = MembershipFactory(organisation=org).user
        profile = ProfileFactory(organisation=org, visibility="blind", title="Solid-state know-how")
    path = f"/profiles/{profile.pk}/"
    # The owner first: their page (with their organisation's name) is not stored.
    mine, state = _get(login(owner), path)
    assert SECRET_ORG in mine and state == ""
    visitor, state = _get(Client(), path)
    assert state == "miss" and SECRET_ORG not in visitor and "Solid-state know-how" in visitor
    assert _get(Client(), path)[1] == "hit"
    # A signed-in member never gets the visitors' copy.
    mine, state = _get(login(owner), path)
    assert SECRET_ORG in mine and state == ""
    # Nor does an API token, and a token's answer is not stored for visitors.
    token = api_token_create(actor=owner, name="t")[1]
    api = Client().get("/api/v1/profiles?limit=100", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert api.get("X-Page-Cache") is None and SECRET_ORG in api.content.decode()
    anonymous = Client().get("/api/v1/profiles?limit=100")
    assert anonymous["X-Page-Cache"] == "miss" and SECRET_ORG not in anonymous.content.decode()


@pytest.mark.django_db
def test_the_language_is_part_of_the_key() -> None:
    ProfileFactory()
    english, state = _get(Client(), "/", HTTP_ACCEPT_LANGUAGE="en")
    assert state == "miss" and 'lang="en"' in english
    chinese, state = _get(Client(), "/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert state == "miss" and 'lang="zh-Hans"' in chinese
    again, state = _get(Client(), "/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert state == "hit" and 'lang="zh-Hans"' in again
    again, state = _get(Client(), "/", HTTP_ACCEPT_LANGUAGE="en")
    assert state == "hit" and 'lang="en"' in again


@pytest.mark.django_db
def test_each_visitor_gets_their_own_csrf_token_and_a_hit_costs_one_query(
    django_assert_max_num_queries: Any,
) -> None:
    ProfileFactory()
    _get(Client(), "/")
    for _ in range(2):
        visitor = Client(enforce_csrf_checks=True)
        with django_assert_max_num_queries(1):  # the cache's version
            body, state = _get(visitor, "/")
        assert state == "hit"
        tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', body))
        secret = visitor.cookies["csrftoken"].value
        assert tokens and all(_unmask_cipher_token(t) == secret for t in tokens)
        # the language switch of the cached page works for this visitor
        switched = visitor.post(
            "/i18n/setlang/", {"language": "zh-hans", "csrfmiddlewaretoken": tokens.pop()}
        )
        assert switched.status_code == 302


@pytest.mark.django_db
def test_htmx_requests_and_other_pages_are_not_cached(client_member: Client) -> None:
    ProfileFactory()
    partial = Client().get("/profiles/", HTTP_HX_REQUEST="true")
    assert partial.get("X-Page-Cache") is None
    assert Client().get("/results/").get("X-Page-Cache") is None
    assert client_member.get("/dashboard/").get("X-Page-Cache") is None


@pytest.mark.django_db
def test_an_unreachable_cache_renders_the_page(monkeypatch: Any) -> None:
    ProfileFactory()

    def down(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionError("redis down")

    monkeypatch.setattr(cache, "get", down)
    monkeypatch.setattr(cache, "set", down)
    response = Client().get("/")
    assert response.status_code == 200 and response.get("X-Page-Cache") is None
