"""Helpers for the data exchange tests: build files, upload them through the service."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

# The deals fixtures (an accepted connection between two organisations) for the report's and
# the dashboards' tests.
from tests.deals.conftest import (  # noqa: F401
    accepted,
    eoi,
    owner,
    request_profile,
    requester,
)

PROFILE_HEADERS = [
    "External id",
    "Kind",
    "Title",
    "Summary",
    "Description",
    "Sectors",
    "Technology readiness level",
    "IP status",
    "Partnership types sought",
    "Visibility",
]


def profile_row(ext: str, **over: Any) -> list[str]:
    row = {
        "External id": ext,
        "Kind": "Technology offer",
        "Title": f"Solid-state battery electrolyte {ext}",
        "Summary": "A ceramic electrolyte for safer lithium batteries.",
        "Description": "Sintered garnet electrolyte with high ionic conductivity at room temperature.",
        "Sectors": "energy-storage",
        "Technology readiness level": "5",
        "IP status": "Granted patent",
        "Partnership types sought": "Licence out; Joint research and development",
        "Visibility": "public",
    }
    row.update(over)
    return [row[h] for h in PROFILE_HEADERS]


def csv_bytes(
    headers: Sequence[str], rows: Sequence[Sequence[str]], encoding: str = "utf-8"
) -> bytes:
    import csv

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def xlsx_bytes(headers: Sequence[str], rows: Sequence[Sequence[Any]], merge: str = "") -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    if merge:
        sheet.merge_cells(merge)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(data: bytes, name: str = "rows.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)
