"""KPI writes: a company reports a month's figures (and may correct them); staff add a
programme's own metrics; the reminder sweep tells each company's members, in-app and by
e-mail in their own language, about the last month still missing — again every
REMIND_EVERY days, until it is reported (`techbridge cohort_kpi_reminders`, run daily)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.errors import ValidationFailed
from techbridge.incubation import cohort_notices
from techbridge.incubation.models import (
    ActivityKind,
    CohortCompany,
    KpiMetric,
    KpiReminder,
    KpiReport,
    KpiValue,
    Programme,
)
from techbridge.incubation.selectors import cohort_kpis as kpis
from techbridge.incubation.services.cohort_companies import member_or_staff, record, staff_only

REMIND_EVERY = timedelta(days=7)
# The core metrics every programme reports: key, English, Chinese, unit, counted automatically
# (migration 0004 seeded the same rows; a flushed database gets them back from the demo).
CORE_METRIC_ROWS = (
    ("employees", "Employees", "员工人数", "", False),
    ("revenue", "Revenue", "营业收入", "CNY", False),
    ("funding", "Funding raised", "融资额", "CNY", False),
    ("patents", "Patents filed", "专利申请数", "", False),
    ("contracts", "Contracts signed", "签订合同数", "", True),
)


def core_metrics_ensure() -> int:
    """Create the core metrics that are missing; returns how many were created."""
    created = 0
    for order, (key, en, zh, unit, automatic) in enumerate(CORE_METRIC_ROWS):
        _row, new = KpiMetric.objects.get_or_create(
            programme=None,
            key=key,
            defaults={
                "name_en": en,
                "name_zh": zh,
                "unit": unit,
                "automatic": automatic,
                "order": order,
            },
        )
        created += new
    return created


@transaction.atomic
def kpi_report(
    *,
    actor: Any,
    company: CohortCompany,
    month: date,
    values: dict[str, Decimal],
    now: datetime | None = None,
) -> KpiReport:
    """Report (or correct) one month: every metric typed in is required and not negative;
    automatic ones (contracts signed) are ignored if sent."""
    member_or_staff(actor, company)
    now = now or timezone.now()
    if month not in kpis.cohort_months(company.cohort, timezone.localdate(now)):
        raise ValidationFailed(fields={"month": [str(_("Not a month this company reports."))]})
    metrics = [m for m in kpis.metrics_for(company.cohort.programme) if not m.automatic]
    errors = {
        m.key: [str(_("Enter a number, zero or more."))]
        for m in metrics
        if values.get(m.key) is None or Decimal(values[m.key]) < 0
    }
    if errors:
        raise ValidationFailed(fields=errors)
    report, _new = KpiReport.objects.select_for_update().get_or_create(
        company=company, month=month, defaults={"reported_at": now, "reported_by": actor}
    )
    report.reported_at, report.reported_by = now, actor
    report.save(update_fields=["reported_at", "reported_by"])
    for metric in metrics:
        KpiValue.objects.update_or_create(
            report=report, metric=metric, defaults={"value": Decimal(values[metric.key])}
        )
    label = month.strftime("%Y-%m")
    record(company, ActivityKind.KPI, actor=actor, subject=label, at=now)
    return report


@transaction.atomic
def metric_add(*, actor: Any, programme: Programme, data: dict[str, Any]) -> KpiMetric:
    staff_only(actor)
    if KpiMetric.objects.filter(programme=programme, key=data["key"]).exists() or (
        KpiMetric.objects.filter(programme=None, key=data["key"]).exists()
    ):
        raise ValidationFailed(fields={"key": [str(_("This key is already used."))]})
    return KpiMetric.objects.create(programme=programme, **data)


def kpi_remind(*, now: datetime | None = None) -> dict[str, int]:
    """Remind each active company of the last complete month it has not reported, at most
    once every REMIND_EVERY. Idempotent within that interval."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    checked = reminded = 0
    for company in kpis.active_companies(today):
        checked += 1
        missing = kpis.missing_months(company, today)
        if missing and _remind(company, missing[-1], now):
            reminded += 1
    return {"checked": checked, "reminded": reminded}


@transaction.atomic
def _remind(company: CohortCompany, month: date, now: datetime) -> bool:
    row, created = KpiReminder.objects.select_for_update().get_or_create(
        company=company, month=month, defaults={"last_sent_at": now}
    )
    if not created and row.last_sent_at > now - REMIND_EVERY:
        return False
    row.sent += 1
    row.last_sent_at = now
    row.save(update_fields=["sent", "last_sent_at"])
    transaction.on_commit(lambda: cohort_notices.kpis_due(company, month))
    return True
