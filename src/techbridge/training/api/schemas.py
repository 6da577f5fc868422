"""Schemas of /api/v1/training: <Noun>In for what clients send, <Noun>Out for answers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from ninja import Schema
from pydantic import ConfigDict

from techbridge.core.api_schemas import allowed_values, choices_from
from techbridge.training.forms import CourseForm, InvoiceForm, PaymentForm
from techbridge.training.models import AttendanceStatus


class SessionOut(Schema):
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    room: str
    online_url: str
    trainer: str


class CourseOut(Schema):
    slug: str
    title: str
    title_en: str
    title_zh: str
    description_en: str
    description_zh: str
    time_zone: str
    capacity: int | None
    places_left: int | None
    requires_approval: bool
    cpd_hours: Decimal
    fee_amount: Decimal | None
    fee_currency: str
    min_attendance_percent: int
    late_counts: bool
    excused_reduce: bool


class CourseDetailOut(CourseOut):
    sessions: list[SessionOut]
    enrolment_open: bool


class InvoiceIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(InvoiceForm))

    invoice_kind: str = "none"
    invoice_company: str = ""
    invoice_tax_number: str = ""
    invoice_vat_id: str = ""
    invoice_address: str = ""
    invoice_phone: str = ""
    invoice_bank: str = ""
    invoice_email: str = ""


class EnrolmentIn(InvoiceIn):
    organisation: str | None = None
    user: int | None = None
    name: str = ""
    email: str = ""
    note: str = ""


class EnrolmentOut(Schema):
    id: int
    course: str
    organisation: str
    name: str
    email: str
    status: str
    waiting_position: int | None
    fee_amount: Decimal | None
    fee_currency: str
    fee_status: str
    paid_on: date | None
    invoice_kind: str
    invoice_company: str
    invoice_tax_number: str
    invoice_vat_id: str
    invoice_address: str
    invoice_phone: str
    invoice_bank: str
    invoice_email: str
    created_at: datetime


class MarkOut(Schema):
    session: int
    starts_at: datetime
    status: str | None
    source: str | None
    checked_in_at: datetime | None


class ProgressOut(Schema):
    total: int
    recorded: int
    attended: int
    required: int
    needed: int
    met: bool
    reachable: bool


class CertificateOut(Schema):
    code: str
    status: str
    holder_name: str
    course_title_en: str
    course_title_zh: str
    hours: Decimal
    sessions_attended: int
    sessions_total: int
    first_session_on: date | None
    last_session_on: date | None
    completed_on: date
    revoked_at: datetime | None


class EnrolmentDetailOut(EnrolmentOut):
    attendance: list[MarkOut]
    progress: ProgressOut
    certificate: CertificateOut | None


class PaymentIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(PaymentForm))

    fee_status: str
    paid_on: date | None = None
    reference: str = ""


class MarkIn(Schema):
    model_config = ConfigDict(
        json_schema_extra=allowed_values({"status": ["", *AttendanceStatus.values]})
    )

    enrolment: int
    status: str


class SheetIn(Schema):
    marks: list[MarkIn]


class SheetRowOut(Schema):
    enrolment: int
    name: str
    organisation: str
    status: str | None
    source: str | None
    checked_in_at: datetime | None


class CheckinIn(Schema):
    code: str
    session: int | None = None


class CheckinOut(Schema):
    enrolment: int
    name: str
    session: int
    status: str
    already: bool
    certificate: str | None


class LedgerYearOut(Schema):
    year: int
    hours: Decimal
    certificates: list[CertificateOut]


class CourseIn(Schema):
    """A new course (`slug`, `visibility` and `cpd_hours` needed) or the fields to change
    (the key stays); what is left out keeps its value (a new course: the form's defaults)."""

    model_config = ConfigDict(json_schema_extra=choices_from(CourseForm))

    slug: str | None = None
    title_en: str | None = None
    title_zh: str | None = None
    description_en: str | None = None
    description_zh: str | None = None
    time_zone: str | None = None
    visibility: str | None = None
    capacity: int | None = None
    requires_approval: bool | None = None
    enrolment_closes_at: datetime | None = None
    cpd_hours: Decimal | None = None
    fee_amount: Decimal | None = None
    fee_currency: str | None = None
    min_attendance_percent: int | None = None
    late_counts: bool | None = None
    excused_reduce: bool | None = None
    late_after_minutes: int | None = None


class NewCourseIn(CourseIn):
    """A new course: its key, visibility and CPD hours are needed (the rest: the form's
    defaults)."""

    slug: str
    visibility: str
    cpd_hours: Decimal


class SessionIn(Schema):
    """A session: one day, in any zone (shown in the course's); a room or an online link."""

    starts_at: datetime | None = None
    ends_at: datetime | None = None
    title_en: str | None = None
    title_zh: str | None = None
    room: str | None = None
    online_url: str | None = None
    trainer: str | None = None


class RevokeIn(Schema):
    reason: str
