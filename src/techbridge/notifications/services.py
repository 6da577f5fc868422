"""Writing notifications: in-app rows now, e-mail in the daily digest (or at once)."""

from __future__ import annotations

import logging
from smtplib import SMTPException
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from techbridge.accounts.models import Membership
from techbridge.notifications.models import Notification

logger = logging.getLogger(__name__)


def notify(*, user_id: int, kind: str, title: Any, body: Any = "", url: str = "") -> Notification:
    """One in-app notification for one user."""
    return Notification.objects.create(
        user_id=user_id, kind=kind, title=str(title)[:300], body=str(body)[:5000], url=url[:500]
    )


def notify_organisation(
    *,
    organisation_id: int,
    kind: str,
    title: Any,
    body: Any = "",
    url: str = "",
    exclude_user_id: int | None = None,
) -> int:
    """Notify every member of an organisation; returns how many were notified."""
    user_ids = Membership.objects.filter(organisation_id=organisation_id).values_list(
        "user_id", flat=True
    )
    rows = [
        Notification(
            user_id=uid, kind=kind, title=str(title)[:300], body=str(body)[:5000], url=url[:500]
        )
        for uid in user_ids
        if uid != exclude_user_id
    ]
    Notification.objects.bulk_create(rows)
    return len(rows)


@transaction.atomic
def notification_mark_read(*, user: Any, notification_id: int | None = None) -> int:
    qs = Notification.objects.filter(user=user, read_at__isnull=True)
    if notification_id is not None:
        qs = qs.filter(id=notification_id)
    return qs.update(read_at=timezone.now())


def send_digests(*, now: Any = None) -> int:
    """E-mail each user the notifications not yet e-mailed, one message per user."""
    now = now or timezone.now()
    pending = (
        Notification.objects.filter(emailed_at__isnull=True)
        .select_related("user")
        .order_by("user_id", "created_at")
    )
    by_user: dict[int, list[Notification]] = {}
    for n in pending:
        by_user.setdefault(n.user_id, []).append(n)
    for items in by_user.values():
        user = items[0].user
        lines = [f"- {n.title}" + (f"\n  {n.url}" if n.url else "") for n in items]
        message = EmailMessage(
            subject=f"[TechBridge] {len(items)} new notification(s)",
            body="\n".join(lines),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
        )
        try:
            message.send()
        except (OSError, SMTPException):
            # One unreachable mailbox must not stop the digest; the rows stay un-e-mailed.
            logger.warning("Digest to user %s could not be sent", user.pk, exc_info=True)
            continue
        Notification.objects.filter(id__in=[n.id for n in items]).update(emailed_at=now)
    return len(by_user)


def unread_count(user: Any) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
