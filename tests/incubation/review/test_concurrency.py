"""Two managers assigning reviewers to one round at the same moment (PostgreSQL row locks):
every application ends with exactly N reviewers, nobody over their limit."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from techbridge.incubation.models import Assignment
from techbridge.incubation.services import review_plans
from tests.concurrency import race
from tests.factories import StaffFactory
from tests.incubation.review.conftest import add_reviewer, opened, submit_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True),
]


def test_two_managers_planning_at_once(staff: Any, rnd: Any, call: Any, programme: Any) -> None:
    for _ in range(5):
        submit_for(call)
    pool = [add_reviewer(programme, max_load=3) for _ in range(4)]
    rnd = opened(staff, rnd)
    other = StaffFactory()
    results = race(
        lambda: review_plans.assignments_plan(actor=staff, rnd=rnd, method="random", seed=1),
        lambda: review_plans.assignments_plan(actor=other, rnd=rnd, method="random", seed=2),
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sorted(r.assigned for r in results) == [0, 10]
    for entry in rnd.entries.all():
        assert entry.assignments.count() == rnd.min_reviews
    assert all(Assignment.objects.filter(reviewer=u).count() <= 3 for u in pool)
