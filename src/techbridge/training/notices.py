"""Telling people about their enrolments and certificates, through the platform's one
notification pipeline: each recipient in their own language, e-mailed at once after commit
(a row written in a transaction that rolls back is never sent)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.urls import reverse

from techbridge.core.i18n import LocalisedText
from techbridge.notifications.services import Delivery, notify_users
from techbridge.training.models import Enrolment

_delivery: ContextVar[Delivery] = ContextVar("training_delivery", default=Delivery.NOW)


@contextmanager
def in_app_only() -> Iterator[None]:
    """Write notifications without e-mailing them (the demo loader)."""
    token = _delivery.set(Delivery.NONE)
    try:
        yield
    finally:
        _delivery.reset(token)


def recipients(enrolment: Enrolment) -> list[int]:
    """The enrolled person's account and the member who enrolled them (not staff who
    enrolled someone on their behalf)."""
    ids = [enrolment.user_id]
    by = enrolment.enrolled_by
    if by is not None and not by.is_staff:
        ids.append(by.pk)
    return list(dict.fromkeys(i for i in ids if i is not None))


def tell(
    enrolment: Enrolment, *, kind: str, title: LocalisedText, body: LocalisedText = ""
) -> None:
    """Notify the people of an enrolment (call inside the service's transaction)."""
    ids = recipients(enrolment)
    if ids:
        notify_users(
            user_ids=ids,
            kind=kind,
            title=title,
            body=body,
            url=reverse("training:enrolment", args=[enrolment.pk]),
            email=_delivery.get(),
        )
