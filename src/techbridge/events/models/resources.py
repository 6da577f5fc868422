"""The B2B meetings' resources besides tables: interpreters (the languages they work in, the
slots they cannot work) and rooms (a range of tables, closed in some slots). The scheduler
gives an interpreter to each meeting that needs one and keeps meetings out of closed rooms
(services/scheduling.py; the engine's Interpreter and Room)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techbridge.events.models.event import Event, MeetingSlot


class Interpreter(models.Model):
    """An interpreter of the event. `languages` (codes of LANGUAGE_CHOICES, at least two):
    they interpret a meeting whose two sides each speak one of them (zh + en covers the
    zh–en pair). They are in one meeting per slot, never in `unavailable_slots`."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="interpreters")
    name = models.CharField(_("name"), max_length=150)
    languages = models.JSONField(_("working languages"), default=list)
    unavailable_slots = models.ManyToManyField(
        MeetingSlot, blank=True, related_name="+", verbose_name=_("unavailable in")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("interpreter")
        verbose_name_plural = _("interpreters")
        ordering = ["event", "name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "name"], name="one_interpreter_name_per_event")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({'–'.join(self.languages)})"


class Room(models.Model):
    """A meeting room holding tables `first_table`..`last_table` of the event; rooms of one
    event never share a table (the forms and services check it). In `closed_slots` none of
    its tables can be used. Tables in no room are always open."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(_("name"), max_length=100)
    first_table = models.PositiveIntegerField(_("first table"))
    last_table = models.PositiveIntegerField(_("last table"))
    closed_slots = models.ManyToManyField(
        MeetingSlot, blank=True, related_name="+", verbose_name=_("closed in")
    )

    class Meta:
        verbose_name = _("meeting room")
        verbose_name_plural = _("meeting rooms")
        ordering = ["event", "first_table", "id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "name"], name="one_room_name_per_event"),
            models.CheckConstraint(
                condition=Q(first_table__gte=1, last_table__gte=models.F("first_table")),
                name="room_table_range_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.first_table}–{self.last_table})"

    def holds(self, table: int | None) -> bool:
        return table is not None and self.first_table <= table <= self.last_table
