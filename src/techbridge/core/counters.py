"""Expiring counters shared by every process: login lockouts and other rate limits.

Several gunicorn workers, task workers and machines must count the same failures, so a
counter never lives in a process's memory. Two stores, one contract (`hit` increments
atomically and returns the new value; the counter disappears `ttl` seconds after its first
hit):

- Redis, when ``REDIS_URL`` is set (an atomic Lua ``INCR`` + ``EXPIRE``);
- the database otherwise (``core_counter``: an atomic ``UPDATE … SET count = count + 1``),
  and also when Redis is configured but unreachable, so a lockout still holds across
  processes while Redis is down (logged once per process as a warning).
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta
from functools import cache
from typing import Any, Protocol

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from techbridge.core.models import Counter

log = logging.getLogger(__name__)

# INCR then EXPIRE on the first hit, in one atomic step (a crash in between cannot leave a
# counter that never expires).
_INCR = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
"""


class Store(Protocol):
    def hit(self, key: str, ttl: int) -> int: ...
    def get(self, key: str) -> int: ...
    def reset(self, key: str) -> None: ...


class DatabaseStore:
    """Counters in the database: shared by every process that shares the database."""

    def hit(self, key: str, ttl: int) -> int:
        now = timezone.now()
        with transaction.atomic():
            live = Counter.objects.filter(key=key, expires_at__gt=now)
            if not live.update(count=F("count") + 1):
                Counter.objects.filter(key=key, expires_at__lte=now).delete()
                try:
                    with transaction.atomic():
                        Counter.objects.create(
                            key=key, count=1, expires_at=now + timedelta(seconds=ttl)
                        )
                except IntegrityError:  # another process created it meanwhile
                    Counter.objects.filter(key=key).update(count=F("count") + 1)
            return int(Counter.objects.filter(key=key).values_list("count", flat=True)[0])

    def get(self, key: str) -> int:
        row = (
            Counter.objects.filter(key=key, expires_at__gt=timezone.now())
            .values_list("count", flat=True)
            .first()
        )
        return int(row or 0)

    def reset(self, key: str) -> None:
        Counter.objects.filter(key=key).delete()

    @staticmethod
    def purge() -> int:
        """Delete expired counters (the Redis store expires its own)."""
        return int(Counter.objects.filter(expires_at__lte=timezone.now()).delete()[0])


class RedisStore:
    """Counters in Redis; any Redis error falls back to the database for that call."""

    def __init__(self, url: str, prefix: str) -> None:
        import redis

        self.prefix = prefix
        self.client = redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)
        self.fallback = DatabaseStore()
        self._incr = self.client.register_script(_INCR)
        self._warned = False

    def _down(self, exc: Exception) -> None:
        if not self._warned:
            log.warning("Redis unreachable (%s): counters use the database", exc)
            self._warned = True

    def hit(self, key: str, ttl: int) -> int:
        try:
            return int(self._incr(keys=[self.prefix + key], args=[ttl]))
        except Exception as exc:  # any Redis failure: the database still holds
            self._down(exc)
            return self.fallback.hit(key, ttl)

    def get(self, key: str) -> int:
        try:
            value = self.client.get(self.prefix + key)
        except Exception as exc:
            self._down(exc)
            return self.fallback.get(key)
        # Redis may have come back after a fallback: the larger count holds.
        return max(int(value or 0), self.fallback.get(key) if self._warned else 0)

    def reset(self, key: str) -> None:
        try:
            self.client.delete(self.prefix + key)
        except Exception as exc:
            self._down(exc)
        self.fallback.reset(key)


def _config() -> tuple[str, str]:
    conf: dict[str, Any] = getattr(settings, "TECHBRIDGE", {})
    url = conf.get("REDIS_URL", os.environ.get("REDIS_URL", ""))
    return str(url or ""), str(conf.get("REDIS_PREFIX", "techbridge:"))


@cache
def _store_for(url: str, prefix: str) -> Store:
    return RedisStore(url, prefix) if url else DatabaseStore()


def store() -> Store:
    """The configured store (one per configuration and process)."""
    return _store_for(*_config())


def hit(key: str, ttl: int) -> int:
    return store().hit(key, ttl)


def get(key: str) -> int:
    return store().get(key)


def reset(key: str) -> None:
    store().reset(key)
