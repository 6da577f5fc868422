"""Courses and their sessions."""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.training.completion import Rule
from techbridge.training.models.choices import Currency, Visibility


def _localised(obj: object, field: str) -> str:
    """The Chinese column on Chinese pages when filled, else the English one (and back)."""
    lang = translation.get_language() or "en"
    en, zh = getattr(obj, f"{field}_en"), getattr(obj, f"{field}_zh")
    return (zh or en) if lang.startswith("zh") else (en or zh)


class Course(models.Model):
    """A course of several sessions, with its capacity, fee, CPD hours and completion rule."""

    slug = models.SlugField(_("key"), max_length=80, unique=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True, max_length=10000)
    description_zh = models.TextField(_("description (Chinese)"), blank=True, max_length=10000)
    time_zone = models.CharField(_("time zone"), max_length=64, default=settings.TIME_ZONE)
    visibility = models.CharField(
        _("visibility"), max_length=8, choices=Visibility.choices, default=Visibility.HIDDEN
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    seats_taken = models.PositiveIntegerField(_("seats taken"), default=0, editable=False)
    requires_approval = models.BooleanField(_("enrolments need approval"), default=False)
    enrolment_closes_at = models.DateTimeField(
        _("enrolment closes"),
        null=True,
        blank=True,
        help_text=_("Empty: enrolment closes when the first session starts."),
    )
    cpd_hours = models.DecimalField(_("CPD hours"), max_digits=5, decimal_places=1, default=0)
    fee_amount = models.DecimalField(
        _("fee"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    fee_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, blank=True
    )
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("sessions to attend (%)"), default=80
    )
    late_counts = models.BooleanField(_("a late arrival counts as attended"), default=True)
    excused_reduce = models.BooleanField(
        _("excused sessions are left out of the required share"), default=False
    )
    late_after_minutes = models.PositiveSmallIntegerField(
        _("late after (minutes)"),
        default=10,
        help_text=_("A check-in this long after a session starts is marked late."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at", "seats_taken"])

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        ordering = ["-created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(seats_taken__lte=F("capacity")),
                name="course_seats_within_capacity",
            ),
            models.CheckConstraint(
                condition=Q(min_attendance_percent__gte=1, min_attendance_percent__lte=100),
                name="course_min_attendance_1_100",
            ),
            models.CheckConstraint(condition=Q(cpd_hours__gte=0), name="course_cpd_hours_positive"),
            models.CheckConstraint(
                condition=(Q(fee_amount__isnull=True) & Q(fee_currency=""))
                | (Q(fee_amount__gte=0) & ~Q(fee_currency="")),
                name="course_fee_with_currency",
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=Visibility.values), name="course_visibility_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.slug

    @property
    def title(self) -> str:
        return _localised(self, "title")

    @property
    def description(self) -> str:
        return _localised(self, "description")

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def rule(self) -> Rule:
        return Rule(
            min_percent=self.min_attendance_percent,
            late_counts=self.late_counts,
            excused_reduce=self.excused_reduce,
        )

    @property
    def has_fee(self) -> bool:
        return self.fee_amount is not None and self.fee_amount > 0

    @property
    def places_left(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.seats_taken)


class CourseSession(models.Model):
    """One meeting of a course: in a room, online, or both."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="sessions")
    title_en = models.CharField(_("topic (English)"), max_length=200, blank=True)
    title_zh = models.CharField(_("topic (Chinese)"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    room = models.CharField(_("room"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True, max_length=500)
    trainer = models.CharField(_("trainer"), max_length=200)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="course_session_ends_after_start"
            ),
            models.CheckConstraint(
                condition=~Q(room="") | ~Q(online_url=""), name="course_session_has_a_place"
            ),
        ]
        indexes = [models.Index(fields=["course", "starts_at"])]

    def __str__(self) -> str:
        local = self.starts_at.astimezone(self.course.tz) if self.course_id else self.starts_at
        return f"{self.course} {local:%Y-%m-%d %H:%M}"

    @property
    def title(self) -> str:
        return _localised(self, "title")
