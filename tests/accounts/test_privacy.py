"""Personal-information rights (PIPL, GDPR): download one's data, e-mail consent respected by
the notification service, deleting the account (anonymised where the centre must keep records),
through the privacy page and the API."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from techbridge.accounts.models import ApiToken, Membership, Organisation, User
from techbridge.accounts.services import api_token_create
from techbridge.notifications.mail import deliver, send_digests
from techbridge.notifications.models import Notification
from techbridge.notifications.services import Delivery, notify_addresses, notify_users
from tests.conftest import login
from tests.factories import PASSWORD, MembershipFactory

pytestmark = pytest.mark.django_db


def _bearer(user: Any) -> dict[str, str]:
    _token, raw = api_token_create(actor=user, name="script")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def _notice(user: Any, title: str, email: Delivery = Delivery.DIGEST) -> Notification:
    (row,) = notify_users(user_ids=[user.id], kind="profiles.review", title=title, email=email)
    return row


def test_the_page_downloads_all_my_data_and_nobody_elses(member: Any, outsider: Any) -> None:
    _notice(member, "mine")
    _notice(outsider, "not mine")
    client = login(member)
    page = client.get("/my/privacy/")
    assert page.status_code == 200
    assert b"/my/privacy/data.json" in page.content
    response = client.get("/my/privacy/data.json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Cache-Control"] == "no-store"
    data = json.loads(response.content)
    sections = data["sections"]
    assert sections["accounts.account"]["email"] == member.email
    assert [m["role"] for m in sections["accounts.memberships"]] == ["owner"]
    assert [n["title"] for n in sections["notifications.notifications"]] == ["mine"]
    assert outsider.email not in response.content.decode()


def test_the_api_downloads_my_data_with_a_token(member: Any) -> None:
    _notice(member, "mine")
    response = Client().get("/api/v1/me/personal-data", **_bearer(member))
    assert response.status_code == 200
    sections = response.json()["sections"]
    assert sections["accounts.account"]["email"] == member.email
    assert [t["name"] for t in sections["accounts.api_tokens"]] == ["script"]
    assert "digest" not in json.dumps(sections["accounts.api_tokens"])  # never the secret


def test_anonymous_callers_are_refused(db: Any) -> None:
    assert Client().get("/my/privacy/").status_code == 302
    assert Client().get("/my/privacy/data.json").status_code == 302
    assert Client().get("/api/v1/me/personal-data").status_code == 401
    assert (
        Client().post("/api/v1/me/delete", {"password": "x"}, "application/json").status_code == 401
    )


def test_withdrawn_consent_is_respected_by_every_mail_path(
    member: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = login(member)
    response = client.post("/my/privacy/", {})  # the box unticked: consent withdrawn
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.email_consent is False and member.email_consent_changed_at is not None
    now_row = _notice(member, "at once", Delivery.NOW)
    _notice(member, "digest")
    assert deliver([now_row.id]) == 0
    assert send_digests() == 0
    with django_capture_on_commit_callbacks(execute=True):
        notify_addresses(recipients={member.email: "en"}, kind="profiles.review", title="x")
    assert mail.outbox == []
    # both rows stay in-app only, for good, and the export says so
    assert set(Notification.objects.values_list("delivery", flat=True)) == {Delivery.NONE}
    client.post("/my/privacy/", {"email_consent": "on"})
    assert send_digests() == 0  # what was held back while withdrawn is never mailed later
    _notice(member, "after")
    assert send_digests() == 1


def test_consent_through_the_api(member: Any) -> None:
    headers = _bearer(member)
    client = Client()
    response = client.put(
        "/api/v1/me/email-consent", {"email_consent": False}, "application/json", **headers
    )
    assert response.status_code == 200
    assert response.json()["email_consent"] is False
    assert client.get("/api/v1/me/email-consent", **headers).json()["email_consent"] is False
    bad = client.put(
        "/api/v1/me/email-consent", {"email_consent": "maybe"}, "application/json", **headers
    )
    assert bad.status_code == 422
    member.refresh_from_db()
    assert member.email_consent is False


def test_deleting_the_account_erases_and_anonymises(member: Any, org: Any, password: str) -> None:
    _notice(member, "mine")
    api_token_create(actor=member, name="script")
    client = login(member)
    wrong = client.post("/my/privacy/delete/", {"password": "nope", "understood": "on"})
    assert wrong.status_code == 422
    assert User.objects.get(pk=member.pk).is_active
    unticked = client.post("/my/privacy/delete/", {"password": password})
    assert unticked.status_code == 422
    response = client.post("/my/privacy/delete/", {"password": password, "understood": "on"})
    assert response.status_code == 302
    gone = User.objects.get(pk=member.pk)  # the row stays for the records the centre keeps
    assert gone.erased_at is not None and not gone.is_active
    assert member.email not in gone.email and gone.full_name == "" and gone.phone == ""
    assert str(gone) == "Deleted user" and not gone.has_usable_password()
    assert not Membership.objects.filter(user=gone).exists()
    assert not ApiToken.objects.filter(user=gone).exists()
    assert not Notification.objects.filter(user=gone).exists()
    assert Organisation.objects.filter(pk=org.pk).exists()  # the organisation's, not mine
    assert client.get("/my/privacy/").status_code == 302  # signed out
    assert not Client().login(email=member.email, password=PASSWORD)


def test_the_api_deletes_with_the_password_and_the_token_dies(member: Any, password: str) -> None:
    headers = _bearer(member)
    client = Client()
    wrong = client.post("/api/v1/me/delete", {"password": "nope"}, "application/json", **headers)
    assert wrong.status_code == 422 and "password" in wrong.json()["fields"]
    ok = client.post("/api/v1/me/delete", {"password": password}, "application/json", **headers)
    assert ok.status_code == 204
    assert User.objects.get(pk=member.pk).erased_at is not None
    assert client.get("/api/v1/me/personal-data", **headers).status_code == 401


def test_staff_accounts_are_closed_by_an_administrator(staff: Any, password: str) -> None:
    response = Client().post(
        "/api/v1/me/delete", {"password": password}, "application/json", **_bearer(staff)
    )
    assert response.status_code == 403
    page = login(staff).post("/my/privacy/delete/", {"password": password, "understood": "on"})
    assert page.status_code == 422
    assert User.objects.get(pk=staff.pk).erased_at is None


def test_a_colleague_keeps_the_organisation(member: Any, org: Any, password: str) -> None:
    colleague = MembershipFactory(organisation=org).user
    login(member).post("/my/privacy/delete/", {"password": password, "understood": "on"})
    assert Membership.objects.filter(organisation=org).get().user == colleague
