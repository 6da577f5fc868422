"""The impact report page of a programme (staff): per cohort and in total, as CSV or XLSX
(`?export=csv|xlsx`; cells written by core.spreadsheets, formulas neutralised) and as a
printable PDF (`?export=pdf`)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from techbridge.core.spreadsheets import write_csv, write_xlsx
from techbridge.incubation import selectors
from techbridge.incubation.impact_pdf import impact_pdf
from techbridge.incubation.selectors.impact import ImpactRow, impact_report
from techbridge.incubation.views.cohort_pages import _staff

TYPES = {"csv": "text/csv; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "pdf": "application/pdf"}  # fmt: skip


def _headers() -> list[str]:
    return [_("Cohort"), _("Applications"), _("Accepted"), _("Acceptance rate (%)"),
            _("Companies"), _("Jobs created"), _("Revenue, first month (CNY)"),
            _("Revenue, last month (CNY)"), _("Funding raised (CNY)"), _("Contracts"),
            _("Contract value (CNY)")]  # fmt: skip


def _cells(r: ImpactRow) -> list[Any]:
    return [r.name, r.applications, r.accepted, r.acceptance_percent, r.companies, r.jobs,
            r.revenue_first, r.revenue_last, r.funding, r.contracts, r.contract_value]  # fmt: skip


@login_required
def programme_impact(request: HttpRequest, slug: str) -> HttpResponse:
    _staff(request)
    programme = selectors.programme_list(actor=request.user).filter(slug=slug).first()
    if programme is None:
        raise Http404()
    rows = impact_report(actor=request.user, programme=programme)
    fmt = request.GET.get("export")
    if fmt in TYPES:
        cells = [[c if c is not None else "" for c in _cells(r)] for r in rows]
        if fmt == "pdf":
            title = _("Impact report: %(programme)s") % {"programme": programme.name}
            body = impact_pdf(title, _headers(), cells)
        elif fmt == "csv":
            body = write_csv(_headers(), cells)
        else:
            body = write_xlsx([(_("Impact"), _headers(), cells)])
        response = HttpResponse(body, content_type=TYPES[fmt])
        response["Content-Disposition"] = f'attachment; filename="{programme.slug}-impact.{fmt}"'
        return response
    context = {"programme": programme, "headers": _headers(), "rows": [_cells(r) for r in rows]}
    return render(request, "incubation/impact.html", context)
