"""KPI pages: a company reports a month and sees its charts (members and staff); a cohort's
totals month by month (staff). Charts are SVG drawn on the server (core.charts), each with
the same numbers in a table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from techbridge.core import charts
from techbridge.core.errors import DomainError, PermissionDenied
from techbridge.incubation import selectors, services
from techbridge.incubation.forms.cohort_forms import KpiForm
from techbridge.incubation.selectors import cohort_companies as cohorts
from techbridge.incubation.selectors import cohort_kpis as kpis
from techbridge.incubation.views import act, form_refusal


def _label(month: date) -> str:
    return date_format(month, "YEAR_MONTH_FORMAT")


def _charts(
    metrics: list[Any], months: list[date], series: dict[str, list[Any]]
) -> list[dict[str, Any]]:
    labels = [date_format(m, "n/y") for m in months]
    out = []
    for metric in metrics:
        values = [float(v) if v is not None else 0.0 for v in series[metric.key]]
        svg = charts.lines(labels, [charts.Series(metric.name, values)], title=metric.name)
        out.append({"metric": metric, "svg": svg, "values": series[metric.key]})
    return out


@login_required
def company_kpis(request: HttpRequest, pk: int) -> HttpResponse:
    company = cohorts.company_get_for(actor=request.user, company_id=pk)
    today = timezone.localdate()
    metrics = kpis.metrics_for(company.cohort.programme)
    months = kpis.cohort_months(company.cohort, today)
    missing = kpis.missing_months(company, today)
    form = KpiForm(
        request.POST or None,
        metrics=metrics,
        months=months,
        initial={"month": missing[-1].isoformat() if missing else ""},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.kpi_report(
                actor=request.user,
                company=company,
                month=form.cleaned_data["month_date"],
                values=form.cleaned_data["values"],
            )
        except DomainError as exc:
            form_refusal(form, exc)
        else:
            act(request, lambda: None, _("Thank you: your KPIs are recorded."))
            return redirect("incubation:company_kpis", pk=company.pk)
    series = kpis.company_series([company], metrics, months)[company.pk]
    context = {
        "company": company,
        "form": form,
        "missing": [_label(m) for m in missing],
        "months": [_label(m) for m in months],
        "charts": _charts(metrics, months, series),
    }
    return render(request, "incubation/company_kpis.html", context)


@login_required
def cohort_kpis(request: HttpRequest, slug: str) -> HttpResponse:
    if not selectors.can_manage(request.user):
        raise PermissionDenied()
    cohort = cohorts.cohort_get_for(actor=request.user, slug=slug)
    today = timezone.localdate()
    metrics = kpis.metrics_for(cohort.programme)
    months = kpis.cohort_months(cohort, today)
    companies = list(cohort.companies.select_related("organisation", "cohort"))
    series = kpis.company_series(companies, metrics, months)
    totals = kpis.cohort_totals(series, metrics, len(months))
    reported = {c.pk: len(months) - len(kpis.missing_months(c, today)) for c in companies}
    context = {
        "cohort": cohort,
        "months": [_label(m) for m in months],
        "charts": _charts(metrics, months, totals),
        "companies": [(c, reported[c.pk]) for c in companies],
        "n_months": len(months),
        "zero": Decimal(0),
    }
    return render(request, "incubation/cohort_kpis.html", context)
