"""The impact report as a printable PDF (A4, the reader's language): one block per cohort and
the programme's total, each figure on its own line. Drawn with the events app's document
(the fonts the badges and agendas use, CJK included)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from techbridge.events.pdf import Document


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, Decimal | int | float):
        return number_format(value, force_grouping=True)
    return str(value)


def impact_pdf(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """``headers`` and ``rows`` as the page shows them: the first cell names the cohort."""
    pdf = Document()
    pdf.add_page()
    pdf.set_font(pdf.family, size=16)
    pdf.multi_cell(0, 8, pdf.text_of(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, size=9)
    pdf.multi_cell(
        0, 5, pdf.text_of(_("Contracts count when verified.")), new_x="LMARGIN", new_y="NEXT"
    )
    for row in rows:
        pdf.ln(3)
        pdf.set_font(pdf.family, size=12)
        pdf.cell(0, 7, pdf.text_of(row[0]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(pdf.family, size=10)
        for label, value in zip(headers[1:], row[1:], strict=True):
            pdf.cell(120, 6, pdf.text_of(label), border="B")
            pdf.cell(0, 6, _value(value), border="B", align="R", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
