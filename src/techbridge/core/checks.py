"""System checks (run by `migrate`, `check` and `make demo`): a configured Redis that does
not answer is said plainly; the platform still works, counting in the database."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.caches)
def redis_reachable(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    url = str(getattr(settings, "TECHBRIDGE", {}).get("REDIS_URL") or "")
    if not url:
        return []
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception as exc:
        return [
            checks.Warning(
                f"REDIS_URL is set but Redis does not answer ({exc}).",
                hint="Login lockouts and rate limits use the database until Redis is back; "
                "start Redis or unset REDIS_URL.",
                id="techbridge.W001",
            )
        ]
    return []


@checks.register()
def one_redis_setting(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """The old cache-only variable is no longer read: say so rather than run without Redis."""
    import os

    if os.environ.get("TECHBRIDGE_REDIS_URL") and not os.environ.get("REDIS_URL"):
        return [
            checks.Warning(
                "TECHBRIDGE_REDIS_URL is set but no longer read.",
                hint="Rename it REDIS_URL: one setting for the shared cache and the counters.",
                id="techbridge.W002",
            )
        ]
    return []
