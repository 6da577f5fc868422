"""The shared kernel's one table: expiring counters (core.counters' database store)."""

from __future__ import annotations

from django.db import models


class Counter(models.Model):
    """A counter shared by every process (rate limits, login lockouts), until `expires_at`."""

    key = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}={self.count}"
