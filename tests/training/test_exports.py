"""The training exports go through the house's spreadsheet writers: a name that looks like a
formula is quoted in CSV and stays text in XLSX."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from techbridge.training import exports


def test_formula_like_names_are_never_run() -> None:
    rows = [['=HYPERLINK("http://x")', 2.5, None]]
    text = exports.as_csv(["Name", "CPD hours", "Paid on"], rows).decode("utf-8-sig")
    assert text.splitlines()[1] == '"\'=HYPERLINK(""http://x"")",2.5,'
    sheet = load_workbook(io.BytesIO(exports.as_xlsx("CPD", ["Name"], rows))).active
    assert sheet["A2"].value == '=HYPERLINK("http://x")' and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == 2.5
