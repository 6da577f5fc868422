"""The demo's review and mentoring: twelve reviewers, the spring round decided by rank with
three reviews per application (abstentions replaced), its best ten forming the cohort, the
autumn screening round ready; four mentors with office hours and bookings."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.incubation.models import (
    AppStatus,
    Assignment,
    Booking,
    Cohort,
    Mentor,
    Reviewer,
    Round,
)
from techbridge.incubation.selectors.mentoring import free_slots
from techbridge.incubation.selectors.review import entries_of
from techbridge.tooling.demo_loader import load_demo

pytestmark = pytest.mark.django_db


def test_demo_review_and_mentors(staff: Any) -> None:
    summary = load_demo(apps=("incubation",))
    assert Reviewer.objects.count() == 12 == summary["incubation_reviewers"]
    spring = Round.objects.get(call__slug="deep-tech-spring")
    assert spring.state == "closed"
    assert all(e.n_done >= 3 for e in entries_of(spring))
    assert Assignment.objects.filter(state="abstained").exists()
    accepted = set(spring.entries.filter(outcome="accepted").values_list("application", flat=True))
    cohort = Cohort.objects.get(slug="deep-tech-2026-spring")
    assert len(accepted) == 10
    assert set(cohort.companies.values_list("application", flat=True)) == accepted
    assert spring.entries.filter(application__status=AppStatus.DECLINED).count() > 20
    assert Round.objects.get(call__slug="deep-tech-autumn").state == "setup"
    assert Mentor.objects.count() == 4 and Booking.objects.filter(notes__gt="").exists()
    assert all(free_slots(m).exists() for m in Mentor.objects.all())
    assert summary["incubation_partner_proposals"] > 0
    again = load_demo(apps=("incubation",))
    assert (
        again["incubation_mentors"] == 4
        and Booking.objects.count() == summary["incubation_bookings"]
    )
