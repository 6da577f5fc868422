"""Events, their programme and their B2B meeting slots. Times are stored in UTC and shown in
the event's IANA time zone."""

from __future__ import annotations

import zoneinfo

from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.events.models.choices import EventType, EventVisibility, SessionKind


def _localised(obj: object, field: str) -> str:
    """The zh column for Chinese pages when it is filled, else the English one (or the
    other way round)."""
    lang = translation.get_language() or "en"
    en, zh = getattr(obj, f"{field}_en"), getattr(obj, f"{field}_zh")
    if lang.startswith("zh"):
        return zh or en
    return en or zh


class Event(models.Model):
    """An event of the centre. B2B settings apply when `b2b_enabled`."""

    slug = models.SlugField(_("key"), max_length=80, unique=True)
    type = models.CharField(_("type"), max_length=12, choices=EventType.choices)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True, max_length=10000)
    description_zh = models.TextField(_("description (Chinese)"), blank=True, max_length=10000)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=64, default="Asia/Shanghai")
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    visibility = models.CharField(
        _("visibility"),
        max_length=8,
        choices=EventVisibility.choices,
        default=EventVisibility.PUBLIC,
    )
    requires_approval = models.BooleanField(_("registrations need staff approval"), default=False)
    # B2B meetings
    b2b_enabled = models.BooleanField(_("B2B meetings"), default=False)
    slot_minutes = models.PositiveSmallIntegerField(_("meeting length (minutes)"), default=20)
    tables = models.PositiveIntegerField(_("number of tables"), default=20)
    interpreter_tables = models.PositiveIntegerField(
        _("tables with an interpreter"),
        default=0,
        help_text=_("Tables 1..N are equipped with an interpreter."),
    )
    request_expiry_hours = models.PositiveIntegerField(
        _("requests expire after (hours)"), default=72
    )
    max_pending_requests = models.PositiveIntegerField(
        _("pending requests per participant"), default=20
    )
    max_meetings = models.PositiveIntegerField(_("meetings per participant"), default=16)
    schedule_time_limit = models.PositiveIntegerField(
        _("scheduler time limit (seconds)"), default=30
    )
    schedule_published_at = models.DateTimeField(
        _("schedule announced"),
        null=True,
        blank=True,
        help_text=_("Announced meetings stay where they are when the scheduler runs again."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")), name="event_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(interpreter_tables__lte=models.F("tables")),
                name="event_interpreter_tables_le_tables",
            ),
            models.CheckConstraint(condition=Q(slot_minutes__gte=5), name="event_slot_minutes_min"),
            models.CheckConstraint(
                condition=~Q(title_en="") | ~Q(title_zh=""), name="event_has_title"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return _localised(self, "title")

    @property
    def description(self) -> str:
        return _localised(self, "description")

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")


class ProgrammeSession(models.Model):
    """A session of the programme: a talk, forum, ceremony… with speakers and a room."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="programme")
    kind = models.CharField(_("kind"), max_length=10, choices=SessionKind.choices)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    speakers = models.CharField(_("speakers"), max_length=500, blank=True)
    room = models.CharField(_("room"), max_length=100, blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))

    class Meta:
        verbose_name = _("programme session")
        verbose_name_plural = _("programme sessions")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")), name="session_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return _localised(self, "title")


class MeetingSlot(models.Model):
    """A B2B time slot; slots sharing `session` (e.g. d1-am) form one session of meetings."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="slots")
    session = models.CharField(_("session"), max_length=40)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))

    class Meta:
        verbose_name = _("meeting slot")
        verbose_name_plural = _("meeting slots")
        ordering = ["starts_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "starts_at"], name="one_slot_per_start"),
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="slot_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        local = self.starts_at.astimezone(self.event.tz) if self.event_id else self.starts_at
        return f"{self.session} {local:%Y-%m-%d %H:%M}"
