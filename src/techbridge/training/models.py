"""Training courses: a series of sessions a person attends to complete the course.

Course → CourseSession (dates in UTC, shown in the course's time zone), Enrolment (a person
of an organisation, with the offline fee and invoice details), Attendance (one mark per
session and enrolment), Certificate (issued once the course's completion rule is met, with
a checksummed verification code). CPD hours are the certificates' hours, per year.

Seats are counted in `Course.seats_taken` (enrolments waiting for approval or confirmed)
under a row lock, and the database refuses a count above the capacity.
"""

from __future__ import annotations

import secrets
import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.training import codes
from techbridge.training.completion import Mark, Rule


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Members only")
    HIDDEN = "hidden", _("Hidden (staff only)")


class Currency(models.TextChoices):
    CNY = "CNY", _("Chinese yuan (CNY)")
    EUR = "EUR", _("Euro (EUR)")
    USD = "USD", _("US dollar (USD)")


class EnrolmentStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")
    REJECTED = "rejected", _("Rejected")


# Enrolments that hold a seat, and those that are still alive.
SEATED = (EnrolmentStatus.PENDING, EnrolmentStatus.CONFIRMED)
LIVE = (*SEATED, EnrolmentStatus.WAITLISTED)


class FeeStatus(models.TextChoices):
    NONE = "none", _("No fee")
    DUE = "due", _("Due")
    PAID = "paid", _("Paid")
    WAIVED = "waived", _("Waived")


class InvoiceKind(models.TextChoices):
    NONE = "none", _("No invoice")
    CN_NORMAL = "cn_normal", _("Chinese VAT invoice, ordinary (增值税普通发票)")
    CN_SPECIAL = "cn_special", _("Chinese VAT invoice, special (增值税专用发票)")
    FOREIGN = "foreign", _("Foreign invoice (with VAT number)")


CHINESE_INVOICES = (InvoiceKind.CN_NORMAL, InvoiceKind.CN_SPECIAL)


class AttendanceStatus(models.TextChoices):
    PRESENT = Mark.PRESENT.value, _("Present")
    LATE = Mark.LATE.value, _("Late")
    EXCUSED = Mark.EXCUSED.value, _("Excused")
    ABSENT = Mark.ABSENT.value, _("Absent")


class AttendanceSource(models.TextChoices):
    QR = "qr", _("QR check-in")
    STAFF = "staff", _("Recorded by staff")


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")


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


def _checkin_code() -> str:
    return secrets.token_urlsafe(12)


class Enrolment(models.Model):
    """A person of an organisation enrolled in a course by a member of that organisation (or
    by the person). The person need not have an account; `user` is set when they do."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="enrolments")
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="course_enrolments",
        verbose_name=_("organisation"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="course_enrolments",
        verbose_name=_("account"),
    )
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("enrolled by"),
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=EnrolmentStatus.choices,
        default=EnrolmentStatus.PENDING,
    )
    note = models.TextField(_("note"), blank=True, max_length=2000)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    checkin_code = models.CharField(
        _("check-in code"), max_length=32, unique=True, default=_checkin_code
    )
    fee_amount = models.DecimalField(
        _("fee"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    fee_currency = models.CharField(_("currency"), max_length=3, blank=True)
    fee_status = models.CharField(
        _("fee status"), max_length=8, choices=FeeStatus.choices, default=FeeStatus.NONE
    )
    paid_on = models.DateField(_("paid on"), null=True, blank=True)
    payment_reference = models.CharField(_("payment reference"), max_length=100, blank=True)
    invoice_kind = models.CharField(
        _("invoice"), max_length=12, choices=InvoiceKind.choices, default=InvoiceKind.NONE
    )
    invoice_company = models.CharField(_("company name on the invoice"), max_length=200, blank=True)
    invoice_tax_number = models.CharField(
        _("taxpayer number (纳税人识别号)"), max_length=20, blank=True
    )
    invoice_vat_id = models.CharField(_("VAT number"), max_length=24, blank=True)
    invoice_address = models.CharField(_("address on the invoice"), max_length=300, blank=True)
    invoice_phone = models.CharField(_("phone on the invoice"), max_length=40, blank=True)
    invoice_bank = models.CharField(_("bank and account"), max_length=200, blank=True)
    invoice_email = models.EmailField(_("send the invoice to"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["course", "created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                "course",
                Lower("email"),
                condition=Q(status__in=["pending", "confirmed", "waitlisted"]),
                name="one_live_enrolment_per_email",
            ),
            models.UniqueConstraint(
                fields=["course", "user"],
                condition=Q(status__in=["pending", "confirmed", "waitlisted"]),
                name="one_live_enrolment_per_user",
            ),
            models.CheckConstraint(
                condition=Q(status__in=EnrolmentStatus.values), name="enrolment_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(invoice_kind__in=InvoiceKind.values),
                name="enrolment_invoice_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(fee_status__in=FeeStatus.values), name="enrolment_fee_status_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["course", "status", "created_at"]),
            models.Index(fields=["organisation", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"

    @property
    def role(self) -> str:
        """What a badge prints under the name (events' badge layout)."""
        return ""

    @property
    def is_confirmed(self) -> bool:
        return self.status == EnrolmentStatus.CONFIRMED

    @property
    def is_live(self) -> bool:
        return self.status in LIVE


class Attendance(models.Model):
    """One person's mark at one session: from a QR check-in or recorded by staff. Staff
    corrections are kept in the history table."""

    session = models.ForeignKey(CourseSession, on_delete=models.CASCADE, related_name="attendance")
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(_("attendance"), max_length=8, choices=AttendanceStatus.choices)
    source = models.CharField(_("recorded by"), max_length=6, choices=AttendanceSource.choices)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "enrolment"], name="one_mark_per_session_and_person"
            ),
            models.CheckConstraint(
                condition=Q(status__in=AttendanceStatus.values), name="attendance_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} @ {self.session}: {self.status}"


class Certificate(models.Model):
    """A certificate of completion. What it shows is copied when it is issued (the person's
    name, the course's titles and hours), so later edits never change an issued certificate,
    and the public verification page shows exactly that."""

    enrolment = models.OneToOneField(
        Enrolment, on_delete=models.PROTECT, related_name="certificate"
    )
    code = models.CharField(_("verification code"), max_length=codes.LENGTH, unique=True)
    holder_name = models.CharField(_("name"), max_length=150)
    course_title_en = models.CharField(_("course (English)"), max_length=200, blank=True)
    course_title_zh = models.CharField(_("course (Chinese)"), max_length=200, blank=True)
    hours = models.DecimalField(_("CPD hours"), max_digits=5, decimal_places=1)
    sessions_attended = models.PositiveSmallIntegerField(_("sessions attended"))
    sessions_total = models.PositiveSmallIntegerField(_("sessions"))
    first_session_on = models.DateField(_("from"), null=True)
    last_session_on = models.DateField(_("to"), null=True)
    completed_on = models.DateField(_("completed on"))
    issued_at = models.DateTimeField(_("issued at"))
    status = models.CharField(
        _("status"),
        max_length=8,
        choices=CertificateStatus.choices,
        default=CertificateStatus.VALID,
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=CertificateStatus.values), name="certificate_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(status="valid", revoked_at__isnull=True)
                | Q(status="revoked", revoked_at__isnull=False),
                name="certificate_revoked_with_date",
            ),
            models.CheckConstraint(
                condition=Q(sessions_attended__lte=F("sessions_total")),
                name="certificate_attended_within_total",
            ),
        ]
        indexes = [models.Index(fields=["completed_on"])]

    def __str__(self) -> str:
        return f"{codes.display(self.code)} {self.holder_name}"

    @property
    def course_title(self) -> str:
        return _localised(self, "course_title")

    @property
    def display_code(self) -> str:
        return codes.display(self.code)

    @property
    def is_valid(self) -> bool:
        return self.status == CertificateStatus.VALID
