"""Telling people about their enrolments and certificates, through the platform's one
notification pipeline (each recipient in their own language)."""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse

from techbridge.core.i18n import LocalisedText
from techbridge.notifications.services import notify_users
from techbridge.training.models import Enrolment

KINDS = ("training.enrolment", "training.promoted", "training.certificate")


def recipients(enrolment: Enrolment) -> list[int]:
    """The enrolled person's account and whoever enrolled them."""
    ids = [enrolment.user_id, enrolment.enrolled_by_id]
    return list(dict.fromkeys(i for i in ids if i is not None))


def tell(
    enrolment: Enrolment, *, kind: str, title: LocalisedText, body: LocalisedText = ""
) -> None:
    """Notify after the transaction commits (nothing is sent for a write that rolls back)."""
    ids = recipients(enrolment)
    if not ids:
        return
    url = reverse("training:enrolment", args=[enrolment.pk])

    def send() -> None:
        notify_users(user_ids=ids, kind=kind, title=title, body=body, url=url)

    transaction.on_commit(send)
