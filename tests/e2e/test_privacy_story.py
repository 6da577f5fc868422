"""Issue 17, point 11 in a browser: a member downloads their data, withdraws consent to
e-mails and deletes their account; the organisation stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from techbridge.accounts.models import Membership, User
from tests.factories import PASSWORD, MembershipFactory

from .test_platform_story import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_download_withdraw_consent_and_delete(new_page, live_server):
    member = MembershipFactory().user
    org = member.memberships.get().organisation
    base = live_server.url
    page = new_page()
    log_in(page, base, member.email, PASSWORD)
    page.goto(f"{base}/")
    with page.expect_navigation():
        page.click("header a.who")
    assert page.url.endswith("/my/privacy/")

    with page.expect_download() as download:
        page.click("[data-testid=privacy-export]")
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["sections"]["accounts.account"]["email"] == member.email

    page.uncheck("#id_email_consent")
    with page.expect_navigation():
        page.locator("[data-testid=privacy-consent] button[type=submit]").click()
    assert "E-mails are off" in page.locator(".messages").inner_text()
    assert not page.is_checked("#id_email_consent")

    page.fill("#id_password", PASSWORD)
    page.check("#id_understood")
    with page.expect_navigation():
        page.click("[data-testid=delete-account]")
    assert "Your account is deleted" in page.locator(".messages").inner_text()
    gone = User.objects.get(pk=member.pk)
    assert gone.erased_at is not None and gone.email_consent is False
    assert not Membership.objects.filter(organisation=org).exists()
    assert org.__class__.objects.filter(pk=org.pk).exists()
