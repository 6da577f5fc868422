"""The training vocabularies: visibility, currency, enrolment, fee, invoice, attendance and
certificate states."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from techbridge.training.completion import Mark


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
