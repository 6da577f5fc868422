"""Writing notifications: in-app rows now, e-mail in the daily digest (or at once)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from smtplib import SMTPException
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import ngettext

from techbridge.accounts.models import Membership, User
from techbridge.core.i18n import LocalisedText, language, language_of, render
from techbridge.notifications.models import Notification

logger = logging.getLogger(__name__)


def notify(
    *, user_id: int, kind: str, title: LocalisedText, body: LocalisedText = "", url: str = ""
) -> Notification:
    """One in-app notification for one user, written in the user's language."""
    rows = notify_users(user_ids=[user_id], kind=kind, title=title, body=body, url=url)
    return rows[0]


def preferred_languages(user_ids: Iterable[int]) -> dict[int, str]:
    """Each existing user's preferred language code (one query)."""
    return dict(User.objects.filter(id__in=user_ids).values_list("id", "preferred_language"))


def member_ids(organisation_id: int, *, exclude_user_id: int | None = None) -> list[int]:
    """The users who are members of an organisation (but one)."""
    user_ids = Membership.objects.filter(organisation_id=organisation_id).values_list(
        "user_id", flat=True
    )
    return [uid for uid in user_ids if uid != exclude_user_id]


def notify_users(
    *,
    user_ids: Iterable[int],
    kind: str,
    title: LocalisedText,
    body: LocalisedText = "",
    url: str = "",
    languages: dict[int, str] | None = None,
) -> list[Notification]:
    """One notification for each user, each rendered in its recipient's preferred language
    (pass lazy text or a function building the sentence; plain strings stay as they are).
    ``languages``: the recipients' `preferred_languages`, when the caller has them."""
    ids = list(dict.fromkeys(user_ids))
    if languages is None:
        languages = preferred_languages(ids)
    texts: dict[str, tuple[str, str]] = {}
    rows = []
    for uid in ids:
        code = languages.get(uid, "")
        if code not in texts:
            texts[code] = (render(title, code)[:300], render(body, code)[:5000])
        title_text, body_text = texts[code]
        rows.append(
            Notification(user_id=uid, kind=kind, title=title_text, body=body_text, url=url[:500])
        )
    return Notification.objects.bulk_create(rows)


def notify_organisation(
    *,
    organisation_id: int,
    kind: str,
    title: LocalisedText,
    body: LocalisedText = "",
    url: str = "",
    exclude_user_id: int | None = None,
) -> int:
    """Notify every member of an organisation, each in their language; returns how many
    were notified."""
    ids = member_ids(organisation_id, exclude_user_id=exclude_user_id)
    return len(notify_users(user_ids=ids, kind=kind, title=title, body=body, url=url))


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
        message = _digest_message(user, items)
        try:
            message.send()
        except (OSError, SMTPException):
            # One unreachable mailbox must not stop the digest; the rows stay un-e-mailed.
            logger.warning("Digest to user %s could not be sent", user.pk, exc_info=True)
            continue
        Notification.objects.filter(id__in=[n.id for n in items]).update(emailed_at=now)
    return len(by_user)


def _digest_message(user: Any, items: list[Notification]) -> EmailMessage:
    """The digest e-mail in the recipient's language (the rows were written in it)."""
    with language(language_of(user)):
        n = len(items)
        subject = ngettext(
            "[TechBridge] %(count)d new notification",
            "[TechBridge] %(count)d new notifications",
            n,
        ) % {"count": n}
        lines = [f"- {i.title}" + (f"\n  {i.url}" if i.url else "") for i in items]
    return EmailMessage(
        subject=subject,
        body="\n".join(lines),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )


def unread_count(user: Any) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
