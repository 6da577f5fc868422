"""Issue 16's import story in a browser, in Chinese: a staff member downloads the Chinese
template, uploads 200 rows (some invalid), reads the dry-run report, fixes the file, imports
every row, and finds the new profiles in search."""

from __future__ import annotations

import csv
import io

import pytest
from django.utils import timezone

from techbridge.exchange.models import ImportBatch
from techbridge.profiles.models import TechnologyProfile
from tests.factories import PASSWORD, ChineseOrganisationFactory, StaffFactory

from .test_platform_story import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _rows(org_slug: str, broken: set[int]) -> list[list[str]]:
    rows = []
    for i in range(200):
        rows.append(
            [
                f"R{i:03d}",
                org_slug,
                "技术需求",
                f"钠离子电池正极材料需求 第{i}号",
                "寻求低成本钠离子电池正极材料的量产技术。",
                "企业计划建设钠离子电池产线，需要层状氧化物正极材料的合成与包覆工艺。",
                "储能与电池" if i not in broken else "不存在的行业",
                "6",
                "无",
                "技术合作",
                "公开",
            ]
        )
    return rows


def _csv(headers: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue().encode("gb18030")  # as Chinese Excel saves it


def test_staff_import_in_chinese(new_page, live_server):
    staff = StaffFactory(preferred_language="zh-hans")
    org = ChineseOrganisationFactory()
    base = live_server.url
    page = new_page()
    log_in(page, base, staff.email, PASSWORD)
    page.goto(f"{base}/data/imports/")
    page.click("[data-testid=lang-zh]")
    page.wait_for_selector("[data-testid=upload-form]")
    with page.expect_download() as download:
        page.click("[data-testid=template-profiles-zh]")
    from openpyxl import load_workbook

    template = load_workbook(io.BytesIO(download.value.path().read_bytes()))
    headers = [c.value for c in template.worksheets[0][1]]
    by_english = {h.split(" / ")[1].rstrip(" *"): h for h in headers}
    filled = ["External id", "Organisation (external id or key)", "Kind", "Title", "Summary",
              "Description", "Sectors", "Technology readiness level", "IP status",
              "Partnership types sought", "Visibility"]  # fmt: skip
    columns = [by_english[name] for name in filled]
    assert headers[0].startswith("外部编号")

    broken = {7, 70, 170}
    page.select_option("#id_kind", "profiles")
    page.select_option("#id_status", "published")
    page.set_input_files(
        "#id_file",
        files=[
            {
                "name": "清单.csv",
                "mimeType": "text/csv",
                "buffer": _csv(columns, _rows(org.slug, broken)),
            }
        ],
    )
    with page.expect_navigation():
        page.click("[data-testid=upload]")
    assert page.locator("[data-testid=count-create]").inner_text() == "197"
    assert page.locator("[data-testid=count-error]").inner_text() == "3"
    page.click("[data-testid=errors-only]")
    report = page.locator("[data-testid=report]").inner_text()
    assert "R007" in report and "R170" in report and "行业" in report
    with page.expect_download() as download:
        page.click("[data-testid=report-xlsx]")
    report_book = load_workbook(io.BytesIO(download.value.path().read_bytes()))
    assert report_book.worksheets[0].max_row == 201

    page.goto(f"{base}/data/imports/")
    page.select_option("#id_kind", "profiles")
    page.select_option("#id_status", "published")
    page.set_input_files(
        "#id_file",
        files=[
            {
                "name": "清单-改.csv",
                "mimeType": "text/csv",
                "buffer": _csv(columns, _rows(org.slug, set())),
            }
        ],
    )
    with page.expect_navigation():
        page.click("[data-testid=upload]")
    assert page.locator("[data-testid=count-error]").inner_text() == "0"
    with page.expect_navigation():
        page.click("[data-testid=confirm-all]")
    assert "已导入" in page.locator("[data-testid=batch-status]").inner_text()
    assert TechnologyProfile.objects.filter(status="published", organisation=org).count() == 200
    assert ImportBatch.objects.filter(status="applied").count() == 1

    page.goto(f"{base}/search/?q=钠离子电池")
    assert "钠离子电池正极材料需求" in page.locator("main").inner_text()

    # The year's report counts the new published profiles and draws its charts; the staff
    # dashboards and the list export see them too.
    year = timezone.localdate().year
    page.goto(f"{base}/report/")
    page.click(f"a[href='/report/{year}/']")
    assert int(page.locator("[data-testid=fig-profiles]").inner_text().replace(",", "")) >= 200
    assert page.locator("figure.chart svg").count() >= 2
    page.goto(f"{base}/data/dashboards/")
    assert page.locator("[data-testid=dash-panel]").count() == 3
    page.goto(f"{base}/profiles/?q=钠离子电池")
    with page.expect_download() as download:
        page.click("[data-testid=export-csv]")
    lines = download.value.path().read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == 201
