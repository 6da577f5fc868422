"""Absolute links for e-mails: the one place that knows the site's address
(`settings.SITE_URL`). Notifications store paths from `reverse()`; a message leaving the site
turns them into full addresses here."""

from __future__ import annotations

from django.conf import settings


def absolute_url(path: str) -> str:
    """`path` (from `reverse()`, with its query string) on the site's address; "" stays ""."""
    if not path:
        return ""
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL.rstrip("/") + "/" + path.lstrip("/")
