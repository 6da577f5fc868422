from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from techbridge.notifications.services import unread_count

NAV = (
    ("search:search", _("Search")),
    ("events:list", _("Events")),
    ("deals:figures", _("Results")),
)


def app_nav() -> list[dict[str, Any]]:
    """Main-menu entries of the apps that are mounted."""
    items = []
    for name, label in NAV:
        try:
            items.append({"url": reverse(name), "label": label})
        except NoReverseMatch:
            continue
    return items


def platform(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    return {
        "unread_notifications": unread_count(user) if user is not None else 0,
        "LANGUAGES_AVAILABLE": settings.LANGUAGES,
        "app_nav": app_nav(),
    }
