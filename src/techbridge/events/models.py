"""Events, their programme, registrations (participants), B2B meeting slots, meeting
requests, meetings, check-in and outcomes.

Double booking is impossible at the database level: a scheduled meeting owns one
MeetingSeat per participant with UNIQUE(participant, slot), and UNIQUE(event, slot, table)
holds on meetings. Times are stored in UTC and shown in the event's IANA time zone.
"""

from __future__ import annotations

import secrets
import uuid
import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.profiles.models import TechnologyProfile


class EventType(models.TextChoices):
    CONVENTION = "convention", _("Convention")
    MATCHMAKING = "matchmaking", _("Matchmaking event")
    TRAINING = "training", _("Training")
    SEMINAR = "seminar", _("Seminar")
    CONFERENCE = "conference", _("Conference")


class EventVisibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Members only")
    HIDDEN = "hidden", _("Hidden (staff only)")


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")
    REJECTED = "rejected", _("Rejected")


# Registrations that hold a seat.
SEATED = (RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED)


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    EXPIRED = "expired", _("Expired")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class MeetingStatus(models.TextChoices):
    ACTIVE = "active", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")


class Attendance(models.TextChoices):
    UNKNOWN = "", _("Not recorded")
    HELD = "held", _("Held")
    NO_SHOW = "no_show", _("No-show")


class Outcome(models.TextChoices):
    NO_INTEREST = "no_interest", _("No interest")
    FOLLOW_UP = "follow_up", _("Follow-up")
    INTENTION = "intention", _("Cooperation intention")


class SessionKind(models.TextChoices):
    TALK = "talk", _("Talk")
    FORUM = "forum", _("Forum")
    CEREMONY = "ceremony", _("Ceremony")
    WORKSHOP = "workshop", _("Workshop")
    B2B = "b2b", _("B2B meetings")
    BREAK = "break", _("Break")


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


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


def _checkin_code() -> str:
    return secrets.token_urlsafe(12)


def _feed_token() -> str:
    return secrets.token_urlsafe(24)


class Participant(models.Model):
    """A person registered for an event by a member of their organisation. Participants need
    not have an account: the members of the organisation act for them."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="event_participations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_participations",
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    needs_interpreter = models.BooleanField(_("needs an interpreter"), default=False)
    profiles = models.ManyToManyField(
        TechnologyProfile, blank=True, related_name="event_participants", verbose_name=_("profiles")
    )
    sectors = models.JSONField(_("sectors of interest"), default=list, blank=True)
    partnership_types = models.JSONField(
        _("partnership types of interest"), default=list, blank=True
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.PENDING,
    )
    blocks_requests = models.BooleanField(_("block incoming meeting requests"), default=False)
    checkin_code = models.CharField(max_length=32, unique=True, default=_checkin_code)
    feed_token = models.CharField(max_length=40, unique=True, default=_feed_token)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"], m2m_fields=[])

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["event", "name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "organisation", "name"],
                condition=Q(status__in=["pending", "confirmed", "waitlisted"]),
                name="one_live_registration_per_person",
            ),
            models.CheckConstraint(
                condition=Q(status__in=RegistrationStatus.values), name="participant_status_valid"
            ),
        ]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"

    @property
    def is_confirmed(self) -> bool:
        return self.status == RegistrationStatus.CONFIRMED


class AvailabilityWindow(models.Model):
    """A time window when the participant can meet; none at all means always available."""

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="availability"
    )
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()

    class Meta:
        verbose_name = _("availability window")
        verbose_name_plural = _("availability windows")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="window_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M}–{self.ends_at:%H:%M}"


class MeetingRequest(models.Model):
    """A participant asks another for a one-to-one meeting."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="meeting_requests")
    requester = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="requests_sent"
    )
    recipient = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="requests_received"
    )
    message = models.TextField(_("message"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.PENDING
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(requester=models.F("recipient")), name="request_not_to_self"
            ),
            models.UniqueConstraint(
                fields=["requester", "recipient"],
                condition=Q(status__in=["pending", "accepted"]),
                name="one_open_request_per_pair",
            ),
        ]
        indexes = [
            models.Index(fields=["event", "status"]),
            models.Index(fields=["recipient", "status"]),
            models.Index(fields=["requester", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.requester} → {self.recipient} ({self.status})"


class Meeting(models.Model):
    """An agreed one-to-one meeting; the scheduler gives it a slot and a table.

    `uid` is the stable iCalendar UID; `sequence` grows whenever the time or table changes,
    so calendar clients update the entry instead of adding a second one."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="meetings")
    request = models.OneToOneField(
        MeetingRequest, on_delete=models.SET_NULL, null=True, blank=True, related_name="meeting"
    )
    a = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="meetings_as_a")
    b = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="meetings_as_b")
    priority = models.PositiveSmallIntegerField(_("priority"), default=1)
    status = models.CharField(
        _("status"), max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.ACTIVE
    )
    # RESTRICT: a slot holding meetings is not deleted on its own (that would leave a table
    # without a slot); deleting the whole event still cascades.
    slot = models.ForeignKey(
        MeetingSlot, on_delete=models.RESTRICT, null=True, blank=True, related_name="meetings"
    )
    table = models.PositiveIntegerField(_("table"), null=True, blank=True)
    announced = models.BooleanField(_("announced"), default=False)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0)
    attendance = models.CharField(
        _("attendance"), max_length=8, choices=Attendance.choices, default="", blank=True
    )
    no_show_participant = models.ForeignKey(
        Participant, on_delete=models.SET_NULL, null=True, blank=True, related_name="no_shows"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["slot__starts_at", "table", "id"]
        constraints = [
            # a < b: one row per unordered pair, so a pair cannot hold two live meetings.
            models.CheckConstraint(condition=Q(a__lt=models.F("b")), name="meeting_pair_ordered"),
            models.UniqueConstraint(
                fields=["a", "b"], condition=Q(status="active"), name="one_live_meeting_per_pair"
            ),
            models.CheckConstraint(
                condition=Q(priority__gte=1, priority__lte=3), name="meeting_priority_1_3"
            ),
            models.CheckConstraint(
                condition=Q(slot__isnull=True, table__isnull=True)
                | Q(slot__isnull=False, table__gte=1),
                name="meeting_slot_and_table_together",
            ),
            models.UniqueConstraint(
                fields=["event", "slot", "table"], name="one_meeting_per_table_and_slot"
            ),
        ]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self) -> str:
        return f"{self.a.name} – {self.b.name}"

    def other(self, participant_id: int) -> Participant:
        return self.b if self.a_id == participant_id else self.a


class MeetingSeat(models.Model):
    """One participant's place in a scheduled meeting: the database's guard against double
    booking (a person cannot sit in two meetings of one slot)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="seats")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="seats")
    slot = models.ForeignKey(MeetingSlot, on_delete=models.CASCADE, related_name="seats")

    class Meta:
        verbose_name = _("meeting seat")
        verbose_name_plural = _("meeting seats")
        constraints = [
            models.UniqueConstraint(fields=["participant", "slot"], name="no_double_booking"),
            models.UniqueConstraint(
                fields=["meeting", "participant"], name="one_seat_per_meeting_side"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.participant_id}@{self.slot_id}"


class MeetingFeedback(models.Model):
    """One side's rating and outcome of a meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="feedback")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="feedback")
    rating = models.PositiveSmallIntegerField(_("rating"))
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("meeting feedback")
        verbose_name_plural = _("meeting feedback")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "participant"], name="one_feedback_per_side"
            ),
            models.CheckConstraint(condition=Q(rating__gte=1, rating__lte=5), name="rating_1_to_5"),
        ]

    def __str__(self) -> str:
        return f"{self.meeting_id}: {self.outcome}"


class ScheduleRun(models.Model):
    """One run of the scheduler for an event, started by an organiser."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="schedule_runs")
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(max_length=8, choices=RunStatus.choices, default=RunStatus.QUEUED)
    time_limit = models.PositiveIntegerField(default=30)
    allow_moves = models.BooleanField(default=False)
    stats = models.JSONField(default=dict, blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("scheduler run")
        verbose_name_plural = _("scheduler runs")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.event} #{self.pk} ({self.status})"
