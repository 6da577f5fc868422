"""`/health`: for monitoring. 200 when the database answers, 503 when it does not; says
where the shared counters live (Redis, or the database while Redis is down). Nothing
private: no versions, no addresses, no counts."""

from __future__ import annotations

import time

from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from techbridge.core import counters


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


def _counters() -> str:
    store = counters.store()
    if isinstance(store, counters.RedisStore):
        try:
            store.client.ping()
        except Exception:
            return "database (redis unreachable)"
        return "redis"
    return "database"


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    started = time.perf_counter()
    database = _database()
    body = {
        "status": "ok" if database else "error",
        "database": "ok" if database else "error",
        "counters": _counters(),
        "ms": round((time.perf_counter() - started) * 1000, 1),
    }
    return JsonResponse(body, status=200 if database else 503)
