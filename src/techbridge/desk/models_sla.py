"""The tables behind the SLA clocks and hand-offs, kept by staff:

CalendarDay (a statutory holiday or an adjusted working day, 调休: overrides the
`chinese-calendar` package, and carries the years the package does not know yet),
DepartmentPolicy (a department's business hours, its head for escalations, the share of a
target after which a warning goes out), SlaTarget (targets per service type and priority),
Handoff (a case transferred or shared with another department, with its own deadline)."""

from __future__ import annotations

from datetime import time

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.choices import Department
from techbridge.desk.models_cases import Case, Priority
from techbridge.desk.models_catalogue import ServiceType


class DayKind(models.TextChoices):
    HOLIDAY = "holiday", _("Public holiday (no work)")
    WORKDAY = "workday", _("Adjusted working day (调休)")


class CalendarDay(models.Model):
    day = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=8, choices=DayKind.choices)
    name = models.CharField(_("name"), max_length=100, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("calendar day")
        verbose_name_plural = _("calendar days")
        ordering = ["day"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=DayKind.values), name="desk_day_kind")
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.get_kind_display()}"


class DepartmentPolicy(models.Model):
    department = models.CharField(
        _("department"), max_length=20, choices=Department.choices, unique=True
    )
    head = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("head of department"),
        limit_choices_to={"is_staff": True},
    )
    morning_start = models.TimeField(_("morning from"), default=time(9))
    morning_end = models.TimeField(_("morning until"), default=time(12))
    afternoon_start = models.TimeField(_("afternoon from"), default=time(13, 30))
    afternoon_end = models.TimeField(_("afternoon until"), default=time(17, 30))
    warn_percent = models.PositiveSmallIntegerField(
        _("warn when this share of a target is used (%)"), default=75
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("department policy")
        verbose_name_plural = _("department policies")
        constraints = [
            models.CheckConstraint(
                condition=Q(morning_start__lt=F("morning_end"))
                & Q(morning_end__lte=F("afternoon_start"))
                & Q(afternoon_start__lt=F("afternoon_end")),
                name="desk_hours_ordered",
            ),
            models.CheckConstraint(
                condition=Q(warn_percent__gte=1, warn_percent__lte=99), name="desk_warn_percent"
            ),
        ]

    def __str__(self) -> str:
        return self.get_department_display()


class SlaTarget(models.Model):
    service_type = models.ForeignKey(
        ServiceType, on_delete=models.CASCADE, related_name="targets", verbose_name=_("service")
    )
    priority = models.CharField(_("priority"), max_length=8, choices=Priority.choices)
    first_response_hours = models.PositiveSmallIntegerField(_("first response (business hours)"))
    next_response_hours = models.PositiveSmallIntegerField(_("next response (business hours)"))
    resolution_hours = models.PositiveSmallIntegerField(_("resolution (business hours)"))

    class Meta:
        verbose_name = _("SLA target")
        verbose_name_plural = _("SLA targets")
        constraints = [
            models.UniqueConstraint(
                fields=["service_type", "priority"], name="desk_one_target_per_priority"
            ),
            models.CheckConstraint(
                condition=Q(first_response_hours__gt=0)
                & Q(next_response_hours__gt=0)
                & Q(resolution_hours__gt=0),
                name="desk_target_positive",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.service_type.slug} {self.priority}"


class HandoffKind(models.TextChoices):
    TRANSFER = "transfer", _("Transfer (the case moves)")
    SHARE = "share", _("Share (another department works a part)")


class Handoff(models.Model):
    """A segment of a case in another department, with its own internal deadline: a
    transfer ends when the new department takes the case; a share when it answers."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="handoffs")
    kind = models.CharField(_("kind"), max_length=8, choices=HandoffKind.choices)
    from_department = models.CharField(max_length=20, choices=Department.choices)
    to_department = models.CharField(_("to"), max_length=20, choices=Department.choices)
    note = models.TextField(_("what is needed"), max_length=5000)
    deadline_hours = models.PositiveSmallIntegerField(_("internal deadline (business hours)"))
    due_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answer = models.TextField(_("answer"), max_length=10000, blank=True)
    seconds_used = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("hand-off")
        verbose_name_plural = _("hand-offs")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(from_department=F("to_department")), name="desk_handoff_elsewhere"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=HandoffKind.values), name="desk_handoff_kind"
            ),
            models.CheckConstraint(
                condition=Q(deadline_hours__gt=0), name="desk_handoff_deadline_positive"
            ),
            models.UniqueConstraint(
                fields=["case", "to_department"],
                condition=Q(done_at__isnull=True),
                name="desk_one_open_handoff_per_department",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} {self.kind} {self.from_department}→{self.to_department}"

    @property
    def is_open(self) -> bool:
        return self.done_at is None
