"""The import benchmark's spreadsheet is what the forms accept (so the benchmark measures
imports, not refusals), and its options are checked."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from techbridge.exchange import services
from techbridge.exchange.formats import read_table
from techbridge.tooling.bench.imports import spreadsheet
from tests.factories import OrganisationFactory


@pytest.mark.django_db
def test_bench_rows_pass_the_profile_form(
    staff: Any, django_capture_on_commit_callbacks: Any
) -> None:
    for i in range(40):
        OrganisationFactory(slug=f"synth-org-{i}")
    for fmt in ("csv", "xlsx"):
        content = spreadsheet(40, 3, fmt)
        assert len(read_table(content, f"b.{fmt}").rows) == 40
        with django_capture_on_commit_callbacks(execute=True):
            batch = services.import_upload(
                actor=staff, kind="profiles", upload=SimpleUploadedFile(f"b.{fmt}", content)
            )
        batch.refresh_from_db()
        assert batch.counts["error"] == 0, list(batch.rows.exclude(errors={}).values("errors"))[:3]


def test_format_is_for_the_import_bench_only() -> None:
    with pytest.raises(CommandError):
        call_command("bench", "search", "--format", "xlsx", stdout=StringIO())
