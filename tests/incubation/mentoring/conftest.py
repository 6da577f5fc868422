"""Fixtures of the mentoring tests: a cohort with two companies, a mentor with a free slot."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone

from techbridge.incubation.models import Cohort, CohortCompany, Mentor, OfficeSlot
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory


def make_company(cohort: Cohort, org: Any = None) -> CohortCompany:
    org = org or OrganisationFactory()
    return CohortCompany.objects.create(cohort=cohort, organisation=org, joined_at=timezone.now())


@pytest.fixture
def cohort(programme: Any) -> Cohort:
    today = timezone.localdate()
    return Cohort.objects.create(
        programme=programme, slug="m-2026", name_en="Cohort", name_zh="批次",
        starts_on=today - timedelta(days=30), ends_on=today + timedelta(days=150),
    )  # fmt: skip


@pytest.fixture
def company(cohort: Cohort, org: Any, member: Any) -> CohortCompany:
    return make_company(cohort, org)


@pytest.fixture
def mentor(programme: Any) -> Mentor:
    return Mentor.objects.create(
        programme=programme, user=UserFactory(), expertise="Go-to-market in China",
        languages=["en", "zh"],
    )  # fmt: skip


@pytest.fixture
def slot(mentor: Mentor) -> OfficeSlot:
    start = timezone.now() + timedelta(days=3)
    return OfficeSlot.objects.create(
        mentor=mentor, starts_at=start, ends_at=start + timedelta(minutes=30)
    )


def rival(cohort: Cohort) -> tuple[CohortCompany, Any]:
    """Another company of the cohort and its member."""
    other = make_company(cohort)
    return other, MembershipFactory(organisation=other.organisation).user


__all__ = ["date", "make_company", "rival"]
