"""Fixtures of the review tests : a call with submitted
applications, an expert round with a two-criterion rubric, and programme reviewers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from techbridge.incubation import services
from techbridge.incubation.models import Criterion, Reviewer, Round
from techbridge.incubation.services import review_assignments, review_rounds
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory
from tests.incubation.conftest import ELIGIBLE, filled


def submit_for(call: Any, org: Any = None, user: Any = None) -> Any:
    org = org or OrganisationFactory()
    user = user or MembershipFactory(organisation=org).user
    app = services.application_start(actor=user, call=call, organisation=org, eligibility=ELIGIBLE)
    return services.application_submit(
        actor=user, application=app, data=filled(name="Secret Founder")
    )


@pytest.fixture
def submitted(member: Any, org: Any, call: Any) -> Any:
    return submit_for(call, org, member)


def make_round(call: Any, **extra: Any) -> Round:
    rnd = Round.objects.create(
        call=call, order=extra.pop("order", 1), kind=extra.pop("kind", "expert"),
        name_en="Expert review", name_zh="专家评审", min_reviews=extra.pop("min_reviews", 2),
        **extra,
    )  # fmt: skip
    Criterion.objects.create(
        round=rnd, key="tech", label_en="Technology", label_zh="技术", weight=Decimal(2),
        max_score=10, order=1,
    )  # fmt: skip
    Criterion.objects.create(
        round=rnd, key="team", label_en="Team", label_zh="团队", weight=Decimal(1),
        max_score=5, comment="required", order=2,
    )  # fmt: skip
    return rnd


@pytest.fixture
def rnd(call: Any) -> Round:
    return make_round(call)


def add_reviewer(programme: Any, user: Any = None, **extra: Any) -> Any:
    user = user or UserFactory()
    Reviewer.objects.create(programme=programme, user=user, **extra)
    return user


@pytest.fixture
def reviewers(programme: Any) -> list[Any]:
    return [add_reviewer(programme) for _ in range(3)]


def opened(staff: Any, rnd: Round) -> Round:
    review_rounds.round_open(actor=staff, rnd=rnd)
    rnd.refresh_from_db()
    return rnd


def scores(tech: int, team: int, comment: str = "Strong team.") -> dict[str, Any]:
    return {"scores": {"tech": (tech, ""), "team": (team, comment)}, "comment": ""}


def review(staff: Any, entry: Any, reviewer: Any, tech: int, team: int) -> Any:
    """Assign, declare no conflict and score."""
    row = review_assignments.assignment_add(actor=staff, entry=entry, reviewer_id=reviewer.pk)
    review_assignments.review_declare(actor=reviewer, assignment=row, conflict=False)
    return review_assignments.review_submit(actor=reviewer, assignment=row, data=scores(tech, team))
