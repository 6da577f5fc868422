"""Reading and writing spreadsheets: encodings, garbage, zip bombs, merged cells, formulas,
and exports that never run a formula (CSV injection)."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.core.errors import ValidationFailed
from techbridge.core.spreadsheets import safe_cell, write_csv, write_xlsx
from techbridge.exchange.formats import read_table
from tests.exchange.conftest import csv_bytes, xlsx_bytes


def test_utf8_bom_and_gbk_csv_read_the_same() -> None:
    rows = [["P1", "废旧锂电池回收技术"], ["P2", "电池"]]
    plain = read_table(csv_bytes(["编号", "标题"], rows), "a.csv")
    bom = read_table(b"\xef\xbb\xbf" + csv_bytes(["编号", "标题"], rows), "a.csv")
    gbk = read_table(csv_bytes(["编号", "标题"], rows, encoding="gbk"), "a.csv")
    assert plain.headers == bom.headers == gbk.headers == ["编号", "标题"]
    assert plain.rows == bom.rows == gbk.rows
    assert plain.rows[0] == (2, ["P1", "废旧锂电池回收技术"])


def test_semicolon_csv_and_empty_rows_are_skipped() -> None:
    table = read_table(b"a;b\n\n1;2\n;\n3;4\n", "x.csv")
    assert table.headers == ["a", "b"]
    assert table.rows == [(3, ["1", "2"]), (5, ["3", "4"])]


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n", bytes(range(256)) * 4000, b"\x00\x01\x02garbage" * 1000],
)
def test_garbage_is_refused_clearly(data: bytes) -> None:
    with pytest.raises(ValidationFailed) as caught:
        read_table(data, "rows.csv")
    assert caught.value.fields["file"]


def test_fake_xlsx_is_refused() -> None:
    with pytest.raises(ValidationFailed):
        read_table(b"this is not a workbook", "rows.xlsx")
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hello.txt", "not excel")
    with pytest.raises(ValidationFailed):
        read_table(broken.getvalue(), "rows.xlsx")


def test_zip_bomb_is_refused_before_reading() -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (50 * 1024 * 1024))
    assert len(bomb.getvalue()) < 200_000
    with pytest.raises(ValidationFailed) as caught:
        read_table(bomb.getvalue(), "rows.xlsx")
    assert "too much data" in caught.value.fields["file"][0]


def test_merged_cells_are_refused_with_their_range() -> None:
    data = xlsx_bytes(["a", "b"], [["1", "2"], ["3", "4"]], merge="A2:B2")
    with pytest.raises(ValidationFailed) as caught:
        read_table(data, "rows.xlsx")
    assert "A2:B2" in caught.value.fields["file"][0]


def test_formula_cells_are_reported_not_evaluated() -> None:
    data = xlsx_bytes(["a", "b"], [["1", "=1+1"], ["3", "4"]])
    table = read_table(data, "rows.xlsx")
    assert table.formulas == {2: ["B2"]}
    assert table.rows == [(2, ["1", ""]), (3, ["3", "4"])]


def test_numbers_and_dates_in_xlsx_read_as_text() -> None:
    import datetime as dt

    data = xlsx_bytes(["trl", "date"], [[5, dt.datetime(2027, 1, 31)]])
    assert read_table(data, "r.xlsx").rows == [(2, ["5", "2027-01-31"])]


def test_exports_neutralise_formulas() -> None:
    assert safe_cell('=HYPERLINK("http://evil","x")') == '\'=HYPERLINK("http://evil","x")'
    assert safe_cell("+1") == "'+1" and safe_cell("-2") == "'-2" and safe_cell("@a") == "'@a"
    assert safe_cell("plain") == "plain" and safe_cell(5) == 5
    text = write_csv(["h"], [['=HYPERLINK("x")']]).decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(write_xlsx([("S", ["h"], [["=1+1"]])])))
    cell = book.active["A2"]
    assert cell.data_type == "s" and cell.value == "=1+1"


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_table_or_a_clear_refusal(data: bytes) -> None:
    try:
        table = read_table(data, "rows.csv")
    except ValidationFailed as exc:
        assert exc.fields["file"]
    else:
        assert isinstance(table.headers, list)
