"""CPD ledgers and enrolment lists as CSV and XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook

from techbridge.training.models import Certificate, Enrolment


def _safe(value: Any) -> Any:
    """Cells a spreadsheet would run as a formula are quoted (names are user text)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


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
            _safe(c.holder_name),
            _safe(c.enrolment.organisation.name),
            _safe(c.course_title_en),
            _safe(c.course_title_zh),
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
            _safe(e.name), _safe(e.email), _safe(e.organisation.name), e.get_status_display(),
            e.created_at.date().isoformat(), e.fee_amount or "", e.fee_currency,
            e.get_fee_status_display(), e.paid_on.isoformat() if e.paid_on else "",
            _safe(e.payment_reference), e.get_invoice_kind_display(), _safe(e.invoice_company),
            e.invoice_tax_number, e.invoice_vat_id, _safe(e.invoice_address),
            _safe(e.invoice_phone), _safe(e.invoice_bank), _safe(e.invoice_email),
        ]
        for e in enrolments
    ]  # fmt: skip


def as_csv(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([str(v) for v in row])
    return out.getvalue()


def as_xlsx(title: str, header: list[str], rows: list[list[Any]]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(header)
    for row in rows:
        sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
