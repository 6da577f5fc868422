"""The public verification of a certificate's code, rate-limited per client address.

Anybody may check a code; a wrong code (a typo caught by the check characters, a guess, an
altered code) reads "not found" exactly like a code that was never issued. A client that
keeps failing is refused for the rest of the window (HTTP 429), so guessing 80-bit codes
through the page is hopeless. Counters are core.counters: shared by every process (Redis when
configured, else the database).
"""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from techbridge.core import counters
from techbridge.core.errors import RateLimited
from techbridge.training.models import Certificate
from techbridge.training.selectors import certificate_verify

WINDOW_SECONDS = 600


def _limits() -> tuple[int, int]:
    conf = getattr(settings, "TECHBRIDGE", {})
    return (
        int(conf.get("CERTIFICATE_VERIFY_FAILURES", 10)),
        int(conf.get("CERTIFICATE_VERIFY_LOOKUPS", 60)),
    )


def client_address(request: Any) -> str:
    return str(request.META.get("REMOTE_ADDR") or "unknown")[:64]


def _key(kind: str, client: str) -> str:
    return f"training:verify:{kind}:{client}:{int(time.time()) // WINDOW_SECONDS}"


def _count(key: str) -> int:
    return counters.hit(key, WINDOW_SECONDS)


def _current(key: str) -> int:
    return counters.get(key)


def verify(code: str, client: str) -> Certificate | None:
    """The certificate with `code`, or None; raises RateLimited once the client has used up
    its failures or lookups in the current window."""
    failures, lookups = _limits()
    if _current(_key("fail", client)) >= failures:
        raise RateLimited(_("Too many codes were not found. Please try again in a few minutes."))
    if _count(_key("all", client)) > lookups:
        raise RateLimited()
    cert = certificate_verify(code)
    if cert is None:
        _count(_key("fail", client))
    return cert
