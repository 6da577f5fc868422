"""The demo cohort: ten companies admitted from the spring call, with milestones in every
state, loaded through the services, idempotent."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.incubation.models import AppStatus, Cohort, Milestone, MilestoneStatus
from techbridge.tooling.demo_loader import load_demo

pytestmark = pytest.mark.django_db


def test_demo_cohort(staff: Any) -> None:
    summary = load_demo(apps=("incubation",))
    cohort = Cohort.objects.get(slug="deep-tech-2026-spring")
    assert summary["incubation_cohort_companies"] == 10 == cohort.companies.count()
    assert all(c.application.status == AppStatus.ACCEPTED for c in cohort.companies.all())
    states = set(Milestone.objects.values_list("status", flat=True))
    assert states == set(MilestoneStatus.values)
    assert Milestone.objects.count() == 40
    again = load_demo(apps=("incubation",))
    assert again["incubation_cohort_companies"] == 10


def test_demo_kpis(staff: Any) -> None:
    summary = load_demo(apps=("incubation",))
    assert summary["incubation_kpi_reports"] == 10 * 6 - 3
