"""Who hears about what happens to a connection: through the notification pipeline, in-app
and by e-mail at once (after commit), each recipient in their language."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from techbridge.accounts.models import User
from techbridge.core.i18n import LocalisedText
from techbridge.deals.models import Connection
from techbridge.notifications.services import Delivery, member_ids, notify_users

CONNECTION = "deals.connection"  # the kinds are registered in DealsConfig.ready()
MESSAGE = "deals.message"


def announce(
    connection: Connection,
    *,
    to_org_id: int,
    kind: str,
    title: LocalisedText,
    body: LocalisedText = "",
    exclude: Any = None,
) -> None:
    """Notify every member of one side of a connection (in-app and by e-mail)."""
    user_ids = member_ids(to_org_id, exclude_user_id=getattr(exclude, "pk", None))
    notify_users(
        user_ids=user_ids,
        kind=kind,
        title=title,
        body=body,
        url=reverse("deals:detail", args=[connection.pk]),
        email=Delivery.NOW,
    )


def announce_staff(connection: Connection, title: LocalisedText) -> None:
    """Tell the brokers of the connection's department (all active staff if none)."""
    staff = User.objects.filter(is_staff=True, is_active=True)
    if connection.department:
        in_department = staff.filter(department=connection.department)
        staff = in_department if in_department.exists() else staff
    notify_users(
        user_ids=list(staff.values_list("id", flat=True)[:50]),
        kind=CONNECTION,
        title=title,
        body=connection.message,
        url=reverse("deals:detail", args=[connection.pk]),
        email=Delivery.NOW,
    )
