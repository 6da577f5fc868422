"""Telling a hosted firm about its contract, checks and mail through the platform's one
notification pipeline: every member of the firm, each in their own language, e-mailed at
once after commit (the demo loader keeps them in-app)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from techbridge.core.i18n import LocalisedText
from techbridge.notifications.services import Delivery, notify_organisation

_delivery: ContextVar[Delivery] = ContextVar("domiciliation_delivery", default=Delivery.NOW)


@contextmanager
def in_app_only() -> Iterator[None]:
    """Write notifications without e-mailing them (the demo loader)."""
    token = _delivery.set(Delivery.NONE)
    try:
        yield
    finally:
        _delivery.reset(token)


def tell_firm(
    organisation_id: int,
    *,
    kind: str,
    title: LocalisedText,
    body: LocalisedText = "",
    url: str = "",
    exclude_user_id: int | None = None,
) -> int:
    """Notify the firm's members (call inside the service's transaction)."""
    return notify_organisation(
        organisation_id=organisation_id,
        kind=kind,
        title=title,
        body=body,
        url=url,
        email=_delivery.get(),
        exclude_user_id=exclude_user_id,
    )
