"""Two reviewers deciding the same profile at once (PostgreSQL: real row locks)."""

from __future__ import annotations

import pytest
from django.db import connection as db_connection

from techbridge.core.errors import Conflict
from techbridge.profiles import services
from techbridge.profiles.models import TechnologyProfile
from tests.concurrency import race
from tests.factories import ProfileFactory, StaffFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(db_connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


def test_publish_and_reject_at_once_leave_one_decision():
    profile = ProfileFactory(status="submitted", published_at=None)
    first, second = StaffFactory(), StaffFactory()
    results = race(
        lambda: services.profile_publish(actor=first, profile=profile),
        lambda: services.profile_reject(actor=second, profile=profile, reason="Incomplete IP."),
    )
    conflicts = [r for r in results if isinstance(r, Conflict)]
    assert len(conflicts) == 1, results
    profile.refresh_from_db()
    assert profile.status in ("published", "rejected")
    decided = profile.history.exclude(status="submitted").count()
    assert decided == 1


def test_two_publishes_at_once():
    profile = ProfileFactory(status="submitted", published_at=None)
    staff = StaffFactory()
    results = race(*[lambda: services.profile_publish(actor=staff, profile=profile)] * 2)
    assert sum(isinstance(r, TechnologyProfile) for r in results) == 1
    assert sum(isinstance(r, Conflict) for r in results) == 1
