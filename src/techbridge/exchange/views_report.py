"""The annual report's public pages: the index of years and conventions, one page per year and
per convention, each printable as a PDF in English or Chinese (`?format=pdf&lang=zh-hans`)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from techbridge.core import charts
from techbridge.core.errors import NotFound, ValidationFailed
from techbridge.core.provinces import province_name
from techbridge.core.regions import country_name
from techbridge.core.taxonomy import sector_name
from techbridge.exchange import report
from techbridge.exchange.report_pdf import report_pdf

LANGUAGES = {"en": "en", "zh": "zh-hans", "zh-hans": "zh-hans"}
FORMATS = {"", "html", "pdf"}


def _named(rows: list[tuple[str, int]], name: Any) -> list[tuple[str, int]]:
    return [(str(name(code) or code), n) for code, n in rows]


def labelled(built: report.Report) -> dict[str, Any]:
    """The report's breakdowns with names in the active language, and their charts."""
    sectors = _named(built.sectors, sector_name)
    countries = _named(built.countries, country_name)
    provinces = _named(built.provinces, province_name)
    months = [str(m) for m, _o, _r in built.months]
    context: dict[str, Any] = {
        "sectors": sectors,
        "countries": countries,
        "provinces": provinces,
        "months": built.months,
        "sectors_chart": charts.bars(sectors, title=_("Top sectors of the profiles")),
        "countries_chart": charts.bars(countries, title=_("Organisations by country")),
        "provinces_chart": charts.province_tiles(
            dict(built.provinces),
            {code: province_name(code) for code, _n in built.provinces},
            title=_("Chinese organisations by province"),
        ),
    }
    context["breakdowns"] = [
        (_("Top sectors of the profiles"), context["sectors_chart"], sectors, "sectors"),
        (_("Organisations by country"), context["countries_chart"], countries, "countries"),
        (
            _("Chinese organisations by province"),
            context["provinces_chart"],
            provinces,
            "provinces",
        ),
    ]
    if built.months:
        context["months_chart"] = charts.lines(
            months,
            [
                charts.Series(_("Technology offers"), [o for _m, o, _r in built.months]),
                charts.Series(_("Technology requests"), [r for _m, _o, r in built.months]),
            ],
            title=_("Profiles published per month"),
        )
    return context


def _answer(request: HttpRequest, built: report.Report, title: str) -> HttpResponse:
    fmt = request.GET.get("format", "")
    if fmt not in FORMATS:
        raise ValidationFailed(_("Unknown format: use html or pdf."))
    if fmt == "pdf":
        lang = request.GET.get("lang") or translation.get_language() or "en"
        if lang.lower() not in LANGUAGES:
            raise ValidationFailed(_("Unknown language: use en or zh-hans."))
        with translation.override(LANGUAGES[lang.lower()]):
            content = report_pdf(built, labelled(built), _title(built))
        response = HttpResponse(content, content_type="application/pdf")
        name = f"techbridge-report-{built.scope.key}-{lang.lower()}.pdf"
        response["Content-Disposition"] = f'inline; filename="{name}"'
        return response
    context = {"report": built, "figures": built.figures, "title": title, **labelled(built)}
    return render(request, "exchange/report.html", context)


def _title(built: report.Report) -> str:
    if built.scope.event is not None:
        return _("Report: %(event)s") % {"event": built.scope.event.title}
    return _("Annual report %(year)s") % {"year": built.scope.year}


@require_GET
def report_index(request: HttpRequest) -> HttpResponse:
    context = {"years": report.years(), "conventions": report.conventions()[:50]}
    return render(request, "exchange/report_index.html", context)


@require_GET
def report_year(request: HttpRequest, year: int) -> HttpResponse:
    if year not in report.years():
        raise NotFound(_("There is no report for this year."))
    built = report.build(report.Scope(year=year))
    return _answer(request, built, _title(built))


@require_GET
def report_event(request: HttpRequest, slug: str) -> HttpResponse:
    event = report.convention(slug)
    if event is None:
        raise NotFound(_("There is no report for this event."))
    built = report.build(report.Scope(event=event))
    return _answer(request, built, _title(built))
