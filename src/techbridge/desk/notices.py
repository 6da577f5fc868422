"""Telling people about their cases, through the platform's one notification pipeline:
each recipient in their own language (the texts are functions rendered once per language),
e-mailed at once after commit. Internal notes go to staff only: a client's id never reaches
a note's notification (`selectors.staff_watchers` returns staff only)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.urls import reverse

from techbridge.core.i18n import LocalisedText
from techbridge.desk import selectors
from techbridge.desk.models import Case
from techbridge.notifications.services import Delivery, notify_users

_delivery: ContextVar[Delivery] = ContextVar("desk_delivery", default=Delivery.NOW)


@contextmanager
def in_app_only() -> Iterator[None]:
    """Write notifications without e-mailing them (the demo loader)."""
    token = _delivery.set(Delivery.NONE)
    try:
        yield
    finally:
        _delivery.reset(token)


def _send(
    ids: Iterable[int], case: Case, *, kind: str, title: LocalisedText, body: LocalisedText
) -> None:
    ids = list(ids)
    if ids:
        notify_users(
            user_ids=ids,
            kind=kind,
            title=title,
            body=body,
            url=reverse("desk:case", args=[case.pk]),
            email=_delivery.get(),
        )


def tell_client(
    case: Case,
    *,
    kind: str,
    title: LocalisedText,
    body: LocalisedText = "",
    exclude: int | None = None,
) -> None:
    """The client's people (requester and watchers of the organisation)."""
    ids = [i for i in selectors.client_recipients(case) if i != exclude]
    _send(ids, case, kind=kind, title=title, body=body)


def tell_staff(
    case: Case,
    *,
    kind: str,
    title: LocalisedText,
    body: LocalisedText = "",
    exclude: int | None = None,
    extra: Iterable[int] = (),
) -> None:
    """The staff working the case (assignee and watchers, else its department), and `extra`
    staff (a department head)."""
    ids = [*selectors.staff_watchers(case), *extra]
    ids = [i for i in dict.fromkeys(ids) if i != exclude]
    _send(ids, case, kind=kind, title=title, body=body)


def tell_department(
    case: Case, department: str, *, kind: str, title: LocalisedText, body: LocalisedText = ""
) -> None:
    """The staff of a department (a hand-off's receivers)."""
    _send(selectors.department_staff(department), case, kind=kind, title=title, body=body)


def tell_users(
    case: Case,
    user_ids: Iterable[int],
    *,
    kind: str,
    title: LocalisedText,
    body: LocalisedText = "",
) -> None:
    """Named people (a watcher just added)."""
    _send(user_ids, case, kind=kind, title=title, body=body)
