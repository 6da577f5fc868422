"""The one notification pipeline: registered kinds only, each row mailed at most once (at
once, in the digest, or never), in its recipient's language, with absolute links."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone
from django.utils.translation import gettext_lazy

from techbridge.notifications.kinds import UnknownKind, kind_label, register_kind
from techbridge.notifications.links import absolute_url
from techbridge.notifications.mail import send_digests
from techbridge.notifications.models import Notification
from techbridge.notifications.services import (
    Delivery,
    notify_addresses,
    notify_organisation,
    notify_users,
)
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_an_unregistered_kind_fails(member: Any) -> None:
    with pytest.raises(UnknownKind):
        notify_users(user_ids=[member.id], kind="profiles.reveiw", title="typo")
    with pytest.raises(UnknownKind):
        notify_addresses(recipients={"a@example.org": "en"}, kind="nope.nope", title="x")
    assert not Notification.objects.exists()


def test_kinds_are_dotted_and_labelled() -> None:
    with pytest.raises(ValueError):
        register_kind("nodot", "No")
    assert kind_label("deals.message") == "New message in a connection"
    assert kind_label("gone.kind") == "gone.kind"


def test_now_is_mailed_once_after_commit_in_the_recipients_language(
    member: Any, org: Any, django_capture_on_commit_callbacks: Any
) -> None:
    colleague = MembershipFactory(organisation=org).user
    colleague.preferred_language = "zh-hans"
    colleague.save(update_fields=["preferred_language"])
    with django_capture_on_commit_callbacks() as callbacks:
        notify_organisation(
            organisation_id=org.id,
            kind="deals.connection",
            title=gettext_lazy("Connections"),
            url="/connections/",
            email=Delivery.NOW,
        )
    assert mail.outbox == []  # nothing leaves before the commit
    for callback in callbacks:
        callback()
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects == {
        member.email: "[TechBridge] Connections",
        colleague.email: "[TechBridge] 对接",
    }
    assert all(m.body.endswith(f"{settings.SITE_URL}/connections/") for m in mail.outbox)
    assert send_digests(now=timezone.now() + timedelta(days=1)) == 0
    assert len(mail.outbox) == 2


def test_none_is_never_mailed_and_digest_is_mailed_once(member: Any) -> None:
    notify_users(user_ids=[member.id], kind="profiles.review", title="quiet", email=Delivery.NONE)
    notify_users(user_ids=[member.id], kind="profiles.review", title="loud", url="/profiles/")
    assert send_digests() == 1
    (digest,) = mail.outbox
    assert "loud" in digest.body and "quiet" not in digest.body
    assert f"{settings.SITE_URL}/profiles/" in digest.body
    assert send_digests(now=timezone.now() + timedelta(days=1)) == 0
    assert Notification.objects.get(title="quiet").emailed_at is None


def test_digest_skips_inactive_users(member: Any) -> None:
    notify_users(user_ids=[member.id], kind="profiles.review", title="t")
    member.is_active = False
    member.save(update_fields=["is_active"])
    assert send_digests() == 0 and mail.outbox == []


def test_addresses_without_an_account(django_capture_on_commit_callbacks: Any) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        queued = notify_addresses(
            recipients={"guest@example.org": "zh-hans", "other@example.org": "en", "": "en"},
            kind="events.registration",
            title=gettext_lazy("Events"),
            url="/events/",
        )
    assert queued == 2
    assert {m.to[0]: m.subject for m in mail.outbox} == {
        "guest@example.org": "[TechBridge] 活动",
        "other@example.org": "[TechBridge] Events",
    }


def test_absolute_url(settings: Any) -> None:
    settings.SITE_URL = "https://techbridge.example/"
    assert absolute_url("/profiles/1/?a=b") == "https://techbridge.example/profiles/1/?a=b"
    assert absolute_url("") == ""
    assert absolute_url("https://elsewhere.example/x") == "https://elsewhere.example/x"
