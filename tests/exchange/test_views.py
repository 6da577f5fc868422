"""The import pages: templates in both languages, upload → dry-run report → confirm, the
report spreadsheet, progress, and the doors closed to others."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.test import Client
from openpyxl import load_workbook

from techbridge.exchange.models import ImportBatch
from techbridge.profiles.models import TechnologyProfile
from tests.conftest import login
from tests.exchange.conftest import PROFILE_HEADERS, csv_bytes, profile_row, upload

pytestmark = pytest.mark.django_db


def test_chinese_template_lists_headers_and_allowed_values(client_member: Client) -> None:
    response = client_member.get("/data/imports/template/profiles.xlsx?lang=zh-hans")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    headers = [c.value for c in book.worksheets[0][1]]
    assert headers[0].startswith("外部编号") and "External id" in headers[0]
    assert any(h.startswith("标题 / Title") for h in headers)
    assert not any("Organisation" in h for h in headers)  # an owner imports their own
    values = {
        (r[0].split(" / ")[1].rstrip(" *"), r[1])
        for r in book.worksheets[1].iter_rows(min_row=2, values_only=True)
    }
    assert ("Kind", "offer") in values and ("Sectors", "recycling") in values


def test_staff_template_has_the_organisation_column(client_staff: Client) -> None:
    response = client_staff.get("/data/imports/template/profiles.csv")
    assert "Organisation (external id or key)" in response.content.decode("utf-8-sig")
    assert client_staff.get("/data/imports/template/organisations.xlsx").status_code == 200
    assert client_staff.get("/data/imports/template/nope.xlsx").status_code in (404, 422)


def test_upload_dry_run_confirm_through_the_pages(
    client_member: Client, org: Any, django_capture_on_commit_callbacks: Any
) -> None:
    data = csv_bytes(PROFILE_HEADERS, [profile_row("P1"), profile_row("P2", Title="")])
    with django_capture_on_commit_callbacks(execute=True):
        response = client_member.post(
            "/data/imports/",
            {
                "kind": "profiles",
                "organisation": org.id,
                "status": "submitted",
                "file": upload(data),
            },
        )
    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/data/imports/{batch.id}/"
    page = client_member.get(f"/data/imports/{batch.id}/?errors=1").content.decode()
    assert 'data-testid="count-error">1<' in page and "Title" in page
    report = load_workbook(
        io.BytesIO(client_member.get(f"/data/imports/{batch.id}/report.xlsx").content)
    )
    rows = list(report.worksheets[0].iter_rows(values_only=True))
    assert rows[2][0] == 3 and "Title" in rows[2][2]
    with django_capture_on_commit_callbacks(execute=True):
        client_member.post(f"/data/imports/{batch.id}/confirm/", {"mode": "valid"})
    profile = TechnologyProfile.objects.get()
    assert profile.status == "submitted" and profile.organisation == org
    assert "exchange.import" in {
        n.kind for n in profile.organisation.memberships.get().user.notifications.all()
    }


def test_bad_file_is_refused_on_the_form(client_member: Client, org: Any) -> None:
    response = client_member.post(
        "/data/imports/",
        {"kind": "profiles", "organisation": org.id, "file": upload(b"\x00\x01" * 500, "x.xlsx")},
    )
    assert response.status_code == 200
    assert "not a valid Excel workbook" in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_others_cannot_see_or_confirm(
    member: Any, org: Any, outsider: Any, django_capture_on_commit_callbacks: Any
) -> None:
    data = csv_bytes(PROFILE_HEADERS, [profile_row("P1")])
    with django_capture_on_commit_callbacks(execute=True):
        login(member).post(
            "/data/imports/", {"kind": "profiles", "organisation": org.id, "file": upload(data)}
        )
    batch = ImportBatch.objects.get()
    other = login(outsider)
    for url in ("", "progress/", "report.xlsx"):
        assert other.get(f"/data/imports/{batch.id}/{url}").status_code == 404
    assert other.post(f"/data/imports/{batch.id}/confirm/", {"mode": "all"}).status_code == 404
    assert not TechnologyProfile.objects.exists()
    assert Client().get("/data/imports/").status_code == 302


def test_progress_while_checking(client_member: Client, member: Any, org: Any) -> None:
    data = csv_bytes(PROFILE_HEADERS, [profile_row("P1")])
    from techbridge.exchange import services

    batch = services.import_upload(
        actor=member, kind="profiles", upload=upload(data), organisation=org
    )
    response = client_member.get(f"/data/imports/{batch.id}/progress/")
    assert response.status_code == 200 and "0 of 1 rows" in response.content.decode()


def test_api_upload_report_apply(
    member: Any, org: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from techbridge.accounts.services import api_token_create

    _token, raw = api_token_create(actor=member, name="sync")
    client = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    data = csv_bytes(
        PROFILE_HEADERS, [profile_row("P1"), profile_row("P2", **{"IP status": "magic"})]
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v1/exchange/imports",
            {"kind": "profiles", "organisation": org.id, "file": upload(data)},
        )
    assert response.status_code == 201, response.content
    batch = response.json()
    rows = client.get(f"/api/v1/exchange/imports/{batch['id']}/rows?errors=true").json()
    assert [r["external_id"] for r in rows] == ["P2"] and "ip_status" in rows[0]["errors"]
    assert (
        client.post(
            f"/api/v1/exchange/imports/{batch['id']}/apply",
            {"mode": "all"},
            content_type="application/json",
        ).status_code
        == 409
    )
    with django_capture_on_commit_callbacks(execute=True):
        applied = client.post(
            f"/api/v1/exchange/imports/{batch['id']}/apply",
            {"mode": "valid"},
            content_type="application/json",
        )
    assert applied.status_code == 200
    assert client.get(f"/api/v1/exchange/imports/{batch['id']}").json()["status"] == "applied"
    assert TechnologyProfile.objects.count() == 1
    bad = client.post("/api/v1/exchange/imports", {"kind": "nope", "file": upload(data)})
    assert bad.status_code == 422 and "kind" in bad.json()["fields"]
    assert Client().get("/api/v1/exchange/imports").status_code == 401
