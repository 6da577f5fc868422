"""The one notification pipeline: every app tells people about something through here.

`notify_users` / `notify_organisation` write one in-app row per recipient, in the recipient's
language, and choose how it reaches their mailbox (`Delivery`: at once after commit, in the
daily digest, or not at all). `notify_addresses` mails people who may have no account (an
event's participants). Links are paths from `reverse()`; e-mails make them absolute
(`notifications.links`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any

from django.db import transaction
from django.utils import timezone

from techbridge.accounts.models import Membership, User
from techbridge.core.i18n import LocalisedText, render
from techbridge.notifications.kinds import kind_get
from techbridge.notifications.models import Delivery, Notification
from techbridge.notifications.tasks import deliver_messages_task, deliver_task

__all__ = [
    "Delivery",
    "member_ids",
    "notification_mark_read",
    "notify",
    "notify_addresses",
    "notify_organisation",
    "notify_users",
    "preferred_languages",
    "unread_count",
]


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
    email: Delivery = Delivery.DIGEST,
    languages: dict[int, str] | None = None,
) -> list[Notification]:
    """One notification for each user, each rendered in its recipient's preferred language
    (pass lazy text or a function building the sentence; plain strings stay as they are).
    `url` is a path from `reverse()`. `email`: NOW mails each row after commit, DIGEST leaves
    it to the daily digest, NONE keeps it in-app. `languages`: the recipients'
    `preferred_languages`, when the caller has them."""
    kind_get(kind)  # an unregistered kind is a programming error
    delivery = Delivery(email)
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
            Notification(
                user_id=uid,
                kind=kind,
                title=title_text,
                body=body_text,
                url=url[:500],
                delivery=delivery,
            )
        )
    rows = Notification.objects.bulk_create(rows)
    if delivery == Delivery.NOW and rows:
        ids_to_mail = [n.id for n in rows]
        transaction.on_commit(partial(deliver_task.enqueue, notification_ids=ids_to_mail))
    return rows


def notify(
    *,
    user_id: int,
    kind: str,
    title: LocalisedText,
    body: LocalisedText = "",
    url: str = "",
    email: Delivery = Delivery.DIGEST,
) -> Notification:
    """One in-app notification for one user, written in the user's language."""
    rows = notify_users(user_ids=[user_id], kind=kind, title=title, body=body, url=url, email=email)
    return rows[0]


def notify_organisation(
    *,
    organisation_id: int,
    kind: str,
    title: LocalisedText,
    body: LocalisedText = "",
    url: str = "",
    email: Delivery = Delivery.DIGEST,
    exclude_user_id: int | None = None,
) -> int:
    """Notify every member of an organisation, each in their language; returns how many
    were notified."""
    ids = member_ids(organisation_id, exclude_user_id=exclude_user_id)
    rows = notify_users(user_ids=ids, kind=kind, title=title, body=body, url=url, email=email)
    return len(rows)


def notify_addresses(
    *,
    recipients: Mapping[str, str],
    kind: str,
    title: LocalisedText,
    body: LocalisedText = "",
    url: str = "",
) -> int:
    """E-mail addresses that may have no account (`recipients`: address -> language code),
    each in its language, after commit; returns how many messages are queued."""
    kind_get(kind)
    by_language: dict[str, list[str]] = defaultdict(list)
    for address, code in recipients.items():
        if address:
            by_language[code].append(address)
    messages = []
    for code, addresses in by_language.items():
        subject, text = render(title, code), render(body, code)
        messages += [{"to": a, "subject": subject, "body": text, "url": url} for a in addresses]
    if messages:
        transaction.on_commit(partial(deliver_messages_task.enqueue, messages=messages))
    return len(messages)


@transaction.atomic
def notification_mark_read(*, user: Any, notification_id: int | None = None) -> int:
    qs = Notification.objects.filter(user=user, read_at__isnull=True)
    if notification_id is not None:
        qs = qs.filter(id=notification_id)
    return qs.update(read_at=timezone.now())


def unread_count(user: Any) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
