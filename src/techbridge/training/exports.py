"""CPD ledgers and enrolment lists as CSV and XLSX."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext as _

from techbridge.core.spreadsheets import write_csv, write_xlsx
from techbridge.training.models import Certificate, Enrolment


def ledger_header() -> list[str]:
    return [
        _("Year"), _("Completed on"), _("Name"), _("Organisation"), _("Course (English)"),
        _("Course (Chinese)"), _("CPD hours"), _("Sessions attended"), _("Sessions"),
        _("Verification code"),
    ]  # fmt: skip


def ledger_rows(certificates: Iterable[Certificate]) -> list[list[Any]]:
    return [
        [
            c.completed_on.year,
            c.completed_on.isoformat(),
            c.holder_name,
            c.enrolment.organisation.name,
            c.course_title_en,
            c.course_title_zh,
            c.hours,
            c.sessions_attended,
            c.sessions_total,
            c.display_code,
        ]
        for c in certificates
    ]


def roster_header() -> list[str]:
    return [
        _("Name"), _("E-mail"), _("Organisation"), _("Status"), _("Enrolled on"), _("Fee"),
        _("Currency"), _("Fee status"), _("Paid on"), _("Payment reference"), _("Invoice"),
        _("Company name on the invoice"), _("Taxpayer number"), _("VAT number"), _("Address"),
        _("Phone"), _("Bank and account"), _("Send the invoice to"),
    ]  # fmt: skip


def roster_rows(enrolments: Iterable[Enrolment]) -> list[list[Any]]:
    return [
        [
            e.name, e.email, e.organisation.name, e.get_status_display(),
            e.created_at.date().isoformat(), e.fee_amount or "", e.fee_currency,
            e.get_fee_status_display(), e.paid_on.isoformat() if e.paid_on else "",
            e.payment_reference, e.get_invoice_kind_display(), e.invoice_company,
            e.invoice_tax_number, e.invoice_vat_id, e.invoice_address,
            e.invoice_phone, e.invoice_bank, e.invoice_email,
        ]
        for e in enrolments
    ]  # fmt: skip


def as_csv(header: list[str], rows: list[list[Any]]) -> bytes:
    """CSV with a BOM (Excel reads the Chinese text right); formula-like cells quoted."""
    return write_csv(header, rows)


def as_xlsx(title: str, header: list[str], rows: list[list[Any]]) -> bytes:
    """One sheet; text is written as text, never as a formula."""
    return write_xlsx([(title, header, rows)])
