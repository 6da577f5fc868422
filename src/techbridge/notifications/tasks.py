"""Background work of notifications: the one delivery task (e-mails sent right after a
write) and the daily digest. Both take ids or nothing, and are safe to run twice: a row is
claimed before it is mailed, so nothing is mailed twice."""

from __future__ import annotations

from django.tasks import task

from techbridge.notifications import mail


@task
def deliver_task(*, notification_ids: list[int]) -> int:
    """E-mail these immediate notifications (those not yet e-mailed)."""
    return mail.deliver(notification_ids)


@task
def deliver_messages_task(*, messages: list[dict[str, str]]) -> int:
    """E-mail messages already written to addresses without an account."""
    return mail.deliver_messages(messages)


@task
def send_digests_task(*, kinds: list[str] | None = None) -> int:
    """E-mail every user their notifications not yet e-mailed (idempotent)."""
    return mail.send_digests(kinds=kinds)
