"""The figures pages: the public results, the staff funnel (with the matching funnel) and its
export."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from techbridge.core.errors import NotFound
from techbridge.deals import exports


def figures_public(request: HttpRequest) -> HttpResponse:
    from techbridge.deals.figures import headline
    from techbridge.deals.match_funnel import from_matching_headline

    context = {"figures": headline(), "from_matching": from_matching_headline()}
    return render(request, "deals/figures.html", context)


@login_required
def figures_staff(request: HttpRequest) -> HttpResponse:
    from techbridge.deals.figures import DIMENSIONS, funnel
    from techbridge.deals.match_funnel import match_funnel

    data = funnel(actor=request.user)
    tables = [(key, label, data.breakdowns[key]) for key, label in DIMENSIONS]
    matching = match_funnel(actor=request.user)
    matching_tables = [
        ("pair", _("Language pair"), matching.by_pair),
        ("sector", _("Sector"), matching.by_sector),
    ]
    context = {
        "funnel": data,
        "tables": tables,
        "matching": matching,
        "matching_tables": matching_tables,
    }
    return render(request, "deals/funnel.html", context)


@login_required
def figures_export(request: HttpRequest, fmt: str) -> HttpResponse:
    from techbridge.deals.figures import funnel

    if fmt not in ("csv", "xlsx"):
        raise NotFound()
    data = funnel(actor=request.user)
    if fmt == "xlsx":
        response = HttpResponse(
            exports.as_xlsx(data),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        response = HttpResponse(exports.as_csv(data), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="techbridge-funnel.{fmt}"'
    return response
