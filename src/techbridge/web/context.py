from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from techbridge.notifications.services import unread_count


def platform(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    return {
        "unread_notifications": unread_count(user) if user is not None else 0,
        "LANGUAGES_AVAILABLE": settings.LANGUAGES,
        "OUTBOX_ENABLED": bool(settings.OUTBOX_DIR),
    }
