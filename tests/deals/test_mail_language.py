"""Issue 18, "the same for e-mails": a member who reads Chinese receives every e-mail of a
connection's life (the expression of interest, its acceptance, a message, a stage, the
digest of what was not mailed at once) with no English word outside what people wrote,
and with links that a mail client can open."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy

from techbridge.deals import services
from techbridge.deals.choices import Stage
from techbridge.notifications.mail import send_digests
from techbridge.notifications.services import Delivery, notify_users
from tests.e2e.a11y import ALLOWED_LATIN, LATIN_WORD, NOT_WORDS

pytestmark = pytest.mark.django_db

WRITTEN = [  # what the people wrote: user content, in any language
    "We hold a patented process that fits your need.",
    "Could we meet at the convention in Suzhou?",
]


def english_words(text: str, written: list[str]) -> list[str]:
    for own in written:
        text = text.replace(own, " ")
    text = NOT_WORDS.sub(" ", text)
    words = (w.lower().strip("'’-") for w in LATIN_WORD.findall(text))
    return [w for w in words if w not in ALLOWED_LATIN and len(w) > 1]


def _story(requester: Any, owner: Any, profile: Any) -> None:
    connection = services.connection_create(
        actor=requester, profile=profile, message=WRITTEN[0], partnership_type="licence_out"
    )
    connection = services.connection_accept(actor=owner, connection=connection)
    services.message_post(actor=requester, connection=connection, body=WRITTEN[1])
    services.connection_advance(actor=requester, connection=connection, stage=Stage.MEETING_HELD)


def test_every_mail_of_a_connection_reads_in_chinese(
    requester: Any,
    owner: Any,
    request_profile: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    owner.preferred_language = "zh-hans"
    owner.save(update_fields=["preferred_language"])
    with django_capture_on_commit_callbacks(execute=True):
        _story(requester, owner, request_profile)
        notify_users(  # a notice left for the digest
            user_ids=[owner.id],
            kind="deals.connection",
            title=gettext_lazy("Connections"),
            url=reverse("deals:list"),
            email=Delivery.DIGEST,
        )
    send_digests(now=timezone.now() + timedelta(days=1))
    mails = [m for m in mail.outbox if m.to == [owner.email]]
    assert len(mails) >= 3, [m.subject for m in mail.outbox]
    written = [*WRITTEN, request_profile.title, requester.display_name]
    written += [m.organisation.name for m in requester.memberships.all()]
    for message in mails:
        assert english_words(f"{message.subject}\n{message.body}", written) == [], message.body
        links = re.findall(r"(?:^|\s)((?:https?:/)?/\S+)", message.body)
        assert links and all(link.startswith(settings.SITE_URL + "/") for link in links), links
