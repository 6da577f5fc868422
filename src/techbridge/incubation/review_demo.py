"""Demo review (idempotent: nothing is added once the spring call has a round), written
through the services: twelve reviewers with sector expertise; the spring call's expert round
(by rank, the best ten accepted) assigned by expertise then at random, three reviews per
application, a few abstentions (conflicts) replaced, scores from a seeded draw, decided with
letters; and the autumn call's screening round, set up and ready to open."""

from __future__ import annotations

import random
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.db import transaction

from techbridge.accounts.models import Organisation, User
from techbridge.core.taxonomy import sector_choices
from techbridge.incubation import notices
from techbridge.incubation.models import Assignment, AssignmentState, Call, Criterion, Round
from techbridge.incubation.services import (
    review_assignments,
    review_decisions,
    review_plans,
    review_rounds,
)

DEMO_PASSWORD = "techbridge-demo"  # noqa: S105 - printed by `make demo`, demo only
REVIEWERS = 12
RUBRIC = (
    ("technology", "Technology and IP", "技术与知识产权", 3, 10, "optional"),
    ("market", "Market in China", "中国市场", 2, 10, "optional"),
    ("team", "Team", "团队", 1, 5, "required"),
)  # fmt: skip


def demo_account(email: str, name: str) -> User:
    """A demo account that can sign in (password `techbridge-demo`, address verified)."""
    user = User.objects.filter(email=email).first() or User.objects.create_user(
        email=email, password=DEMO_PASSWORD, full_name=name
    )
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def reviewer_email(i: int) -> str:
    return f"reviewer-{i:02d}@techbridge.example"


def _reviewers(programme_call: Call, staff: User) -> list[User]:
    sectors = [code for code, _name in sector_choices()]
    used = Organisation.objects.filter(
        incubation_applications__call__programme=programme_call.programme
    )
    wanted = sorted({s for org in used for s in (org.sectors or [])}) or sectors
    users = []
    for i in range(1, REVIEWERS + 1):
        user = demo_account(reviewer_email(i), f"Reviewer {i:02d}")
        mine = [wanted[(i * 3 + k) % len(wanted)] for k in range(3)]
        review_assignments.reviewer_save(actor=staff, programme=programme_call.programme,
                                         user=user, sectors=mine, max_load=20)  # fmt: skip
        users.append(user)
    return users


def _round(call: Call, order: int, kind: str, names: tuple[str, str], **extra: object) -> Round:
    rnd = Round.objects.create(call=call, order=order, kind=kind, name_en=names[0],
                               name_zh=names[1], **extra)  # fmt: skip
    for i, (key, en, zh, weight, top, comment) in enumerate(RUBRIC):
        Criterion.objects.create(round=rnd, key=key, label_en=en, label_zh=zh,
                                 weight=Decimal(weight), max_score=top, comment=comment, order=i)  # fmt: skip
    return rnd


def _score_all(rnd: Round, rng: random.Random) -> None:
    pending = Assignment.objects.filter(entry__round=rnd, state=AssignmentState.ASSIGNED)
    for a in pending.select_related("reviewer").order_by("pk"):
        conflict = a.pk % 23 == 0
        review_assignments.review_declare(actor=a.reviewer, assignment=a, conflict=conflict)
        if conflict:
            continue
        base = rng.randint(3, 9)
        scores = {"technology": (min(10, base + rng.randint(-2, 1)), ""),
                  "market": (max(0, min(10, base + rng.randint(-3, 2))), ""),
                  "team": (rng.randint(2, 5), "Complementary founders.")}  # fmt: skip
        review_assignments.review_submit(actor=a.reviewer, assignment=a,
                                         data={"scores": scores, "comment": ""})  # fmt: skip


@transaction.atomic
def load(*, staff: User, spring: Call, autumn: Call) -> dict[str, int]:
    if spring.rounds.exists():
        return {"incubation_reviews": Assignment.objects.filter(state="submitted").count()}
    rng = random.Random(41)
    _reviewers(spring, staff)
    rnd = _round(spring, 1, "expert", ("Expert review", "专家评审"), min_reviews=3,
                 advance_by="rank", advance_count=10, aggregation="normalised")  # fmt: skip
    review_rounds.round_open(actor=staff, rnd=rnd)
    review_plans.assignments_plan(actor=staff, rnd=rnd, method="expertise", seed=1)
    for attempt in range(4):  # abstentions are replaced by new reviewers
        review_plans.assignments_plan(actor=staff, rnd=rnd, method="random", seed=attempt)
        _score_all(rnd, rng)
    with notices.in_app_only():
        review_decisions.round_decide(actor=staff, rnd=rnd)
    _round(autumn, 1, "screening", ("Screening", "初筛"), min_reviews=2, advance_by="decision")
    return {
        "incubation_reviewers": REVIEWERS,
        "incubation_reviews": Assignment.objects.filter(state="submitted").count(),
        "incubation_abstentions": Assignment.objects.filter(state="abstained").count(),
    }
