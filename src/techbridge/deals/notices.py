"""Who hears about what happens to a connection: in-app notifications now (in the caller's
transaction), e-mail after commit through a task."""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from typing import Any

from django.db import transaction

from techbridge.accounts.models import Membership, User
from techbridge.core.i18n import LocalisedText, render
from techbridge.deals.models import Connection
from techbridge.notifications.services import notify_organisation, notify_users


def _email_later(user_ids: list[int], title: LocalisedText, body: LocalisedText, url: str) -> None:
    """One e-mail task per language among the recipients, each rendered in that language."""
    from techbridge.deals.tasks import send_connection_email

    by_language: dict[str, list[int]] = defaultdict(list)
    for uid, code in User.objects.filter(id__in=user_ids).values_list("id", "preferred_language"):
        by_language[code].append(uid)
    for code, ids in by_language.items():
        subject, text = render(title, code), f"{render(body, code)}\n\n{url}".strip()
        transaction.on_commit(
            partial(send_connection_email.enqueue, user_ids=ids, subject=subject, body=text)
        )


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
    url = f"/connections/{connection.pk}/"
    exclude_id = getattr(exclude, "pk", None)
    notify_organisation(
        organisation_id=to_org_id,
        kind=kind,
        title=title,
        body=body,
        url=url,
        exclude_user_id=exclude_id,
    )
    user_ids = [
        uid
        for uid in Membership.objects.filter(organisation_id=to_org_id).values_list(
            "user_id", flat=True
        )
        if uid != exclude_id
    ]
    _email_later(user_ids, title, body, url)


def announce_staff(connection: Connection, title: LocalisedText) -> None:
    """Tell the brokers of the connection's department (all active staff if none)."""
    staff = User.objects.filter(is_staff=True, is_active=True)
    if connection.department:
        in_department = staff.filter(department=connection.department)
        staff = in_department if in_department.exists() else staff
    url = f"/connections/{connection.pk}/"
    user_ids = list(staff.values_list("id", flat=True)[:50])
    notify_users(
        user_ids=user_ids, kind="connection", title=title, body=connection.message, url=url
    )
    _email_later(user_ids, title, connection.message, url)
