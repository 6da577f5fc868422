"""Spreadsheet files in and out: CSV (UTF-8 with or without BOM, GB18030/GBK from Chinese
Excel; comma, semicolon or tab) and XLSX (openpyxl, read-only), refused with a clear message
when they are not what they claim (garbage, a zip bomb, merged cells). Writing neutralises
formulas so an exported cell is never executed by a spreadsheet (CSV injection)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from techbridge.core.errors import ValidationFailed

MAX_UNCOMPRESSED = 400 * 1024 * 1024  # the XML inside an .xlsx, all sheets together
MAX_RATIO = 200  # uncompressed / compressed: beyond this an .xlsx is a zip bomb
MAX_COLUMNS = 200
_MERGE_RE = re.compile(rb"<(?:\w+:)?mergeCell ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"")


@dataclass
class Table:
    """The rows of a file: headers, then (row number in the file, cells) for each data row
    that is not empty; `formulas` lists the cells of a row that held a formula."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    formulas: dict[int, list[str]] = field(default_factory=dict)


def _refuse(message: str) -> ValidationFailed:
    return ValidationFailed(fields={"file": [message]})


def read_table(data: bytes, filename: str) -> Table:
    """The table of an uploaded file, by its content (the extension only breaks ties)."""
    if not data.strip():
        raise _refuse(_("The file is empty."))
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data)
    if filename.lower().endswith((".xlsx", ".xlsm", ".xls")):
        raise _refuse(_("The file is not a valid Excel workbook (.xlsx)."))
    return _read_csv(data)


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text
    raise _refuse(_("The file's text encoding was not recognised: save it as UTF-8 CSV."))


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    return control / len(sample) < 0.01 and "\x00" not in sample


def _read_csv(data: bytes) -> Table:
    text = _decode(data)
    if not _looks_like_text(text):
        raise _refuse(_("The file is neither a CSV nor an Excel workbook."))
    first = text[:5000].splitlines()[0] if text.strip() else ""
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise _refuse(_("The CSV file is malformed: %(error)s") % {"error": exc}) from exc
    return _table(enumerate(rows, start=1), {})


def _check_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _refuse(_("The file is not a valid Excel workbook (.xlsx).")) from exc
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise _refuse(_("The file is not a valid Excel workbook (.xlsx)."))
    unpacked = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if unpacked > MAX_UNCOMPRESSED or unpacked / packed > MAX_RATIO:
        raise _refuse(_("The workbook expands to too much data to be read safely."))
    return archive


def _first_sheet_xml(archive: zipfile.ZipFile) -> bytes:
    names = sorted(n for n in archive.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml$", n))
    return archive.read(names[0]) if names else b""


def _read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook

    archive = _check_zip(data)
    merged = _MERGE_RE.findall(_first_sheet_xml(archive))
    if merged:
        ranges = ", ".join(m.decode() for m in merged[:5])
        raise _refuse(
            _("The sheet has merged cells (%(ranges)s): unmerge them so each row is complete.")
            % {"ranges": ranges}
        )
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheet = book.worksheets[0]
        raw_rows = list(sheet.iter_rows())
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise _refuse(_("The workbook could not be read: it may be damaged.")) from exc
    rows: list[tuple[int, list[str]]] = []
    formulas: dict[int, list[str]] = {}
    for number, row in enumerate(raw_rows, start=1):
        cells = []
        for cell in row[:MAX_COLUMNS]:
            if getattr(cell, "data_type", None) == "f":
                formulas.setdefault(number, []).append(str(getattr(cell, "coordinate", "")))
                cells.append("")
            else:
                cells.append(_cell_text(getattr(cell, "value", None)))
        rows.append((number, cells))
    book.close()
    return _table(rows, formulas)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "date") and hasattr(value, "hour"):  # a datetime: its date
        return str(value.date()) if (value.hour, value.minute) == (0, 0) else value.isoformat()
    return str(value)


def _table(rows: Iterable[tuple[int, Sequence[str]]], formulas: dict[int, list[str]]) -> Table:
    headers: list[str] | None = None
    body: list[tuple[int, list[str]]] = []
    for number, cells in rows:
        values = [str(c).strip() for c in cells[:MAX_COLUMNS]]
        if not any(values) and number not in formulas:
            continue
        if headers is None:
            headers = values
            continue
        body.append((number, values))
    if headers is None:
        raise _refuse(_("The file is empty."))
    return Table(headers=headers, rows=body, formulas=formulas)


def iter_chunks[T](items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
