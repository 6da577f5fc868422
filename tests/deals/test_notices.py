"""Who hears about a connection: each member of a side, in-app and by e-mail, in their
language, with the recipients and their languages read once for both."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail

from techbridge.deals.models import Connection
from techbridge.deals.notices import announce
from techbridge.notifications.models import Notification
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
        announce(eoi, to_org_id=cn_org.id, kind="connection", title="Hello", exclude=requester)
    for callback in sent:
        callback()
    assert {n.user_id for n in Notification.objects.all()} == {owner.id, colleague.id}
    assert len(sent) == 2  # one e-mail task per language
    assert sorted(m.to[0] for m in mail.outbox) == sorted([owner.email, colleague.email])
