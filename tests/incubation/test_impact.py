"""The impact report: figures per cohort and in total from applications, KPI reports and
verified contracts; CSV and XLSX; staff only."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone

from techbridge.core.errors import PermissionDenied
from techbridge.incubation import services
from techbridge.incubation.models import Cohort
from techbridge.incubation.selectors.cohort_kpis import cohort_months
from techbridge.incubation.selectors.impact import impact_report
from tests.conftest import login
from tests.incubation.mentoring.conftest import make_company

pytestmark = pytest.mark.django_db


def test_impact_figures_and_exports(
    staff: Any, member: Any, programme: Any, org: Any, client_staff: Any
) -> None:
    today = timezone.localdate()
    cohort = Cohort.objects.create(programme=programme, slug="i", name_en="Cohort I", name_zh="I",
                                   starts_on=today - timedelta(days=100), ends_on=today + timedelta(days=60))  # fmt: skip
    company = make_company(cohort, org)
    first, second = cohort_months(cohort, today)[:2]
    for month, staff_count, revenue in ((first, 3, 1000), (second, 7, 2500)):
        values = {"employees": Decimal(staff_count), "revenue": Decimal(revenue),
                  "funding": Decimal(500), "patents": Decimal(0)}  # fmt: skip
        services.kpi_report(actor=member, company=company, month=month, values=values)
    rows = impact_report(actor=staff, programme=programme)
    mine, total = rows
    assert (mine.companies, mine.jobs, mine.revenue_first, mine.revenue_last, mine.funding) == (
        1, Decimal(4), Decimal(1000), Decimal(2500), Decimal(1000),
    )  # fmt: skip
    assert mine.acceptance_percent is None and total.companies == 1 and total.applications == 0
    with pytest.raises(PermissionDenied):
        impact_report(actor=member, programme=programme)
    url = f"/incubation/manage/programmes/{programme.slug}/impact/"
    assert "Cohort I" in client_staff.get(url).content.decode()
    csv = client_staff.get(url + "?export=csv")
    assert csv["Content-Type"].startswith("text/csv") and b"Cohort I" in csv.content
    assert client_staff.get(url + "?export=xlsx").content[:2] == b"PK"
    pdf = client_staff.get(url + "?export=pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert login(member).get(url + "?export=pdf").status_code == 403
    assert login(member).get(url).status_code == 403
