"""Review reads, for one actor. Who sees what:

- rounds, rubrics, assignments, scores, rankings and reviewers' names: staff only;
- a reviewer: their own assignments (not those a manager recused them from, which simply
  disappear); an application's content only after declaring no conflict, and in a blind
  round never its confidential fields nor the applicant's identity;
- an applicant: nothing of this module (their application page shows the decision only).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet

from techbridge.accounts.models import Membership
from techbridge.accounts.selectors import is_member
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.incubation.models import (
    Application,
    Assignment,
    AssignmentState,
    Criterion,
    FieldKind,
    Reviewer,
    Round,
    RoundEntry,
    Score,
)
from techbridge.incubation.selectors import review_ranking as ranking
from techbridge.incubation.selectors.calls import can_manage, form_fields

VISIBLE_TO_REVIEWER = [
    AssignmentState.ASSIGNED,
    AssignmentState.DECLARED,
    AssignmentState.SUBMITTED,
    AssignmentState.ABSTAINED,
]
COUNTED = [AssignmentState.SUBMITTED]
LOADED = [AssignmentState.ASSIGNED, AssignmentState.DECLARED, AssignmentState.SUBMITTED]


def rounds_of(*, actor: Any, call: Any) -> list[Round]:
    if not can_manage(actor):
        raise PermissionDenied()
    return list(call.rounds.annotate(n_criteria=Count("criteria")).order_by("order"))


def round_get_for(*, actor: Any, round_id: int) -> Round:
    """A round, for staff (anybody else: NotFound)."""
    rnd = Round.objects.select_related("call", "call__programme").filter(pk=round_id).first()
    if rnd is None or not can_manage(actor):
        raise NotFound()
    return rnd


def reviewers_of(*, actor: Any, rnd: Round) -> list[Reviewer]:
    """The programme's active reviewers, each with their load in this round (staff)."""
    if not can_manage(actor):
        raise PermissionDenied()
    rows = Reviewer.objects.filter(programme_id=rnd.call.programme_id, active=True)
    return list(
        rows.select_related("user").annotate(
            load=Count(
                "user__incubation_assignments",
                filter=Q(
                    user__incubation_assignments__entry__round=rnd,
                    user__incubation_assignments__state__in=LOADED,
                ),
            )
        )
    )


def criteria(rnd: Round) -> list[Criterion]:
    return list(rnd.criteria.all())


def entries_of(rnd: Round) -> QuerySet[RoundEntry]:
    return rnd.entries.select_related("application", "application__organisation").annotate(
        n_done=Count("assignments", filter=Q(assignments__state=AssignmentState.SUBMITTED)),
        n_open=Count(
            "assignments",
            filter=Q(assignments__state__in=[AssignmentState.ASSIGNED, AssignmentState.DECLARED]),
        ),
    )


def same_organisation(reviewer_id: int, application: Application) -> bool:
    """A reviewer belonging to the applying organisation (never assigned)."""
    return Membership.objects.filter(
        user_id=reviewer_id, organisation_id=application.organisation_id
    ).exists()


def my_assignments(*, actor: Any) -> QuerySet[Assignment]:
    """The actor's assignments in open rounds, recusals left out."""
    if not is_member(actor):
        return Assignment.objects.none()
    return (
        Assignment.objects.filter(reviewer=actor, state__in=VISIBLE_TO_REVIEWER)
        .filter(entry__round__state="open")
        .select_related("entry__round__call", "entry__application")
        .order_by("entry__round__call", "entry__round__order", "entry__application_id")
    )


def assignment_get_for(*, actor: Any, assignment_id: int) -> Assignment:
    """One of the actor's own assignments (a recused one, or another's, is NotFound)."""
    row = my_assignments(actor=actor).filter(pk=assignment_id).first()
    if row is None:
        raise NotFound()
    return row


def may_read(assignment: Assignment) -> bool:
    return assignment.state in (AssignmentState.DECLARED, AssignmentState.SUBMITTED)


@dataclass(frozen=True)
class ReviewerView:
    """What a reviewer may read of an application."""

    reference: str
    organisation: str
    country: str
    rows: list[tuple[str, str]]


def reviewer_view(assignment: Assignment, answer_text: Any) -> ReviewerView:
    """Only after declaring no conflict; in a blind round without the confidential fields, the
    organisation nor its country. `answer_text(spec, value)` renders an answer."""
    if not may_read(assignment):
        raise PermissionDenied()
    app = assignment.entry.application
    blind = assignment.entry.round.blind
    specs = [
        s
        for s in form_fields(app.call)
        if not (blind and s.confidential) and s.kind != FieldKind.FILE
    ]
    rows = [(s.label, answer_text(s, app.answers.get(s.key))) for s in specs]
    org = app.organisation
    return ReviewerView(
        reference=app.reference,
        organisation="" if blind else org.name,
        country="" if blind else str(org.country.name),
        rows=rows,
    )


def scores_of(assignment: Assignment) -> dict[str, Score]:
    return {s.criterion.key: s for s in assignment.scores.select_related("criterion")}


def assignments_of_round(*, actor: Any, rnd: Round) -> QuerySet[Assignment]:
    if not can_manage(actor):
        raise PermissionDenied()
    return (
        Assignment.objects.filter(entry__round=rnd)
        .select_related("reviewer", "entry__application")
        .order_by("entry_id", "pk")
    )


def round_ranking(*, actor: Any, rnd: Round) -> list[tuple[RoundEntry, ranking.Ranked]]:
    """The round's entries ranked by their aggregated scores (staff)."""
    if not can_manage(actor):
        raise PermissionDenied()
    rubric = [ranking.RubricItem(c.key, c.weight, c.max_score) for c in criteria(rnd)]
    values: dict[int, dict[str, int]] = {}
    owners: dict[int, tuple[int, int]] = {}
    rows = Score.objects.filter(
        assignment__entry__round=rnd, assignment__state__in=COUNTED
    ).values_list("assignment_id", "assignment__entry_id", "assignment__reviewer_id",
                  "criterion__key", "value")  # fmt: skip
    for assignment_id, entry_id, reviewer_id, key, value in rows:
        values.setdefault(assignment_id, {})[key] = value
        owners[assignment_id] = (entry_id, reviewer_id)
    reviews = [ranking.Review(*owners[a], v) for a, v in values.items()]
    entries = {e.pk: e for e in entries_of(rnd)}
    candidates = [ranking.Candidate(e.pk, e.application.submitted_at) for e in entries.values()]
    ranked = ranking.rank(rubric, reviews, candidates, rnd.aggregation)
    return [(entries[r.entry_id], r) for r in ranked]
