"""The staff funnel as CSV and XLSX: one table per breakdown, the funnel first."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from openpyxl import Workbook

from techbridge.deals.figures import DIMENSIONS, STEPS, Funnel

HEADER = ["dimension", "key", "label", *(k for k, _l in STEPS), "value_cny"]


def _safe(value: Any) -> Any:
    """Cells a spreadsheet would run as a formula are quoted (labels can be user text)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def rows(funnel: Funnel) -> Iterator[list[Any]]:
    counts = {s["key"]: s["count"] for s in funnel.steps}
    yield ["total", "", "", *(counts[k] for k, _l in STEPS), funnel.value_cny]
    for dimension, _label in DIMENSIONS:
        for row in funnel.breakdowns[dimension]:
            yield [
                dimension,
                _safe(row.key),
                _safe(row.label),
                *(row.counts[k] or 0 for k, _l in STEPS),
                row.value_cny,
            ]


def as_csv(funnel: Funnel) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for row in rows(funnel):
        writer.writerow([str(v) for v in row])
    return out.getvalue()


def as_xlsx(funnel: Funnel) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "funnel"
    sheet.append(["step", "count", "conversion_pct"])
    for step in funnel.steps:
        sheet.append([str(step["label"]), step["count"], step["rate"]])
    sheet.append([])
    sheet.append(["value_cny", float(funnel.value_cny)])
    for dimension, _label in DIMENSIONS:
        table = book.create_sheet(dimension)
        table.append(HEADER[1:])
        for row in funnel.breakdowns[dimension]:
            table.append(
                [
                    _safe(row.key),
                    _safe(row.label),
                    *(row.counts[k] or 0 for k, _l in STEPS),
                    float(row.value_cny),
                ]
            )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
