"""Who hears about a connection: each member of a side, in-app and by e-mail, in their
language, with the recipients and their languages read once for both; each notice mailed
exactly once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from techbridge.deals.models import Connection
from techbridge.deals.notices import announce
from techbridge.notifications.mail import send_digests
from techbridge.notifications.models import Notification
from tests.deals.conftest import send_eoi
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_one_read_of_the_recipients_for_notifications_and_e_mails(
    eoi: Connection,
    cn_org: Any,
    owner: Any,
    requester: Any,
    django_assert_num_queries: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    colleague = MembershipFactory(organisation=cn_org).user
    colleague.preferred_language = "en"
    colleague.save(update_fields=["preferred_language"])
    owner.preferred_language = "zh-hans"
    owner.save(update_fields=["preferred_language"])
    Notification.objects.all().delete()
    mail.outbox.clear()
    # the members, their languages, the notifications (two more reads before)
    with django_capture_on_commit_callbacks() as sent, django_assert_num_queries(3):
        announce(
            eoi, to_org_id=cn_org.id, kind="deals.connection", title="Hello", exclude=requester
        )
    for callback in sent:
        callback()
    assert {n.user_id for n in Notification.objects.all()} == {owner.id, colleague.id}
    assert len(sent) == 1  # one delivery task for the rows just written
    assert sorted(m.to[0] for m in mail.outbox) == sorted([owner.email, colleague.email])


def test_a_connection_notice_is_mailed_exactly_once(
    requester: Any,
    request_profile: Any,
    owner: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    """The notice goes out at once after commit; the daily digest must not mail it again
    (it did: the deals task sent it and left `emailed_at` empty)."""
    with django_capture_on_commit_callbacks(execute=True):
        send_eoi(requester, request_profile)
    assert [m.to for m in mail.outbox] == [[owner.email]]
    notice = Notification.objects.get(user=owner, kind="deals.connection")
    assert notice.emailed_at is not None
    call_command("digest")
    assert send_digests(now=timezone.now() + timedelta(days=1)) == 0
    assert [m.to for m in mail.outbox] == [[owner.email]]
    assert notice.url == f"/connections/{notice_connection_id(owner)}/"
    assert settings.SITE_URL + notice.url in mail.outbox[0].body


def test_a_notice_whose_mail_failed_goes_out_in_the_next_digest(
    requester: Any,
    request_profile: Any,
    owner: Any,
    monkeypatch: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    def refuse(self: Any, fail_silently: bool = False) -> int:
        raise ConnectionRefusedError("mail server down")

    with monkeypatch.context() as patched:
        patched.setattr("django.core.mail.EmailMessage.send", refuse)
        with django_capture_on_commit_callbacks(execute=True):
            connection = send_eoi(requester, request_profile)  # the EOI is kept
    assert Connection.objects.filter(pk=connection.pk).exists()
    assert mail.outbox == []
    assert Notification.objects.get(user=owner).emailed_at is None
    assert send_digests() == 0  # the delivery task may still be running: not yet
    assert send_digests(now=timezone.now() + timedelta(hours=1)) == 1
    assert send_digests(now=timezone.now() + timedelta(hours=2)) == 0
    assert [m.to for m in mail.outbox] == [[owner.email]]


def notice_connection_id(owner: Any) -> int:
    return Connection.objects.get(owner_org__memberships__user=owner).pk
