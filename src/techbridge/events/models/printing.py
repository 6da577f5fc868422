"""The organisers' print run: every badge and agenda of an event rendered in a task into one
ZIP archive (events/documents.py), with its progress."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techbridge.events.models.choices import RunStatus
from techbridge.events.models.event import Event


def archive_path(instance: models.Model, filename: str) -> str:
    # A random name under MEDIA_ROOT (outside the web root), served only by a staff view.
    return f"events/print/{secrets.token_hex(16)}.zip"


class PrintRun(models.Model):
    """One rendering of all badges and agendas; `done` of `total` participants so far."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="print_runs")
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED)
    base_url = models.CharField(_("site address"), max_length=200)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    archive = models.FileField(_("archive"), upload_to=archive_path, blank=True)
    stats = models.JSONField(default=dict, blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("print run")
        verbose_name_plural = _("print runs")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.event} print #{self.pk} ({self.status})"

    @property
    def percent(self) -> int:
        return 100 * self.done // self.total if self.total else 0
