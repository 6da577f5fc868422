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
