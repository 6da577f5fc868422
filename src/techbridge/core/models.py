"""The shared kernel's one table: expiring counters (core.counters' database store)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Counter(models.Model):
    """A counter shared by every process (rate limits, login lockouts), until `expires_at`."""

    key = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(_("count"), default=0)
    expires_at = models.DateTimeField(_("expires at"), db_index=True)

    class Meta:
        verbose_name = _("shared counter")
        verbose_name_plural = _("shared counters")

    def __str__(self) -> str:
        return f"{self.key}={self.count}"
