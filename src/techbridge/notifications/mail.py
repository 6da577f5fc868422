"""The e-mail side of notifications: the one place that sends mail for the platform's apps.

A notification row is e-mailed at most once: whoever sends it (the delivery task right after
the write, or the digest) first claims it by setting `emailed_at` under a row lock, and gives
it back (`emailed_at` empty again) only if the mail server refused it, so the next digest
retries it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from smtplib import SMTPException
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import ngettext

from techbridge.accounts.models import User
from techbridge.core.i18n import language, language_of
from techbridge.notifications.links import absolute_url
from techbridge.notifications.models import Delivery, Notification

logger = logging.getLogger(__name__)

SUBJECT_PREFIX = "[TechBridge] "
# An immediate notice whose mail failed is retried by the digest, once its own delivery has
# had time to run (so the digest never races the delivery task for a fresh row).
RETRY_AFTER = timedelta(minutes=15)


def message(*, to: str, subject: str, body: str = "", url: str = "") -> EmailMessage:
    """One e-mail: the platform's subject prefix, the text, the absolute link last."""
    text = "\n\n".join(part for part in (body.strip(), absolute_url(url)) if part)
    return EmailMessage(
        subject=(SUBJECT_PREFIX + subject)[:200],
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
    )


def send(mail: EmailMessage) -> bool:
    """Send one message; False (logged) when the mail server is unreachable or refuses it:
    an outage must never undo or block the write that caused the mail."""
    try:
        return bool(mail.send())
    except (OSError, SMTPException):
        logger.warning("e-mail to %s could not be sent", mail.to, exc_info=True)
        return False


def _claim(rows: QuerySet[Notification], now: datetime) -> list[Notification]:
    """Take the rows not yet e-mailed for this sender: lock them (others skip them), mark
    them e-mailed, and return them with their recipients."""
    with transaction.atomic():
        ids = list(
            rows.filter(emailed_at__isnull=True)
            .select_for_update(skip_locked=True)
            .values_list("id", flat=True)
        )
        Notification.objects.filter(id__in=ids, emailed_at__isnull=True).update(emailed_at=now)
    claimed = Notification.objects.filter(id__in=ids, emailed_at=now)
    return list(claimed.select_related("user").order_by("user_id", "created_at", "id"))


def _give_back(rows: Iterable[Notification]) -> None:
    Notification.objects.filter(id__in=[n.id for n in rows]).update(emailed_at=None)


def _without_consent(rows: QuerySet[Notification]) -> QuerySet[Notification]:
    """Rows whose recipient withdrew consent to e-mails become in-app only (`NONE`): never
    mailed, now or later, and the person's data export says so truthfully."""
    rows.filter(emailed_at__isnull=True, user__email_consent=False).update(delivery=Delivery.NONE)
    return rows.filter(user__email_consent=True)


def deliver(notification_ids: Iterable[int], *, now: datetime | None = None) -> int:
    """E-mail each of these immediate notifications not yet e-mailed to its (active)
    recipient who consents to e-mails; returns how many were sent."""
    now = now or timezone.now()
    rows = Notification.objects.filter(id__in=list(notification_ids), delivery=Delivery.NOW)
    rows = _without_consent(rows)
    sent = 0
    for n in _claim(rows, now):
        if not n.user.is_active or not n.user.email:
            continue  # nobody to write to; never retried
        if send(message(to=n.user.email, subject=n.title, body=n.body, url=n.url)):
            sent += 1
        else:
            _give_back([n])
    return sent


def pending_for_digest(*, now: datetime, kinds: Iterable[str] | None = None) -> QuerySet[Any]:
    """Rows the digest takes: digest rows not yet e-mailed, and immediate ones whose mail
    failed (never rows that are not to be e-mailed)."""
    qs = Notification.objects.filter(emailed_at__isnull=True).filter(
        Q(delivery=Delivery.DIGEST) | Q(delivery=Delivery.NOW, created_at__lt=now - RETRY_AFTER)
    )
    return qs if kinds is None else qs.filter(kind__in=list(kinds))


def send_digests(*, now: datetime | None = None, kinds: Iterable[str] | None = None) -> int:
    """E-mail each active user who consents to e-mails the notifications not yet e-mailed (of
    these kinds, if given), one message per user in their language; returns how many users
    were e-mailed."""
    now = now or timezone.now()
    kinds = list(kinds) if kinds is not None else None
    pending = _without_consent(pending_for_digest(now=now, kinds=kinds))
    user_ids = list(pending.order_by("user_id").values_list("user_id", flat=True).distinct())
    emailed = 0
    for user_id in user_ids:
        items = _claim(pending.filter(user_id=user_id), now)
        if not items or not items[0].user.is_active:
            continue
        if send(_digest_message(items[0].user, items)):
            emailed += 1
        else:
            _give_back(items)
    return emailed


def _digest_message(user: Any, items: list[Notification]) -> EmailMessage:
    """The digest in the recipient's language (the rows were written in it)."""
    with language(language_of(user)):
        n = len(items)
        subject = ngettext(
            "[TechBridge] %(count)d new notification",
            "[TechBridge] %(count)d new notifications",
            n,
        ) % {"count": n}
    lines = [f"- {i.title}" + (f"\n  {absolute_url(i.url)}" if i.url else "") for i in items]
    return EmailMessage(
        subject=subject,
        body="\n".join(lines),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )


def deliver_messages(messages: Iterable[dict[str, str]]) -> int:
    """Send e-mails already written (to addresses that may have no account); an address whose
    account withdrew consent to e-mails is skipped. Returns how many were sent."""
    messages = list(messages)
    addresses = {m["to"].lower() for m in messages}
    refused = set(
        User.objects.filter(email__in=addresses, email_consent=False).values_list(
            "email", flat=True
        )
    )
    return sum(send(message(**m)) for m in messages if m["to"].lower() not in refused)
