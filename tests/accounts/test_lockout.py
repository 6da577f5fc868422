"""The login lockout: per account and per address, in counters every process shares."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import authenticate
from django.test import Client

from techbridge.accounts import lockout
from techbridge.core import counters
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def _login(client: Client, email: str, password: str, address: str = "203.0.113.7") -> Any:
    return client.post(
        "/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR=address
    )


def _limits(settings: Any, account: int = 5, address: int = 50) -> None:
    settings.TECHBRIDGE = {
        **settings.TECHBRIDGE,
        "LOGIN_FAILURES_PER_ACCOUNT": account,
        "LOGIN_FAILURES_PER_ADDRESS": address,
    }


def test_account_locked_after_failures_even_with_the_right_password(settings: Any) -> None:
    _limits(settings)
    user = UserFactory()
    client = Client()
    for _ in range(5):
        assert _login(client, user.email, "wrong-password").status_code == 200
    response = _login(client, user.email, PASSWORD)
    assert response.status_code == 200  # the form again, not the redirect of a login
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lock_counts_the_account_from_any_address(settings: Any) -> None:
    _limits(settings)
    user = UserFactory()
    for i in range(5):
        _login(Client(), user.email.upper(), "wrong", address=f"198.51.100.{i}")
    assert lockout.is_locked(None, user.email)


def test_one_persons_failures_do_not_lock_out_others_behind_the_same_address(
    settings: Any,
) -> None:
    _limits(settings)
    careless, other = UserFactory(), UserFactory()
    for _ in range(8):
        _login(Client(), careless.email, "wrong")
    client = Client()
    assert _login(client, other.email, PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(other.pk)


def test_retrying_a_locked_account_does_not_grow_the_address_counter(settings: Any) -> None:
    _limits(settings, account=3, address=6)
    careless, other = UserFactory(), UserFactory()
    for _ in range(20):
        _login(Client(), careless.email, "wrong")
    assert _login(Client(), other.email, PASSWORD).status_code == 302


def test_password_spraying_from_one_address_is_refused(settings: Any) -> None:
    _limits(settings, account=5, address=4)
    users = UserFactory.create_batch(4)
    for user in users:
        _login(Client(), user.email, "wrong")
    victim = UserFactory()
    response = _login(Client(), victim.email, PASSWORD)
    assert response.status_code == 200 and "Too many failed" in response.content.decode()
    # The same person from elsewhere is not affected.
    assert _login(Client(), victim.email, PASSWORD, address="192.0.2.1").status_code == 302


def test_a_success_clears_the_accounts_failures(settings: Any) -> None:
    _limits(settings, account=3)
    user = UserFactory()
    for _ in range(2):
        _login(Client(), user.email, "wrong")
    assert _login(Client(), user.email, PASSWORD).status_code == 302
    for _ in range(2):
        _login(Client(), user.email, "wrong")
    assert not lockout.is_locked(None, user.email)


def test_every_door_that_authenticates_is_locked(settings: Any, rf: Any) -> None:
    """The admin's login calls django.contrib.auth.authenticate: the same counters."""
    _limits(settings, account=2)
    user = UserFactory(is_staff=True)
    request = rf.post("/admin/login/", REMOTE_ADDR="203.0.113.9")
    assert authenticate(request, username=user.email, password="wrong") is None
    assert authenticate(request, username=user.email, password="wrong") is None
    assert authenticate(request, username=user.email, password=PASSWORD) is None
    assert counters.get(lockout._account_key(user.email)) == 2
