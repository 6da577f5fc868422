"""What training keeps about a person (core.personal_data): their enrolments (with the
invoice details given) and the attendance recorded for them. Enrolments, attendance and
certificates are records the centre must keep (CPD hours, invoices): they stay when the
account is deleted."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.training.models import Attendance, Enrolment

ENROLMENT_FIELDS = (
    "id",
    "course_id",
    "name",
    "email",
    "status",
    "fee_amount",
    "fee_currency",
    "fee_status",
    "invoice_company",
    "invoice_tax_number",
    "invoice_address",
    "invoice_phone",
    "invoice_email",
    "created_at",
)


def _export(user: Any) -> dict[str, Any]:
    enrolments = Enrolment.objects.filter(Q(user=user) | Q(enrolled_by=user))
    return {
        "enrolments": rows(enrolments.order_by("created_at", "id"), ENROLMENT_FIELDS),
        "attendance": rows(
            Attendance.objects.filter(enrolment__user=user).order_by("session_id", "id"),
            ("session_id", "enrolment_id", "status", "checked_in_at"),
        ),
    }


register(
    Section(
        key="training.enrolments",
        label=_("Training: enrolments and attendance"),
        export=_export,
        covers=("training.Enrolment.user", "training.Enrolment.enrolled_by"),
        not_personal=("training.Attendance.recorded_by",),
        order=70,
    )
)
