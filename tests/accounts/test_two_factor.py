"""Two-factor authentication (issue 17, point 2): an authenticator app (TOTP) with recovery
codes, through allauth's MFA; the back office signs in through the same door."""

from __future__ import annotations

from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.test import Client

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
ACTIVATE = "/accounts/2fa/totp/activate/"
SECOND_STEP = "/accounts/2fa/authenticate/"


def now_code(secret: str) -> str:
    counter = next(iter(yield_hotp_counters_from_time()))
    return format_hotp_value(hotp_value(secret, counter))


def sign_in(user: Any) -> tuple[Client, Any]:
    client = Client()
    return client, client.post(LOGIN, {"login": user.email, "password": PASSWORD})


@pytest.fixture
def with_totp(staff: Any) -> tuple[Any, str]:
    """Staff who set up an authenticator app through the pages; the app's secret."""
    client, _response = sign_in(staff)
    assert client.get(ACTIVATE)["Location"].startswith("/accounts/reauthenticate/")
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})  # the password again
    assert client.get(ACTIVATE).status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    response = client.post(ACTIVATE, {"code": now_code(secret)})
    assert response.status_code == 302
    return staff, secret


def test_setting_up_totp_makes_recovery_codes_and_shows_on_the_privacy_page(
    with_totp: tuple[Any, str],
) -> None:
    staff, _secret = with_totp
    kinds = set(Authenticator.objects.filter(user=staff).values_list("type", flat=True))
    assert kinds == {"totp", "recovery_codes"}
    client, _response = sign_in(staff)
    assert client.get("/dashboard/").status_code == 302  # not signed in before the code
    client.post(SECOND_STEP, {"code": "12345"})  # a wrong code
    assert client.get("/dashboard/").status_code == 302


def test_sign_in_asks_for_the_code_and_a_code_works_once(with_totp: tuple[Any, str]) -> None:
    staff, secret = with_totp
    client, response = sign_in(staff)
    assert response.status_code == 302 and response["Location"].startswith(SECOND_STEP)
    code = now_code(secret)
    client.post(SECOND_STEP, {"code": code})
    assert client.get("/dashboard/").status_code == 200
    page = client.get("/my/privacy/").content.decode()
    assert 'data-testid="2fa-on"' in page
    replay, _response = sign_in(staff)
    replay.post(SECOND_STEP, {"code": code})  # the same code again: refused
    assert replay.get("/dashboard/").status_code == 302


def test_a_recovery_code_signs_in_once(with_totp: tuple[Any, str]) -> None:
    staff, _secret = with_totp
    codes = RecoveryCodes(Authenticator.objects.get(user=staff, type="recovery_codes"))
    code = codes.get_unused_codes()[0]
    client, _response = sign_in(staff)
    client.post(SECOND_STEP, {"code": code})
    assert client.get("/dashboard/").status_code == 200
    again, _response = sign_in(staff)
    again.post(SECOND_STEP, {"code": code})
    assert again.get("/dashboard/").status_code == 302


def test_without_a_second_factor_the_page_offers_it(member: Any) -> None:
    client, response = sign_in(member)
    assert response.status_code == 302 and not response["Location"].startswith(SECOND_STEP)
    page = client.get("/my/privacy/").content.decode()
    assert 'data-testid="2fa-off"' in page and 'href="/accounts/2fa/"' in page
    assert client.get("/accounts/2fa/").status_code == 200


def test_the_back_office_signs_in_through_the_same_door(db: Any) -> None:
    response = Client().get("/admin/login/?next=/admin/")
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)


def test_the_download_lists_second_factors_without_secrets(with_totp: tuple[Any, str]) -> None:
    from techbridge.accounts.privacy import personal_data_export

    staff, secret = with_totp
    rows = personal_data_export(actor=staff)["sections"]["accounts.two_factor"]
    assert {r["type"] for r in rows} == {"totp", "recovery_codes"}
    assert secret not in str(rows)
