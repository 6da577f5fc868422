"""The demo's imports: one applied with its valid rows, one waiting; loading twice adds nothing."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.exchange.models import ImportBatch
from techbridge.tooling.demo_loader import load_demo

pytestmark = pytest.mark.django_db


def test_demo_imports(django_capture_on_commit_callbacks: Any) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        load_demo(apps=("exchange",))
    applied, waiting = ImportBatch.objects.order_by("id")
    assert applied.status == "applied" and applied.counts["create"] == 10
    assert applied.counts["error"] == 2
    assert waiting.status == "validated" and waiting.counts["error"] == 2
    assert applied.rows.filter(applied=True).count() == 10
    with django_capture_on_commit_callbacks(execute=True):
        load_demo(apps=("exchange",))
    assert ImportBatch.objects.count() == 2
