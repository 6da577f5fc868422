"""The departments' service desk.

ServiceType (the public catalogue: bilingual, one responsible department, its SLA policy)
→ FormField (the request form staff define: text, choice, date, file; required, or required
only when another field has a given value) → Case (a member organisation's request, with its
number, status, priority, assignee and links to a profile or connection) → CaseMessage
(public replies and internal notes), CaseAttachment (private files), CaseEvent (every change,
kept as the case's history).
"""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.core.choices import Department
from techbridge.deals.models import Connection
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


class FieldKind(models.TextChoices):
    TEXT = "text", _("Text")
    CHOICE = "choice", _("Choice")
    DATE = "date", _("Date")
    FILE = "file", _("File")


class EventKind(models.TextChoices):
    CREATED = "created", _("Submitted")
    STATUS = "status", _("Status changed")
    ASSIGNED = "assigned", _("Assigned")
    PRIORITY = "priority", _("Priority changed")
    REPLY = "reply", _("Replied")
    NOTE = "note", _("Internal note")
    HANDOFF = "handoff", _("Handed off")
    PROCEDURE = "procedure", _("Procedure")


class ProcedureKind(models.TextChoices):
    CONTRACT_REGISTRATION = (
        "contract_registration",
        _("Technology-contract registration (技术合同认定登记)"),
    )
    EXPORT_CONTROL = "export_control", _("Export-control check")
    IP_FILING = "ip_filing", _("IP filing in China")
    FIE_REPORT = "fie_report", _("Foreign-investment information report")


def localised(obj: object, field: str) -> str:
    """The Chinese column on Chinese pages when filled, else the English one (and back)."""
    lang = translation.get_language() or "en"
    en, zh = getattr(obj, f"{field}_en"), getattr(obj, f"{field}_zh")
    return (zh or en) if lang.startswith("zh") else (en or zh)


class ServiceType(models.Model):
    """A service of the catalogue, maintained by staff."""

    slug = models.SlugField(_("key"), max_length=64, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=160)
    name_zh = models.CharField(_("name (Chinese)"), max_length=160)
    summary_en = models.CharField(_("summary (English)"), max_length=300, blank=True)
    summary_zh = models.CharField(_("summary (Chinese)"), max_length=300, blank=True)
    description_en = models.TextField(_("description (English)"), max_length=10000, blank=True)
    description_zh = models.TextField(_("description (Chinese)"), max_length=10000, blank=True)
    department = models.CharField(_("department"), max_length=20, choices=Department.choices)
    active = models.BooleanField(_("shown in the catalogue"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=100)
    first_response_hours = models.PositiveSmallIntegerField(
        _("first response target (business hours)"), default=8
    )
    resolution_hours = models.PositiveSmallIntegerField(
        _("resolution target (business hours)"), default=80
    )
    next_response_hours = models.PositiveSmallIntegerField(
        _("next response target (business hours)"), default=16
    )
    reopen_days = models.PositiveSmallIntegerField(
        _("the client may reopen within (days)"), default=14
    )
    # A Chinese procedure started with each request (desk/procedures.py), its facts taken
    # from the form's answers.
    procedure = models.CharField(
        _("procedure started with each request"),
        max_length=24,
        blank=True,
        choices=ProcedureKind.choices,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("service type")
        verbose_name_plural = _("service types")
        ordering = ["order", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(department__in=Department.values), name="desk_service_department"
            ),
            models.CheckConstraint(
                condition=Q(first_response_hours__gt=0, resolution_hours__gt=0),
                name="desk_service_targets_positive",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localised(self, "name")

    @property
    def summary(self) -> str:
        return localised(self, "summary")

    @property
    def description(self) -> str:
        return localised(self, "description")


class FormField(models.Model):
    """One field of a service type's request form. A field with `show_if_key` applies (is
    shown, and required when `required`) only when that field's answer is `show_if_value`."""

    service_type = models.ForeignKey(ServiceType, on_delete=models.CASCADE, related_name="fields")
    key = models.SlugField(_("key"), max_length=40)
    kind = models.CharField(_("kind"), max_length=8, choices=FieldKind.choices)
    label_en = models.CharField(_("label (English)"), max_length=200)
    label_zh = models.CharField(_("label (Chinese)"), max_length=200)
    help_en = models.CharField(_("help (English)"), max_length=300, blank=True)
    help_zh = models.CharField(_("help (Chinese)"), max_length=300, blank=True)
    choices = models.TextField(
        _("choices"),
        blank=True,
        max_length=3000,
        help_text=_("One per line: value|English label|Chinese label."),
    )
    required = models.BooleanField(_("required"), default=False)
    future_only = models.BooleanField(_("date must not be in the past"), default=False)
    show_if_key = models.SlugField(_("only when field"), max_length=40, blank=True)
    show_if_value = models.CharField(_("has the value"), max_length=100, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["service_type", "key"], name="desk_field_key_unique"),
            models.CheckConstraint(
                condition=Q(kind__in=FieldKind.values), name="desk_field_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.service_type.slug}.{self.key}"

    @property
    def label(self) -> str:
        return localised(self, "label")

    @property
    def help(self) -> str:
        return localised(self, "help")

    def choice_list(self) -> list[tuple[str, str]]:
        """(value, label in the active language) for each line of `choices`."""
        zh = (translation.get_language() or "en").startswith("zh")
        out = []
        for line in self.choices.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if not parts[0]:
                continue
            en = parts[1] if len(parts) > 1 and parts[1] else parts[0]
            cn = parts[2] if len(parts) > 2 and parts[2] else en
            out.append((parts[0], cn if zh else en))
        return out


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


# The SLA and hand-off tables live in their own module (this file's size); loaded with it.
from techbridge.desk.models_procedures import (  # noqa: E402, F401
    ExportClass,
    ExportControlItem,
    Procedure,
    ProcedureDocument,
    ProcedureStatus,
    ProcedureStep,
)
from techbridge.desk.models_sla import (  # noqa: E402, F401
    CalendarDay,
    DayKind,
    DepartmentPolicy,
    Handoff,
    HandoffKind,
    SlaTarget,
)
