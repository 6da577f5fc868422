"""The impact report of a programme, per cohort and in total (staff only): applications and
the acceptance rate, companies, jobs created (employees at the last report minus the first),
revenue (the cohort's monthly total at its first and last reported month), funding raised,
and the verified contracts of the companies with their value (the deals pipeline's rule)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from techbridge.core.errors import PermissionDenied
from techbridge.incubation.models import Application, AppStatus, Cohort, KpiValue, Programme
from techbridge.incubation.selectors.calls import can_manage
from techbridge.incubation.selectors.cohort_kpis import contracts_by_month


@dataclass(frozen=True)
class ImpactRow:
    name: str
    applications: int | None  # None on a cohort's row: acceptance is the programme's figure
    accepted: int | None
    companies: int
    jobs: Decimal
    revenue_first: Decimal
    revenue_last: Decimal
    funding: Decimal
    contracts: int
    contract_value: Decimal

    @property
    def acceptance_percent(self) -> Decimal | None:
        if not self.applications or self.accepted is None:
            return None
        return (Decimal(100) * self.accepted / self.applications).quantize(Decimal("0.1"))


def _series(org_by_company: dict[int, int]) -> dict[str, dict[int, dict[date, Decimal]]]:
    """metric key → company → month → value, for the KPIs typed in."""
    out: dict[str, dict[int, dict[date, Decimal]]] = defaultdict(lambda: defaultdict(dict))
    rows = KpiValue.objects.filter(report__company_id__in=org_by_company).values_list(
        "metric__key", "report__company_id", "report__month", "value"
    )
    for key, company, month, value in rows:
        out[key][company][month] = value
    return out


def _cohort_row(cohort: Cohort) -> ImpactRow:
    org_by_company = dict(cohort.companies.values_list("pk", "organisation_id"))
    series = _series(org_by_company)
    jobs = Decimal(0)
    for months in series["employees"].values():
        ordered = [months[m] for m in sorted(months)]
        jobs += ordered[-1] - ordered[0] if ordered else 0
    revenue: dict[date, Decimal] = defaultdict(Decimal)
    for months in series["revenue"].values():
        for month, value in months.items():
            revenue[month] += value
    funding = sum((v for months in series["funding"].values() for v in months.values()), Decimal(0))
    deals = contracts_by_month(set(org_by_company.values()))
    first, last = (min(revenue), max(revenue)) if revenue else (None, None)
    return ImpactRow(
        name=cohort.name, applications=None, accepted=None, companies=len(org_by_company),
        jobs=jobs, revenue_first=revenue.get(first, Decimal(0)) if first else Decimal(0),
        revenue_last=revenue.get(last, Decimal(0)) if last else Decimal(0), funding=funding,
        contracts=sum(n for n, _v in deals.values()),
        contract_value=sum((v for _n, v in deals.values()), Decimal(0)),
    )  # fmt: skip


def impact_report(*, actor: Any, programme: Programme) -> list[ImpactRow]:
    """One row per cohort of the programme, then the programme's total (the applications of
    all its calls; submitted ones count, screened-out drafts do not)."""
    if not can_manage(actor):
        raise PermissionDenied()
    submitted = Application.objects.filter(call__programme=programme, submitted_at__isnull=False)
    accepted = submitted.filter(status=AppStatus.ACCEPTED)
    rows = [_cohort_row(cohort) for cohort in programme.cohorts.order_by("starts_on")]
    total = ImpactRow(
        name=programme.name, applications=submitted.count(), accepted=accepted.count(),
        companies=sum(r.companies for r in rows), jobs=sum((r.jobs for r in rows), Decimal(0)),
        revenue_first=sum((r.revenue_first for r in rows), Decimal(0)),
        revenue_last=sum((r.revenue_last for r in rows), Decimal(0)),
        funding=sum((r.funding for r in rows), Decimal(0)),
        contracts=sum(r.contracts for r in rows),
        contract_value=sum((r.contract_value for r in rows), Decimal(0)),
    )  # fmt: skip
    return [*rows, total]
