"""Background work: the daily e-mail digest of notifications."""

from __future__ import annotations

from django.tasks import task

from techbridge.notifications.services import send_digests


@task
def send_digests_task() -> int:
    """E-mail every user their notifications not yet e-mailed (idempotent)."""
    return send_digests()
