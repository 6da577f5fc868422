"""The service desk's cases: Case (a member organisation's request, with its number, status,
priority, assignee, watchers and links to a profile or connection) → CaseMessage (public
replies and internal notes), CaseAttachment (private files), CaseEvent (every change, kept as
the case's history); QueueView (a staff member's saved queue filters).

A leaf of the app's models: it imports the catalogue only, and the other model modules import
it (never `desk.models`, which re-exports them all), so no import cycle runs through them."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.core.choices import Department
from techbridge.deals.models import Connection
from techbridge.desk.models_catalogue import ServiceType
from techbridge.profiles.models import TechnologyProfile


class Priority(models.TextChoices):
    LOW = "low", _("Low")
    NORMAL = "normal", _("Normal")
    HIGH = "high", _("High")
    URGENT = "urgent", _("Urgent")


class CaseStatus(models.TextChoices):
    NEW = "new", _("New")
    ACCEPTED = "accepted", _("Accepted")
    IN_PROGRESS = "in_progress", _("In progress")
    WAITING = "waiting", _("Waiting for the client")
    RESOLVED = "resolved", _("Resolved")
    CLOSED = "closed", _("Closed")


OPEN_STATUSES = (
    CaseStatus.NEW,
    CaseStatus.ACCEPTED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.WAITING,
)


class EventKind(models.TextChoices):
    CREATED = "created", _("Submitted")
    STATUS = "status", _("Status changed")
    ASSIGNED = "assigned", _("Assigned")
    PRIORITY = "priority", _("Priority changed")
    REPLY = "reply", _("Replied")
    NOTE = "note", _("Internal note")
    HANDOFF = "handoff", _("Handed off")
    PROCEDURE = "procedure", _("Procedure")
    WATCHERS = "watchers", _("Watchers")
    CANCELLED = "cancelled", _("Cancelled")


class Case(models.Model):
    """A request of a member organisation to the centre."""

    number = models.CharField(_("number"), max_length=20, unique=True, null=True, editable=False)
    service_type = models.ForeignKey(
        ServiceType, on_delete=models.PROTECT, related_name="cases", verbose_name=_("service")
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="desk_cases"
    )
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    department = models.CharField(_("department"), max_length=20, choices=Department.choices)
    subject = models.CharField(_("subject"), max_length=200)
    description = models.TextField(_("your question"), max_length=10000)
    language = models.CharField(_("language"), max_length=8, default="en")
    status = models.CharField(
        _("status"), max_length=12, choices=CaseStatus.choices, default=CaseStatus.NEW
    )
    priority = models.CharField(
        _("priority"), max_length=8, choices=Priority.choices, default=Priority.NORMAL
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="desk_assigned",
        verbose_name=_("assignee"),
    )
    watchers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="desk_watching"
    )
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    profile = models.ForeignKey(
        TechnologyProfile,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="desk_cases",
        verbose_name=_("profile"),
    )
    connection = models.ForeignKey(
        Connection,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="desk_cases",
        verbose_name=_("connection"),
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # SLA clocks (desk/sla.py keeps them): when each target falls due (None while the clock
    # is paused for the client), the business time each took, and the warnings sent.
    first_response_due = models.DateTimeField(null=True, blank=True)
    next_response_due = models.DateTimeField(null=True, blank=True)
    resolution_due = models.DateTimeField(null=True, blank=True, db_index=True)
    first_response_seconds = models.PositiveIntegerField(null=True, blank=True)
    resolution_seconds = models.PositiveIntegerField(null=True, blank=True)
    sla_breached = models.BooleanField(default=False)
    sla_warned_at = models.DateTimeField(null=True, blank=True)
    sla_escalated_at = models.DateTimeField(null=True, blank=True)
    # Cancelled: closed before it was resolved, with the reason (the client withdrew it, or
    # staff found it a duplicate, out of scope...).
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancel_reason = models.TextField(_("reason for cancelling"), max_length=2000, blank=True)
    rating = models.PositiveSmallIntegerField(_("satisfaction (1-5)"), null=True, blank=True)
    rating_comment = models.TextField(_("comment"), max_length=3000, blank=True)
    rated_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords(
        excluded_fields=["updated_at", "first_response_due", "next_response_due", "resolution_due"]
    )

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=CaseStatus.values), name="desk_case_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(priority__in=Priority.values), name="desk_case_priority_valid"
            ),
            models.CheckConstraint(
                condition=Q(resolved_at__isnull=True) | Q(resolved_at__gte=models.F("created_at")),
                name="desk_case_resolved_after_created",
            ),
            models.CheckConstraint(
                condition=Q(rating__isnull=True) | Q(rating__gte=1, rating__lte=5),
                name="desk_case_rating_1_to_5",
            ),
        ]
        indexes = [
            models.Index(fields=["department", "status"]),
            models.Index(fields=["organisation", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.number or '—'} {self.subject}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def next_due(self) -> Any:
        """The earliest deadline still running (None when none runs: paused or done)."""
        if not self.is_open:
            return None
        dues = [self.next_response_due, self.resolution_due]
        if self.first_response_at is None:
            dues.append(self.first_response_due)
        return min((d for d in dues if d is not None), default=None)


class CaseMessage(models.Model):
    """A public reply (the client sees it) or an internal note (staff only)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    from_staff = models.BooleanField(default=False)
    internal = models.BooleanField(_("internal note"), default=False)
    body = models.TextField(_("message"), max_length=10000)
    # Knowledge-base articles staff point to in a reply (readers see those they may read).
    articles = models.ManyToManyField("desk.Article", blank=True, related_name="messages")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("case message")
        verbose_name_plural = _("case messages")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(internal=False) | Q(from_staff=True), name="desk_note_only_by_staff"
            )
        ]
        indexes = [models.Index(fields=["case", "created_at"])]

    def __str__(self) -> str:
        return self.body[:60]


def private_path(instance: models.Model, filename: str) -> str:
    # Random names under MEDIA_ROOT (outside the web root); the original name is a column.
    return f"desk/{secrets.token_hex(16)}"


class CaseAttachment(models.Model):
    """A file of a case: a form answer (`field_key`) or sent with a message. Internal when
    its message is an internal note. Served only through a permission-checked view."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attachments")
    message = models.ForeignKey(
        CaseMessage, on_delete=models.CASCADE, null=True, blank=True, related_name="attachments"
    )
    field_key = models.CharField(max_length=40, blank=True)
    internal = models.BooleanField(default=False)
    file = models.FileField(upload_to=private_path)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("case attachment")
        verbose_name_plural = _("case attachments")

    def __str__(self) -> str:
        return self.filename


class CaseEvent(models.Model):
    """One change of a case (status, assignee, priority, a reply or a note), for its
    history on the case page. Internal notes' events are shown to staff only."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    kind = models.CharField(max_length=12, choices=EventKind.choices)
    old = models.CharField(max_length=100, blank=True)
    new = models.CharField(max_length=100, blank=True)
    internal = models.BooleanField(default=False)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["case", "at"])]

    def __str__(self) -> str:
        return f"{self.case_id} {self.kind} {self.old}→{self.new}"


class QueueView(models.Model):
    """A filtered queue a staff member saved under a name (shared: every staff member sees
    it and may open it; only its owner changes or deletes it)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="desk_queue_views",
        verbose_name=_("owner"),
    )
    name = models.CharField(_("name"), max_length=80)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    shared = models.BooleanField(_("shared with all staff"), default=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("saved queue view")
        verbose_name_plural = _("saved queue views")
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="desk_view_name_per_owner")
        ]

    def __str__(self) -> str:
        return self.name
