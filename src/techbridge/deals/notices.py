"""Who hears about what happens to a connection: in-app notifications now (in the caller's
transaction), e-mail after commit through a task."""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from typing import Any

from django.db import transaction

from techbridge.accounts.models import User
from techbridge.core.i18n import LocalisedText, render
from techbridge.deals.models import Connection
from techbridge.notifications.services import member_ids, notify_users, preferred_languages


def _email_later(
    languages: dict[int, str], title: LocalisedText, body: LocalisedText, url: str
) -> None:
    """One e-mail task per language among the recipients (their `preferred_languages`),
    each rendered in that language."""
    from techbridge.deals.tasks import send_connection_email

    by_language: dict[str, list[int]] = defaultdict(list)
    for uid, code in languages.items():
        by_language[code].append(uid)
    for code, ids in by_language.items():
        subject, text = render(title, code), f"{render(body, code)}\n\n{url}".strip()
        transaction.on_commit(
            partial(send_connection_email.enqueue, user_ids=ids, subject=subject, body=text)
        )


def _notify(
    user_ids: list[int], kind: str, title: LocalisedText, body: LocalisedText, url: str
) -> None:
    """In-app and by e-mail, each recipient in their language (read once for both)."""
    languages = preferred_languages(user_ids)
    notify_users(user_ids=user_ids, kind=kind, title=title, body=body, url=url, languages=languages)
    _email_later(languages, title, body, url)


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
    _notify(user_ids, kind, title, body, f"/connections/{connection.pk}/")


def announce_staff(connection: Connection, title: LocalisedText) -> None:
    """Tell the brokers of the connection's department (all active staff if none)."""
    staff = User.objects.filter(is_staff=True, is_active=True)
    if connection.department:
        in_department = staff.filter(department=connection.department)
        staff = in_department if in_department.exists() else staff
    user_ids = list(staff.values_list("id", flat=True)[:50])
    _notify(user_ids, "connection", title, connection.message, f"/connections/{connection.pk}/")
