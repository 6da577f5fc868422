"""KPIs: a company reports a month (and corrects it), bad figures are refused with nothing
saved, contracts signed come from the deals pipeline's verified contracts only, reminders go
out in the recipient's language until the month is reported, charts per company and cohort."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command

from techbridge.core.errors import PermissionDenied, ValidationFailed
from techbridge.deals import services as deals
from techbridge.incubation import services
from techbridge.incubation.models import Cohort, CohortCompany, KpiReminder, KpiReport, KpiValue
from techbridge.incubation.selectors import cohort_kpis as kpis
from techbridge.notifications.models import Notification
from tests.conftest import login
from tests.deals.conftest import send_eoi
from tests.deals.test_figures import to_contract
from tests.factories import ProfileFactory
from tests.incubation.conftest import filled, freeze_time

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 6, 15, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
FIGURES = {"employees": Decimal(12), "revenue": Decimal(250000), "funding": Decimal(0),
           "patents": Decimal(1)}  # fmt: skip


@pytest.fixture
def company(staff: Any, member: Any, programme: Any, draft: Any) -> CohortCompany:
    app = services.application_submit(actor=member, application=draft, data=filled())
    cohort = Cohort.objects.create(
        programme=programme, slug="c", name_en="C", name_zh="C",
        starts_on=date(2026, 3, 1), ends_on=date(2026, 9, 1),
    )  # fmt: skip
    return services.cohort_admit(actor=staff, cohort=cohort, application=app)


def test_months_owed_and_reporting(member: Any, outsider: Any, company: CohortCompany) -> None:
    today = NOW.date()
    assert kpis.missing_months(company, today) == [date(2026, m, 1) for m in (3, 4, 5)]
    services.kpi_report(actor=member, company=company, month=date(2026, 5, 1), values=FIGURES,
                        now=NOW)  # fmt: skip
    fixed = {**FIGURES, "employees": Decimal(13)}
    services.kpi_report(actor=member, company=company, month=date(2026, 5, 1), values=fixed,
                        now=NOW)  # fmt: skip
    assert KpiReport.objects.count() == 1
    assert KpiValue.objects.get(metric__key="employees").value == 13
    assert kpis.missing_months(company, today) == [date(2026, 3, 1), date(2026, 4, 1)]
    with pytest.raises(ValidationFailed):  # the current month is not complete
        services.kpi_report(actor=member, company=company, month=date(2026, 6, 1),
                            values=FIGURES, now=NOW)  # fmt: skip
    with pytest.raises(ValidationFailed):
        services.kpi_report(actor=member, company=company, month=date(2026, 4, 1),
                            values={"employees": Decimal(3)}, now=NOW)  # fmt: skip
    assert KpiReport.objects.count() == 1
    with pytest.raises(PermissionDenied):
        services.kpi_report(actor=outsider, company=company, month=date(2026, 4, 1),
                            values=FIGURES, now=NOW)  # fmt: skip


def test_contracts_counted_from_verified_deals_only(
    member: Any, cn_member: Any, cn_org: Any, company: CohortCompany
) -> None:
    need = ProfileFactory(organisation=cn_org, kind="request", language="zh", title="需求",
                          partnership_types=["licence_in"])  # fmt: skip
    connection = deals.connection_accept(actor=cn_member, connection=send_eoi(member, need))
    months = [date(2026, 4, 1), date(2026, 5, 1)]
    metrics = kpis.metrics_for(company.cohort.programme)
    before = kpis.company_series([company], metrics, months)[company.pk]["contracts"]
    assert before == [0, 0]
    to_contract(connection, member, "100000", "CNY", date(2026, 5, 20))
    series = kpis.company_series([company], metrics, months)[company.pk]
    assert series["contracts"] == [0, 1] and series["employees"] == [None, None]


def test_reminders_until_reported_in_the_recipients_language(
    member: Any, company: CohortCompany, django_capture_on_commit_callbacks: Any
) -> None:
    member.preferred_language = "zh-hans"
    member.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.kpi_remind(now=NOW)["reminded"] == 1
        assert services.kpi_remind(now=NOW + timedelta(days=1))["reminded"] == 0
        assert services.kpi_remind(now=NOW + timedelta(days=8))["reminded"] == 1
    notes = Notification.objects.filter(user=member, kind="incubation.cohort")
    assert notes.count() == 2 and "2026年5月" in notes.first().title
    assert len(mail.outbox) == 2
    services.kpi_report(actor=member, company=company, month=date(2026, 5, 1), values=FIGURES,
                        now=NOW)  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):  # the older missing month now
        assert services.kpi_remind(now=NOW + timedelta(days=10))["reminded"] == 1
    assert KpiReminder.objects.filter(month=date(2026, 4, 1)).exists()
    for month in (3, 4):
        services.kpi_report(actor=member, company=company, month=date(2026, month, 1),
                            values=FIGURES, now=NOW)  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        assert services.kpi_remind(now=NOW + timedelta(days=14))["reminded"] == 0
    with freeze_time(NOW):
        call_command("cohort_kpi_reminders", "--json")


def test_kpi_pages(client_member: Any, staff: Any, company: CohortCompany) -> None:
    url = f"/incubation/companies/{company.pk}/kpis/"
    with freeze_time(NOW):
        page = client_member.get(url).content.decode()
        assert 'data-testid="kpi-form"' in page and "<svg" in page
        bad = client_member.post(
            url,
            {
                "month": "2026-05-01",
                "k_employees": "-3",
                "k_revenue": "x",
                "k_funding": "0",
                "k_patents": "0",
            },
        )
        assert bad.status_code == 200 and not KpiReport.objects.exists()
        late = client_member.post(
            url,
            {
                "month": "2026-06-01",
                "k_employees": "3",
                "k_revenue": "0",
                "k_funding": "0",
                "k_patents": "0",
            },
        )
        assert late.status_code == 200 and not KpiReport.objects.exists()
        ok = client_member.post(
            url,
            {
                "month": "2026-05-01",
                "k_employees": "12",
                "k_revenue": "250000",
                "k_funding": "0",
                "k_patents": "1",
            },
        )
        assert ok.status_code == 302 and KpiReport.objects.get().month == date(2026, 5, 1)
        cohort_page = login(staff).get(f"/incubation/cohorts/{company.cohort.slug}/kpis/")
        assert cohort_page.status_code == 200 and "250,000" in cohort_page.content.decode()
        assert (
            client_member.get(f"/incubation/cohorts/{company.cohort.slug}/kpis/").status_code == 403
        )


def test_core_metrics_come_back_after_a_flush(db: Any) -> None:
    """Seeded by a migration, so a flushed database (transactional tests, `flush`) loses them:
    the demo puts them back, the same rows, once."""
    from techbridge.incubation.models import CORE_METRICS, KpiMetric
    from techbridge.incubation.services import core_metrics_ensure

    seeded = sorted(KpiMetric.objects.filter(programme=None).values_list("key", "unit"))
    KpiMetric.objects.filter(programme=None).delete()
    assert core_metrics_ensure() == len(CORE_METRICS)
    assert core_metrics_ensure() == 0
    assert sorted(KpiMetric.objects.filter(programme=None).values_list("key", "unit")) == seeded
