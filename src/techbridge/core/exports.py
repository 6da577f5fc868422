"""Exports of the lists staff filter: the rows the page lists — the same selector, the same
filters, the same permissions — as CSV or XLSX when the address asks for `?export=csv` or
`?export=xlsx` (the page's filter links keep their parameters). Columns are declared by the
app that owns the list; cells are written by `core.spreadsheets` (formulas neutralised)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from techbridge.core.errors import ValidationFailed
from techbridge.core.spreadsheets import write_csv, write_xlsx

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
MAX_ROWS = 200_000


@dataclass(frozen=True)
class Column:
    """One exported column: its header (translated when written) and how a row gives its
    value."""

    header: Any
    value: Callable[[Any], Any]


def requested(request: HttpRequest) -> str | None:
    """The export format the address asks for, None for the page itself."""
    fmt = request.GET.get("export")
    if fmt is None:
        return None
    if fmt not in FORMATS:
        raise ValidationFailed(_("Unknown export format: use csv or xlsx."))
    return fmt


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    if isinstance(value, date | int | float) or value is None:
        return value
    if isinstance(value, list | tuple | set):
        return "; ".join(str(v) for v in value)
    return str(value)


def table(rows: Iterable[Any], columns: Sequence[Column]) -> Iterable[list[Any]]:
    for count, row in enumerate(rows):
        if count >= MAX_ROWS:
            raise ValidationFailed(
                _("More than %(n)s rows: narrow the filters before exporting.") % {"n": MAX_ROWS}
            )
        yield [_cell(column.value(row)) for column in columns]


def respond(fmt: str, name: str, rows: Iterable[Any], columns: Sequence[Column]) -> HttpResponse:
    """The file of `rows` in `fmt`, named after the list and today's date."""
    headers = [str(c.header) for c in columns]
    body = list(table(rows, columns))
    content = write_csv(headers, body) if fmt == "csv" else write_xlsx([(name, headers, body)])
    response = HttpResponse(content, content_type=FORMATS[fmt])
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.{fmt}"'
    return response
