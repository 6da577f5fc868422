"""Notifications: in-app rows, the e-mail digest (once per notification), marking read."""

from __future__ import annotations

import json

import pytest
from django.core import mail
from django.core.management import call_command

from techbridge.notifications.models import Notification
from techbridge.notifications.services import notification_mark_read, notify, notify_organisation
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_digest_sends_each_notification_once(member, org, capsys):
    MembershipFactory(organisation=org)
    notify_organisation(
        organisation_id=org.id, kind="matches.new", title="New match", url="/matches/"
    )
    notify(user_id=member.id, kind="profiles.review", title="Published")
    call_command("digest", "--json")
    assert json.loads(capsys.readouterr().out)["users_emailed"] == 2
    assert len(mail.outbox) == 2
    body = next(m.body for m in mail.outbox if m.to == [member.email])
    assert "New match" in body and "Published" in body
    call_command("digest")
    assert len(mail.outbox) == 2
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()


def test_mark_read_only_touches_own(member, outsider):
    mine = notify(user_id=member.id, kind="profiles.review", title="Mine")
    theirs = notify(user_id=outsider.id, kind="profiles.review", title="Theirs")
    assert notification_mark_read(user=member, notification_id=theirs.id) == 0
    assert notification_mark_read(user=member) == 1
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.read_at is not None and theirs.read_at is None
