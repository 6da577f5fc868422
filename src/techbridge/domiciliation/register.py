"""The register of hosted firms (the regulator's view): its rows, its columns, and the
spreadsheet in the layout staff chose. A firm whose contract has ended and whose registered
address has not moved yet is flagged: the centre must report it to the market regulator."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from techbridge.core.errors import PermissionDenied
from techbridge.domiciliation.models import Contract, RegisterLayout
from techbridge.domiciliation.selectors import can_manage
from techbridge.domiciliation.stages import Stage


@dataclass(frozen=True)
class Row:
    contract: Contract
    stage: Stage
    stage_label: str
    flagged: bool


@dataclass(frozen=True)
class Column:
    label: str | Promise
    value: Callable[[Row], Any]


def _d(day: date | None) -> str:
    return day.isoformat() if day else ""


COLUMNS: dict[str, Column] = {
    "reference": Column(_("Contract"), lambda r: r.contract.reference),
    "firm_name_zh": Column(_("Firm name (Chinese)"), lambda r: r.contract.firm_name_zh),
    "firm_name_en": Column(_("Firm name (English)"), lambda r: r.contract.firm_name_en),
    "credit_code": Column(_("Unified social credit code"), lambda r: r.contract.credit_code),
    "legal_representative": Column(
        _("Legal representative"), lambda r: r.contract.legal_representative
    ),
    "hosted_address": Column(_("Hosted address"), lambda r: r.contract.hosted_address),
    "starts_on": Column(_("Starts on"), lambda r: _d(r.contract.starts_on)),
    "ends_on": Column(_("Ends on"), lambda r: _d(r.contract.ends_on)),
    "last_day": Column(_("Last day"), lambda r: _d(r.contract.last_day)),
    "status": Column(_("Status"), lambda r: r.stage_label),
    "plan": Column(_("Plan"), lambda r: r.contract.plan.name),
    "kyc_passed_on": Column(_("Checks passed on"), lambda r: _d(r.contract.kyc_passed_on)),
    "termination_reason": Column(
        _("Reason for termination"), lambda r: r.contract.get_termination_reason_display()
    ),
    "address_moved_on": Column(_("Address moved on"), lambda r: _d(r.contract.address_moved_on)),
    "new_address": Column(_("New registered address"), lambda r: r.contract.new_address),
    "flagged": Column(_("Ended, address not moved"), lambda r: gettext("yes") if r.flagged else ""),
}
DEFAULT_COLUMNS = [
    "firm_name_zh", "firm_name_en", "credit_code", "legal_representative", "hosted_address",
    "starts_on", "ends_on", "status", "flagged",
]  # fmt: skip


def registered(*, actor: Any) -> QuerySet[Contract]:
    """Contracts of the register: every firm that has been hosted (its checks passed), and
    firms terminated before that are left out."""
    if not can_manage(actor):
        raise PermissionDenied()
    return (
        Contract.objects.filter(kyc_passed_on__isnull=False)
        .select_related("plan", "organisation")
        .order_by("firm_name_zh", "id")
    )


def rows(contracts: Iterable[Contract], today: date) -> list[Row]:
    out = []
    for c in contracts:
        stage = c.stage(today)
        gone = stage in (Stage.ENDED, Stage.TERMINATED)
        out.append(Row(c, stage, c.stage_label(today), gone and c.address_moved_on is None))
    return out


def layout_columns(layout: RegisterLayout | None) -> list[str]:
    keys = [k for k in (layout.columns if layout else []) if k in COLUMNS]
    return keys or list(DEFAULT_COLUMNS)


def default_layout() -> RegisterLayout | None:
    return RegisterLayout.objects.filter(is_default=True).first()


def _safe(value: Any) -> Any:
    """Cells a spreadsheet would run as a formula are quoted (names are typed text)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


FLAG_FILL = PatternFill("solid", start_color="FFF2CC", end_color="FFF2CC")


def workbook(register_rows: list[Row], columns: list[str], title: str) -> bytes:
    """The register as an XLSX file: one row per firm in the chosen columns, flagged rows
    highlighted."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title[:31]
    ws.append([str(COLUMNS[k].label) for k in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in register_rows:
        ws.append([_safe(COLUMNS[k].value(row)) for k in columns])
        if row.flagged:
            for cell in ws[ws.max_row]:
                cell.fill = FLAG_FILL
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
