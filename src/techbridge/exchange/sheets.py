"""The spreadsheets the import pages hand out: a template per kind (headers in both
languages, the allowed values on a second sheet) and the dry run's report (each row's
result, the cells in error highlighted with the message beside them)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

from techbridge.core.spreadsheets import safe_cell, write_csv
from techbridge.exchange.importers.base import Context, Importer
from techbridge.exchange.models import ImportBatch, ImportRow, RowAction

ERROR_FILL = "FFF4CCCC"


def template_csv(importer: Importer, ctx: Context, language: str) -> bytes:
    return write_csv([importer.header(k, language) for k in importer.columns(ctx)], [])


def template_xlsx(importer: Importer, ctx: Context, language: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    data = book.active
    with translation.override(language):
        data.title = _("Data")[:31]
        columns = importer.columns(ctx)
        data.append([importer.header(k, language) for k in columns])
        for cell in data[1]:
            cell.font = Font(bold=True)
        values = book.create_sheet(_("Allowed values")[:31])
        values.append([_("Column"), _("Code"), "English", "中文"])
        for cell in values[1]:
            cell.font = Font(bold=True)
        for key in columns:
            for code, en, zh in importer.choices(key):
                values.append([importer.header(key, language), code, en, zh])
        notes = book.create_sheet(_("Notes")[:31])
        for line in _notes():
            notes.append([line])
    for index, _key in enumerate(columns, start=1):
        data.column_dimensions[data.cell(1, index).column_letter].width = 24
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _notes() -> list[str]:
    return [
        _("One row per record; the first row holds the column headers (English or Chinese)."),
        _("Columns marked * are required."),
        _("External id: your own reference; importing the same id again updates the record."),
        _("Several values in one cell: separate them with ; or 、"),
        _("Choices: the code, the English or the Chinese name (sheet “Allowed values”)."),
        _("Yes/no columns: yes, no, 是 or 否."),
        _("Dates: YYYY-MM-DD."),
    ]


def report_xlsx(
    batch: ImportBatch, importer: Importer, ctx: Context, rows: Iterable[ImportRow]
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    book = Workbook(write_only=True)
    language = batch.language
    with translation.override(language):
        sheet = book.create_sheet(_("Report")[:31])
        columns = importer.columns(ctx)
        fill = PatternFill(start_color=ERROR_FILL, end_color=ERROR_FILL, fill_type="solid")
        head = [
            _("Row"),
            _("Result"),
            _("Errors"),
            *(importer.header(k, language) for k in columns),
        ]
        sheet.append([_bold(WriteOnlyCell(sheet, value=h), Font) for h in head])
        labels = dict(RowAction.choices)
        for row in rows:
            errors: dict[str, list[str]] = row.errors or {}
            summary = "; ".join(
                f"{importer.label(k, language)}: {' '.join(m)}" if k else " ".join(m)
                for k, m in errors.items()
            )
            cells: list[Any] = [row.number, str(labels.get(row.action, row.action)), summary]
            for key in columns:
                cell = WriteOnlyCell(sheet, value=safe_cell(row.cells.get(key, "")))
                if key in errors:
                    cell.fill = fill
                    cell.comment = Comment(" ".join(errors[key]), "TechBridge")
                cells.append(cell)
            sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _bold(cell: Any, font: Any) -> Any:
    cell.font = font(bold=True)
    return cell
