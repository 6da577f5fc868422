"""Meeting requests, meetings with their seats, feedback, and scheduler runs.

Double booking is impossible at the database level: a scheduled meeting owns one
MeetingSeat per participant with UNIQUE(participant, slot), and UNIQUE(event, slot, table)
holds on meetings."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.events.models.choices import (
    Attendance,
    MeetingStatus,
    Outcome,
    RequestStatus,
    RunKind,
    RunStatus,
)
from techbridge.events.models.event import Event, MeetingSlot
from techbridge.events.models.participants import Participant
from techbridge.events.models.resources import Interpreter


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
    # Given by the scheduler to a meeting that needs one (services/scheduling.py).
    interpreter = models.ForeignKey(
        Interpreter,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meetings",
        verbose_name=_("interpreter"),
    )
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
            # An interpreter is in one meeting per slot, and only a placed meeting has one.
            models.UniqueConstraint(
                fields=["interpreter", "slot"], name="interpreter_one_meeting_per_slot"
            ),
            models.CheckConstraint(
                condition=Q(interpreter__isnull=True) | Q(slot__isnull=False),
                name="meeting_interpreter_needs_slot",
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
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED)
    time_limit = models.PositiveIntegerField(default=30)
    allow_moves = models.BooleanField(default=False)
    kind = models.CharField(max_length=8, choices=RunKind.choices, default=RunKind.SOLVE)
    # A repair: at most this many announced meetings change slot (besides the hit ones).
    max_moves = models.PositiveIntegerField(_("most meetings moved"), null=True, blank=True)
    # A repair's result until the organiser decides: {"assignments": [[meeting, slot,
    # table], ...], "changes": [...]} (see services/versions.py).
    proposal = models.JSONField(_("proposed agenda"), default=dict, blank=True)
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
