"""Bulk import through the services: dry run per row with the pages' own form, confirmation
all-or-nothing or valid rows only, re-imports updating by external id, permissions."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import translation

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.exchange import selectors, services
from techbridge.exchange.models import BatchStatus, ExternalRef, ImportBatch, ImportRow
from techbridge.profiles.models import TechnologyProfile
from tests.exchange.conftest import PROFILE_HEADERS, csv_bytes, profile_row, upload
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _run_tasks(django_capture_on_commit_callbacks: Any) -> Any:
    """The dry run and the apply are tasks enqueued after commit: run them."""
    global _commits
    _commits = django_capture_on_commit_callbacks
    yield


_commits: Any = None


def _import(actor: Any, rows: list[list[str]], org: Any = None, **kw: Any) -> ImportBatch:
    data = csv_bytes(kw.pop("headers", PROFILE_HEADERS), rows)
    with _commits(execute=True):
        batch = services.import_upload(
            actor=actor,
            kind=kw.pop("kind", "profiles"),
            upload=upload(data),
            organisation=org,
            **kw,
        )
    batch.refresh_from_db()
    return batch


def _confirm(actor: Any, batch: ImportBatch, mode: str) -> ImportBatch:
    with _commits(execute=True):
        services.import_confirm(actor=actor, batch=batch, mode=mode)
    batch.refresh_from_db()
    return batch


def test_owner_dry_run_reports_each_row_and_saves_nothing(member: Any, org: Any) -> None:
    rows = [profile_row("P1"), profile_row("P2", **{"Technology readiness level": "12"})]
    rows.append(profile_row("P3", Sectors="underwater basket weaving"))
    batch = _import(member, rows, org)
    assert batch.status == BatchStatus.VALIDATED
    assert batch.counts == {"create": 1, "update": 0, "unchanged": 0, "error": 2}
    bad = {r.external_id: r.errors for r in ImportRow.objects.filter(batch=batch, action="error")}
    assert set(bad) == {"P2", "P3"}
    assert "trl" in bad["P2"] and "sectors" in bad["P3"]
    assert not TechnologyProfile.objects.exists()


def test_all_or_nothing_refused_with_errors_then_valid_rows_only(member: Any, org: Any) -> None:
    batch = _import(member, [profile_row("P1"), profile_row("P2", Title="")], org)
    with pytest.raises(Conflict):
        _confirm(member, batch, "all")
    _confirm(member, batch, "valid")
    batch.refresh_from_db()
    assert batch.status == BatchStatus.APPLIED
    profile = TechnologyProfile.objects.get()
    assert profile.organisation == org and profile.status == "draft"
    assert profile.partnership_types == ["licence_out", "joint_rd"]
    assert ExternalRef.objects.get(external_id="P1").object_id == profile.id
    row = ImportRow.objects.get(batch=batch, external_id="P1")
    assert row.applied and row.object_id == profile.id


def test_reimport_updates_instead_of_duplicating(member: Any, org: Any) -> None:
    first = _import(member, [profile_row("P1"), profile_row("P2")], org)
    _confirm(member, batch=first, mode="all")
    again = _import(
        member, [profile_row("P1"), profile_row("P2", Summary="A changed summary.")], org
    )
    assert again.counts == {"create": 0, "update": 1, "unchanged": 1, "error": 0}
    _confirm(member, batch=again, mode="all")
    assert TechnologyProfile.objects.count() == 2
    assert TechnologyProfile.objects.get(summary="A changed summary.").history.count() == 2


def test_duplicate_external_ids_in_one_file(member: Any, org: Any) -> None:
    batch = _import(member, [profile_row("P1"), profile_row("P1")], org)
    errors = ImportRow.objects.get(batch=batch, number=3).errors
    assert "row 2" in errors["external_id"][0]


def test_report_in_the_uploaders_language(member: Any, org: Any) -> None:
    with translation.override("zh-hans"):
        batch = _import(member, [profile_row("P1", Title="")], org)
    assert batch.language == "zh-hans"
    errors = ImportRow.objects.get(batch=batch).errors
    assert "必填" in errors["title"][0]  # Chinese, whichever catalogue words it


def test_chinese_headers_and_labels(member: Any, org: Any) -> None:
    headers = [
        "外部编号",
        "类型",
        "标题",
        "摘要",
        "描述",
        "行业",
        "技术成熟度",
        "知识产权状态",
        "寻求的合作方式",
        "可见性",
    ]
    from techbridge.exchange.importers import importer_for

    importer = importer_for("profiles")
    keys = [
        "external_id",
        "kind",
        "title",
        "summary",
        "description",
        "sectors",
        "trl",
        "ip_status",
        "partnership_types",
        "visibility",
    ]
    headers = [importer.label(k, "zh-hans") for k in keys]
    row = [
        "C1",
        "技术需求",
        "废旧锂电池回收技术需求",
        "寻求高效环保的废旧锂电池回收技术。",
        "我们需要湿法冶金回收锂钴镍的成熟工艺，年处理一万吨。",
        "资源循环利用",
        "6",
        "无",
        "技术合作",
        "公开",
    ]
    batch = _import(member, [row], org, headers=headers)
    assert batch.counts["create"] == 1, ImportRow.objects.get(batch=batch).errors


def test_owner_cannot_import_for_another_organisation(member: Any) -> None:
    other = OrganisationFactory()
    with pytest.raises(PermissionDenied):
        _import(member, [profile_row("P1")], other)
    with pytest.raises(PermissionDenied):
        _import(member, [profile_row("P1")], None)
    with pytest.raises(PermissionDenied):
        _import(member, [["x"]], other, kind="organisations", headers=["Name"])


def test_missing_required_columns_refused_at_upload(member: Any, org: Any) -> None:
    with pytest.raises(ValidationFailed) as caught:
        _import(member, [["P1", "x"]], org, headers=["External id", "Title"])
    assert "Summary" in caught.value.fields["file"][0]
    assert not ImportBatch.objects.exists()


def test_staff_import_organisations_then_published_profiles(staff: Any) -> None:
    orgs = [
        ["O1", "Shanghai Battery Institute", "research_institute", "CN", "Shanghai", "Shanghai"]
    ]
    orgs.append(["O2", "Nowhere Corp", "company", "CN", "", ""])
    headers = ["External id", "Name", "Type", "Country", "Province (China)", "City"]
    batch = _import(staff, orgs, kind="organisations", headers=headers)
    assert batch.counts["create"] == 1 and batch.counts["error"] == 1
    assert "province" in ImportRow.objects.get(batch=batch, external_id="O2").errors
    _confirm(staff, batch, "valid")
    created = ExternalRef.objects.get(kind="organisations", external_id="O1")
    assert not staff.memberships.exists()
    rows = [["O1", *profile_row("S1")], ["nope", *profile_row("S2")]]
    batch = _import(
        staff, rows, headers=["Organisation", *PROFILE_HEADERS], options={"status": "published"}
    )
    assert ImportRow.objects.get(batch=batch, external_id="S2").errors["organisation"]
    _confirm(staff, batch, "valid")
    profile = TechnologyProfile.objects.get()
    assert profile.organisation_id == created.object_id and profile.status == "published"
    assert profile.published_at is not None


def test_member_cannot_publish_by_import(member: Any, org: Any) -> None:
    batch = _import(member, [profile_row("P1")], org, options={"status": "published"})
    _confirm(member, batch, "all")
    batch.refresh_from_db()
    assert batch.status == BatchStatus.FAILED and not TechnologyProfile.objects.exists()


def test_rows_invalid_at_apply_time_abort_everything(member: Any, org: Any) -> None:
    first = _import(member, [profile_row("P1")], org)
    _confirm(member, first, "all")
    batch = _import(
        member, [profile_row("P1", Summary="A changed summary."), profile_row("P2")], org
    )
    assert batch.counts["update"] == 1 and batch.counts["error"] == 0
    TechnologyProfile.objects.update(status="closed")  # closed between dry run and confirmation
    batch = _confirm(member, batch, "all")
    assert batch.status == BatchStatus.FAILED
    assert TechnologyProfile.objects.count() == 1
    assert ImportRow.objects.get(batch=batch, external_id="P1").action == "error"
    assert not ImportRow.objects.filter(batch=batch, applied=True).exists()


def test_imports_are_private_to_their_uploader(
    member: Any, org: Any, outsider: Any, staff: Any
) -> None:
    batch = _import(member, [profile_row("P1")], org)
    assert list(selectors.batches_for(actor=outsider)) == []
    assert list(selectors.batches_for(actor=staff)) == [batch]
    with pytest.raises(PermissionDenied):
        _confirm(outsider, batch, "all")


def test_one_announcement_for_search_and_matching(member: Any, org: Any) -> None:
    from techbridge.profiles.changes import ProfileAction, ProfileChange, profile_changed

    heard: list[ProfileChange] = []
    profile_changed.react("test-exchange", heard.append)
    try:
        batch = _import(member, [profile_row("P1"), profile_row("P2")], org)
        _confirm(member, batch, "all")
    finally:
        profile_changed.forget("test-exchange")
    assert len(heard) == 1 and heard[0].action == ProfileAction.IMPORT
    assert sorted(heard[0].ids) == sorted(TechnologyProfile.objects.values_list("id", flat=True))
    assert all(p.history.count() == 1 for p in TechnologyProfile.objects.all())
