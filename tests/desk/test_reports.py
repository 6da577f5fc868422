"""The staff's measurements: medians and 90th percentiles in business hours, breach rate,
satisfaction; the page, CSV and XLSX; staff only."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from techbridge.desk import reports, services
from techbridge.desk.models import CaseStatus
from tests.conftest import login

pytestmark = pytest.mark.django_db
SH = ZoneInfo("Asia/Shanghai")


def test_nearest_rank() -> None:
    assert reports.nearest_rank([], 0.5) is None
    assert reports.nearest_rank([3, 1, 2], 0.5) == 2
    assert reports.nearest_rank(list(range(1, 11)), 0.9) == 9
    assert reports.nearest_rank([5], 0.9) == 5


def _answered(member: Any, org: Any, service: Any, staff: Any, hours: int) -> Any:
    start = datetime(2026, 3, 2, 9, tzinfo=SH)
    case = services.case_submit(
        actor=member, service=service, organisation=org, now=start,
        data={"subject": "s", "description": "d", "answers": {}, "files": {}},
    )  # fmt: skip
    reply_at = datetime(2026, 3, 2, 9 + min(hours, 3), tzinfo=SH) if hours <= 3 else None
    reply_at = reply_at or datetime(2026, 3, 3, 9 + hours - 7, tzinfo=SH)
    services.case_reply(actor=staff, case=case, body="answer", now=reply_at)
    services.case_move(actor=staff, case=case, to=CaseStatus.RESOLVED, now=reply_at)
    return case


def test_report_figures_and_exports(member: Any, org: Any, service: Any, legal_staff: Any) -> None:
    service.fields.all().delete()
    for hours in (1, 2, 3, 9, 10):
        _answered(member, org, service, legal_staff, hours)
    case = _answered(member, org, service, legal_staff, 1)
    services.case_rate(actor=member, case=case, rating=4)
    rows = reports.report(
        actor=legal_staff, since=datetime(2026, 3, 1).date(), until=datetime(2026, 3, 31).date()
    )
    total = next(r for r in rows if not r["service"])
    assert total["cases"] == 6 and total["open"] == 0 and total["cancelled"] == 0
    assert total["first_response_median_h"] == 2.0  # 1, 1, 2, 3, 9, 10
    assert total["first_response_p90_h"] == 10.0
    assert total["breach_rate_percent"] == pytest.approx(100 * 2 / 6, abs=0.1)  # 9 h, 10 h > 8 h
    assert total["satisfaction"] == 4 and total["ratings"] == 1
    assert (
        reports.report(
            actor=member, since=datetime(2026, 3, 1).date(), until=datetime(2026, 3, 31).date()
        )
        == []
    )

    client = login(legal_staff)
    url = reverse("desk:reports") + "?since=2026-03-01&until=2026-03-31"
    page = client.get(url)
    assert page.status_code == 200 and b"report-chart" in page.content
    csv_text = client.get(url + "&format=csv").content.decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("Department,Service,Cases")
    book = load_workbook(io.BytesIO(client.get(url + "&format=xlsx").content))
    assert book.active.max_row == len(rows) + 1
    assert client.get(reverse("desk:reports") + "?since=nonsense").status_code == 200
    assert login(member).get(url).status_code == 403


def test_exports_go_through_the_shared_writer(
    member: Any, org: Any, service: Any, legal_staff: Any
) -> None:
    """A service name that a spreadsheet would run as a formula is written as text."""
    service.fields.all().delete()
    service.name_en = "=HYPERLINK(1)"
    service.save()
    _answered(member, org, service, legal_staff, 1)
    client = login(legal_staff)
    url = reverse("desk:reports") + "?since=2026-03-01&until=2026-03-31"
    csv_text = client.get(url + "&format=csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in csv_text
    book = load_workbook(io.BytesIO(client.get(url + "&format=xlsx").content))
    cells = [c.value for row in book.active.iter_rows() for c in row]
    assert "=HYPERLINK(1)" in cells and book.active.title == "Service desk"
    cell = next(c for row in book.active.iter_rows() for c in row if c.value == "=HYPERLINK(1)")
    assert cell.data_type == "s"


def test_cancelled_cases_are_counted_apart(
    member: Any, org: Any, service: Any, legal_staff: Any
) -> None:
    service.fields.all().delete()
    _answered(member, org, service, legal_staff, 1)
    start = datetime(2026, 3, 3, 9, tzinfo=SH)
    withdrawn = services.case_submit(
        actor=member, service=service, organisation=org, now=start,
        data={"subject": "s", "description": "d", "answers": {}, "files": {}},
    )  # fmt: skip
    services.case_cancel(actor=member, case=withdrawn, reason="Not needed.", now=start)
    rows = reports.report(
        actor=legal_staff, since=datetime(2026, 3, 1).date(), until=datetime(2026, 3, 31).date()
    )
    total = next(r for r in rows if not r["service"])
    assert (total["cases"], total["open"], total["cancelled"]) == (2, 0, 1)
    assert total["resolution_median_h"] is not None  # the cancelled case has no resolution time
