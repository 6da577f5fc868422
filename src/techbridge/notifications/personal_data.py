"""What notifications keeps about a person (core.personal_data): their notices."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.notifications.models import Notification

FIELDS = ("kind", "title", "body", "url", "delivery", "created_at", "read_at", "emailed_at")


def _export(user: Any) -> list[dict[str, Any]]:
    return rows(Notification.objects.filter(user=user).order_by("created_at", "id"), FIELDS)


def _erase(user: Any) -> None:
    Notification.objects.filter(user=user).delete()


register(
    Section(
        key="notifications.notifications",
        label=_("Your notifications"),
        export=_export,
        erase=_erase,
        covers=("notifications.Notification.user",),
        order=10,
    )
)
