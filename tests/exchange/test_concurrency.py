"""Two imports of the same new rows applied at the same moment (PostgreSQL): the external
ids' unique constraint lets one write them and the other fail cleanly or find them there —
never two copies, never a batch left half-written; one batch confirmed twice at once: once."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from techbridge.core.errors import Conflict
from techbridge.exchange import services
from techbridge.exchange.models import BatchStatus, ExternalRef, ImportBatch
from techbridge.profiles.models import TechnologyProfile
from tests.concurrency import race
from tests.exchange.conftest import PROFILE_HEADERS, csv_bytes, profile_row, upload

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True),
]

ROWS = [profile_row(f"P{i}") for i in range(5)]


def _checked(actor: Any, org: Any) -> ImportBatch:
    batch = services.import_upload(
        actor=actor,
        kind="profiles",
        upload=upload(csv_bytes(PROFILE_HEADERS, ROWS)),
        organisation=org,
    )
    batch.refresh_from_db()
    assert batch.status == BatchStatus.VALIDATED and batch.counts["create"] == 5
    return batch


def test_the_same_new_rows_applied_twice_at_once(member: Any, org: Any) -> None:
    first, second = _checked(member, org), _checked(member, org)
    ImportBatch.objects.filter(pk__in=[first.pk, second.pk]).update(
        status=BatchStatus.APPLYING, mode="all"
    )
    race(lambda: services.import_apply(first.pk), lambda: services.import_apply(second.pk))
    assert TechnologyProfile.objects.count() == 5
    assert ExternalRef.objects.count() == 5
    states = sorted(ImportBatch.objects.values_list("status", flat=True))
    assert BatchStatus.APPLYING not in states and BatchStatus.APPLIED in states


def test_one_batch_confirmed_twice_at_once(member: Any, org: Any) -> None:
    batch = _checked(member, org)
    results = race(
        lambda: services.import_confirm(actor=member, batch=batch, mode="all"),
        lambda: services.import_confirm(actor=member, batch=batch, mode="all"),
    )
    assert sum(isinstance(r, Conflict) for r in results) == 1, results
    assert TechnologyProfile.objects.count() == 5
