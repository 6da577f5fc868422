"""KPIs for one actor: the metrics of a programme, the months a company owes, its series and
its cohort's (staff), with contracts signed counted from the deals pipeline — only verified
contracts, as the centre's public figures count them (`deals.figures.counted`)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import Q, QuerySet

from techbridge.deals.figures import counted
from techbridge.deals.models import Connection, Contract, Status
from techbridge.incubation.models import (
    Cohort,
    CohortCompany,
    CompanyStatus,
    KpiMetric,
    KpiReport,
    KpiValue,
    Programme,
)


def month_of(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def months_between(first: date, last: date) -> list[date]:
    """The first days of the months from `first`'s to `last`'s, inclusive."""
    out, month = [], month_of(first)
    while month <= last:
        out.append(month)
        month = next_month(month)
    return out


def metrics_for(programme: Programme) -> list[KpiMetric]:
    """The core metrics, then the programme's own."""
    rows = KpiMetric.objects.filter(Q(programme__isnull=True) | Q(programme=programme))
    return sorted(rows, key=lambda m: (m.programme_id is not None, m.order, m.pk))


def missing_months(company: CohortCompany, today: date) -> list[date]:
    done = set(company.kpi_reports.values_list("month", flat=True))
    return [m for m in cohort_months(company.cohort, today) if m not in done]


def contracts_by_month(org_ids: set[int]) -> dict[tuple[int, date], tuple[int, Decimal]]:
    """(organisation, month) → (contracts, value in CNY) of the organisations' verified
    contracts, either side of the deal."""
    connections = Connection.objects.filter(status=Status.ACCEPTED).filter(
        Q(owner_org_id__in=org_ids) | Q(requester_org_id__in=org_ids)
    )
    verified = counted(connections)
    rows = Contract.objects.filter(connection_id__in=list(verified.contracts)).values_list(
        "connection_id",
        "signed_on",
        "connection__owner_org_id",
        "connection__requester_org_id",
    )
    out: dict[tuple[int, date], tuple[int, Decimal]] = {}
    for connection_id, signed_on, owner, requester in rows:
        for org in {owner, requester} & org_ids:
            n, value = out.get((org, month_of(signed_on)), (0, Decimal(0)))
            out[(org, month_of(signed_on))] = (n + 1, value + verified.contracts[connection_id])
    return out


def company_series(
    companies: list[CohortCompany], metrics: list[KpiMetric], months: list[date]
) -> dict[int, dict[str, list[Decimal | None]]]:
    """company → metric key → one value per month (None: not reported). Contracts signed
    come from the deals pipeline, never from what a company types."""
    index = {m: i for i, m in enumerate(months)}
    out = {c.pk: {m.key: [None] * len(months) for m in metrics} for c in companies}
    values = KpiValue.objects.filter(
        report__company__in=companies, report__month__in=months
    ).values_list("report__company_id", "report__month", "metric__key", "value")
    for company_id, month, key, value in values:
        if key in out[company_id] and key != "contracts":
            out[company_id][key][index[month]] = value
    deals = contracts_by_month({c.organisation_id for c in companies})
    for company in companies:
        if "contracts" in out[company.pk]:
            out[company.pk]["contracts"] = [
                Decimal(deals.get((company.organisation_id, m), (0, 0))[0]) for m in months
            ]
    return out


def cohort_totals(
    series: dict[int, dict[str, list[Decimal | None]]], metrics: list[KpiMetric], n: int
) -> dict[str, list[Decimal]]:
    """metric key → the sum over the cohort's companies, month by month."""
    totals: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0)] * n)
    for by_metric in series.values():
        for metric in metrics:
            for i, value in enumerate(by_metric[metric.key]):
                totals[metric.key][i] += value or 0
    return dict(totals)


def reports_of(company: CohortCompany) -> QuerySet[KpiReport]:
    return company.kpi_reports.prefetch_related("values__metric")


def active_companies(today: date) -> QuerySet[CohortCompany]:
    """Companies of the cohorts running, or ended last month (its figures are still owed)."""
    previous = month_of(month_of(today) - timedelta(days=1))
    return CohortCompany.objects.filter(
        status=CompanyStatus.ACTIVE,
        cohort__starts_on__lt=month_of(today),
        cohort__ends_on__gte=previous,
    ).select_related("cohort", "organisation")


def cohort_months(cohort: Cohort, today: date) -> list[date]:
    """The months a cohort's companies report: from its start to the last complete month
    (and never after the cohort's end)."""
    last = min(month_of(today), month_of(cohort.ends_on))
    return [m for m in months_between(cohort.starts_on, last) if m < month_of(today)]
