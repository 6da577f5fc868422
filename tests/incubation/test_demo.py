"""The demo: one programme, two calls, 80 applications, loaded through the services,
idempotent."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.incubation.models import Application, AppStatus, Call
from techbridge.tooling.demo_loader import load_demo

pytestmark = pytest.mark.django_db


def test_demo_programme(staff: Any) -> None:
    summary = load_demo(apps=("incubation",))
    assert summary["incubation_applications"] == 80 == Application.objects.count()
    spring, autumn = (
        Call.objects.get(slug="deep-tech-spring"),
        Call.objects.get(slug="deep-tech-autumn"),
    )
    assert not spring.is_open and autumn.is_open
    assert {a.status for a in spring.applications.all()} == {  # reviewed: review_demo.py
        AppStatus.ACCEPTED,
        AppStatus.DECLINED,
        AppStatus.INELIGIBLE,
    }
    assert set(autumn.applications.values_list("status", flat=True)) == {
        AppStatus.DRAFT, AppStatus.SUBMITTED, AppStatus.INELIGIBLE,
    }  # fmt: skip
    submitted = spring.applications.filter(submitted_at__isnull=False)
    assert all(spring.opens_at <= a.submitted_at < spring.closes_at for a in submitted)
    assert not Application.objects.filter(
        organisation__memberships__user__email="member@techbridge.example"
    ).exists()
    assert load_demo(apps=("incubation",))["incubation_applications"] == 80
