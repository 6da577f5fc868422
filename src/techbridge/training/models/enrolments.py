"""Enrolments (with the offline fee and invoice details), attendance marks and certificates."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.training import codes
from techbridge.training.models.choices import (
    LIVE,
    AttendanceSource,
    AttendanceStatus,
    CertificateStatus,
    EnrolmentStatus,
    FeeStatus,
    InvoiceKind,
)
from techbridge.training.models.courses import Course, CourseSession, _localised


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
