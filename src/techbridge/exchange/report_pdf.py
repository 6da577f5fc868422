"""The annual report as a PDF (A4): the headline figures, the breakdowns drawn as bars with
their numbers, and the dated exchange-rate table. Text comes from the active language (the
view overrides it with `?lang=`); the CJK font is the one the badges and agendas use."""

from __future__ import annotations

from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from techbridge.events.pdf import Document
from techbridge.exchange.report import Report


def figure_rows(built: Report) -> list[tuple[str, str]]:
    """(label, value) of each headline figure, in the order the page shows them."""
    f = built.figures
    rows = [
        (_("Representatives of verified organisations"), f["representatives"]),
        (_("Checked in at the door"), f["checked_in"]),
        (_("Organisations"), f["organisations"]),
        (_("Countries"), f["countries"]),
        (_("Chinese provinces"), f["provinces"]),
        (_("Profiles published"), f["profiles"]),
        (_("Connections accepted"), f["connections"]),
        (_("B2B meetings scheduled"), f["meetings_scheduled"]),
        (_("B2B meetings held"), f["meetings_held"]),
        (_("Cooperation intentions"), f["intentions"]),
        (_("Contracts signed"), f["contracts"]),
        (_("Total contract value (CNY)"), number_format(f["value_cny"], 0, force_grouping=True)),
    ]
    return [(label, str(value)) for label, value in rows]


def _bars(pdf: Document, heading: str, rows: list[tuple[str, int]]) -> None:
    if not rows:
        return
    pdf.ln(3)
    pdf.set_font(pdf.family, size=12)
    pdf.cell(0, 7, pdf.text_of(heading), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, size=9)
    top = max(n for _l, n in rows) or 1
    for label, n in rows:
        y = pdf.get_y()
        pdf.cell(60, 5, pdf.text_of(label)[:40])
        pdf.set_fill_color(31, 95, 168)
        pdf.rect(pdf.l_margin + 62, y + 1, 100 * n / top, 3.5, style="F")
        pdf.set_x(pdf.l_margin + 166)
        pdf.cell(20, 5, str(n), new_x="LMARGIN", new_y="NEXT")


def report_pdf(built: Report, labelled: dict[str, Any], title: str) -> bytes:
    pdf = Document()
    pdf.add_page()
    pdf.set_font(pdf.family, size=18)
    pdf.multi_cell(0, 9, pdf.text_of(title), new_x="LMARGIN", new_y="NEXT")
    pdf.para(_("Computed from the platform's verified records."), size=9)
    pdf.ln(2)
    pdf.set_font(pdf.family, size=11)
    for label, value in figure_rows(built):
        pdf.cell(120, 7, pdf.text_of(label), border="B")
        pdf.cell(0, 7, value, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
    _bars(pdf, _("Top sectors of the profiles"), labelled["sectors"])
    _bars(pdf, _("Organisations by country"), labelled["countries"])
    _bars(pdf, _("Chinese organisations by province"), labelled["provinces"])
    if built.months:
        months = [(str(m), o + r) for m, o, r in built.months]
        _bars(pdf, _("Profiles published per month"), months)
    if built.rates:
        pdf.ln(3)
        pdf.para(_("Exchange rates to CNY (valid from)"), size=12)
        pdf.set_font(pdf.family, size=9)
        for rate in built.rates:
            text = f"{rate.currency}  {rate.rate_to_cny}  {rate.valid_from.isoformat()}"
            pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
