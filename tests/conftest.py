"""Fixtures for the whole suite: no network, no real e-mail, a temporary media root."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from django.test import Client

from tests.factories import (
    PASSWORD,
    ChineseOrganisationFactory,
    MembershipFactory,
    OrganisationFactory,
    StaffFactory,
    UserFactory,
)


@pytest.fixture(autouse=True)
def _isolated(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ACCOUNT_RATE_LIMITS = False
    # Bulk imports (the demo set) are not matched profile by profile in tests: the matches
    # tests switch it on where they test it.
    settings.TECHBRIDGE = {
        **settings.TECHBRIDGE,
        "MATCH_ON_IMPORT": False,
        # Shared counters in the test's database (rolled back with it); the Redis tests
        # set their own URL and key prefix.
        "REDIS_URL": "",
        # Each test's database is rolled back: its search segments are its own too.
        "SEARCH_INDEX_DIR": str(tmp_path / "search"),
    }


@pytest.fixture(autouse=True)
def _default_language() -> Any:
    """Each test starts in the site's language: a page requested in Chinese leaves Chinese
    active in the worker's thread (LocaleMiddleware activates it and nothing resets it)."""
    from django.conf import settings as django_settings
    from django.utils import translation

    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _same_language_search() -> Any:
    """Search tests count exact results in one language; the cross-lingual expander (which
    adds the other language's matches) is switched on by the tests that test it."""
    from techbridge.search.expansion import IdentityExpander, set_query_expander

    set_query_expander(IdentityExpander())
    yield
    set_query_expander(None)


@pytest.fixture(autouse=True)
def _fresh_resident_search() -> Any:
    """Each test's database is rolled back at its end: in-memory search indexes loaded from
    it must not outlive it."""
    from techbridge.search.backends.resident import forget

    forget()
    yield
    forget()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: Any, request: Any) -> None:
    """Tests never reach another host (loopback stays allowed for servers we start)."""
    if request.node.get_closest_marker("e2e"):
        return
    real = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        if (
            isinstance(host, str)
            and host not in ("127.0.0.1", "localhost", "::1")
            and not host.startswith("/")
        ):
            raise RuntimeError(f"network access in a test: {address!r}")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture
def org(db: Any) -> Any:
    return OrganisationFactory()


@pytest.fixture
def cn_org(db: Any) -> Any:
    return ChineseOrganisationFactory()


@pytest.fixture
def member(org: Any) -> Any:
    """The owner of `org`."""
    return MembershipFactory(organisation=org).user


@pytest.fixture
def cn_member(cn_org: Any) -> Any:
    return MembershipFactory(organisation=cn_org).user


@pytest.fixture
def outsider(db: Any) -> Any:
    """A member of a third organisation."""
    return MembershipFactory(organisation=OrganisationFactory(name="Third party")).user


@pytest.fixture
def staff(db: Any) -> Any:
    return StaffFactory()


@pytest.fixture
def lone_user(db: Any) -> Any:
    """An account that belongs to no organisation."""
    return UserFactory()


def login(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def client_member(member: Any) -> Client:
    return login(member)


@pytest.fixture
def client_staff(staff: Any) -> Client:
    return login(staff)


@pytest.fixture
def client_outsider(outsider: Any) -> Client:
    return login(outsider)


@pytest.fixture
def password() -> str:
    return PASSWORD
