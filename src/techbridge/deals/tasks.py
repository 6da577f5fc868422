"""Background work of the deals app (in-process by default, workers at scale)."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task

from techbridge.accounts.models import User

logger = logging.getLogger(__name__)


@task
def send_connection_email(*, user_ids: list[int], subject: str, body: str) -> int:
    """E-mail one notice about a connection to each of the given active users; returns how
    many were sent. Safe to run twice (a duplicate e-mail is the worst outcome)."""
    emails = list(
        User.objects.filter(id__in=user_ids, is_active=True).values_list("email", flat=True)
    )
    sent = 0
    for email in emails:
        try:
            sent += send_mail(
                subject=f"[TechBridge] {subject}"[:200],
                message=body,
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[email],
            )
        except OSError:  # a mail server down must not undo or block the deal
            logger.warning("could not e-mail %s about a connection", email, exc_info=True)
    return sent
