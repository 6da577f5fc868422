"""The change log of an event's B2B agenda: every announced version, with what changed."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techbridge.events.models.event import Event
from techbridge.events.models.meetings import ScheduleRun


class ScheduleVersion(models.Model):
    """One announced agenda. `assignments` is the whole schedule as announced
    ([[meeting id, slot id, table], ...]); `changes` what changed since the previous version
    ([{"meeting", "kind", "from": [slot, table] | null, "to": [slot, table] | null}], kind
    one of moved, retabled, dropped, new, cancelled); `notified` how many participants were
    told. Rows are never edited: a later announcement adds a version."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="schedule_versions")
    number = models.PositiveIntegerField()
    run = models.ForeignKey(
        ScheduleRun,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("scheduling run"),
    )
    announced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("announced by"),
    )
    announced_at = models.DateTimeField(_("announced at"))
    assignments = models.JSONField(_("assignments"), default=list)
    changes = models.JSONField(_("changes"), default=list)
    stats = models.JSONField(default=dict, blank=True)
    notified = models.PositiveIntegerField(_("participants notified"), default=0)

    class Meta:
        verbose_name = _("announced agenda")
        verbose_name_plural = _("announced agendas")
        ordering = ["event", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["event", "number"], name="one_version_number_per_event")
        ]

    def __str__(self) -> str:
        return f"{self.event} v{self.number}"
