"""Reviewers and their assignments: a programme's reviewer pool, assigning (manually here;
random and by expertise in review_assignment_plans), the conflict-of-interest declaration,
silent recusal by a manager, and scoring against the round's rubric.

A reviewer from the applying organisation is never assigned; a reviewer reads an application
only after declaring no conflict; abstentions and recusals never count in the averages."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from techbridge.incubation.models import (
    Assignment,
    AssignmentMethod,
    AssignmentState,
    Criterion,
    Programme,
    Reviewer,
    Round,
    RoundEntry,
    RoundState,
    Score,
)
from techbridge.incubation.selectors.review import LOADED, same_organisation
from techbridge.incubation.services.review_rounds import staff_only


@transaction.atomic
def reviewer_save(
    *, actor: Any, programme: Programme, user: User, sectors: list[str], max_load: int
) -> Reviewer:
    """Add a person to the programme's reviewers (or change their expertise and load)."""
    staff_only(actor)
    row, _created = Reviewer.objects.update_or_create(
        programme=programme,
        user=user,
        defaults={"sectors": list(sectors), "max_load": max_load, "active": True},
    )
    return row


def load_of(reviewer_id: int, round_id: int) -> int:
    return Assignment.objects.filter(
        reviewer_id=reviewer_id, entry__round_id=round_id, state__in=LOADED
    ).count()


def check_assignable(entry: RoundEntry, reviewer: Reviewer) -> None:
    """Why this reviewer cannot review this application, if they cannot."""
    if same_organisation(reviewer.user_id, entry.application):
        raise ValidationFailed(
            _("%(name)s belongs to the applying organisation and cannot review it.")
            % {"name": reviewer.user}
        )
    if load_of(reviewer.user_id, entry.round_id) >= reviewer.max_load:
        raise ValidationFailed(
            _("%(name)s has reached their limit of applications in this round (%(n)s).")
            % {"name": reviewer.user, "n": reviewer.max_load}
        )


def _reviewer_of(entry: RoundEntry, user_id: int) -> Reviewer:
    row = (
        Reviewer.objects.select_related("user")
        .filter(programme_id=entry.round.call.programme_id, user_id=user_id, active=True)
        .first()
    )
    if row is None:
        raise ValidationFailed(_("This person is not a reviewer of the programme."))
    return row


def assign(entry: RoundEntry, reviewer: Reviewer, method: str) -> Assignment:
    """Create one assignment after the checks (the caller holds the round's lock)."""
    check_assignable(entry, reviewer)
    try:
        with transaction.atomic():
            return Assignment.objects.create(entry=entry, reviewer=reviewer.user, method=method)
    except IntegrityError:
        raise Conflict(_("This reviewer is already assigned to this application.")) from None


@transaction.atomic
def assignment_add(*, actor: Any, entry: RoundEntry, reviewer_id: int) -> Assignment:
    """Assign a programme reviewer to an application of an open or set-up round, by hand."""
    staff_only(actor)
    entry = RoundEntry.objects.select_related("round__call", "application").get(pk=entry.pk)
    lock_round(entry.round_id)
    return assign(entry, _reviewer_of(entry, reviewer_id), AssignmentMethod.MANUAL)


def lock_round(round_id: int) -> Round:
    rnd = Round.objects.select_for_update().get(pk=round_id)
    if rnd.state == RoundState.CLOSED:
        raise Conflict(_("This round is decided."))
    return rnd


def _locked_own(actor: Any, assignment: Assignment) -> Assignment:
    row = (
        Assignment.objects.select_for_update()
        .select_related("entry__round")
        .filter(pk=assignment.pk, reviewer_id=getattr(actor, "pk", None))
        .first()
    )
    if row is None or row.state == AssignmentState.RECUSED:
        raise NotFound()
    if row.entry.round.state != RoundState.OPEN:
        raise Conflict(_("This round is not open for review."))
    return row


@transaction.atomic
def review_declare(*, actor: Any, assignment: Assignment, conflict: bool) -> Assignment:
    """The reviewer declares a conflict of interest (abstains) or none (may read and score).
    Declared once: an abstention is final, and so is a declaration of no conflict."""
    row = _locked_own(actor, assignment)
    if row.state != AssignmentState.ASSIGNED:
        raise Conflict(_("You have already made your declaration for this application."))
    row.state = AssignmentState.ABSTAINED if conflict else AssignmentState.DECLARED
    row.declared_at = timezone.now()
    row.save(update_fields=["state", "declared_at"])
    return row


@transaction.atomic
def review_recuse(*, actor: Any, assignment: Assignment) -> Assignment:
    """A manager takes a reviewer off an application, silently (no notice; the assignment
    disappears from the reviewer's list and their scores stop counting)."""
    staff_only(actor)
    row = Assignment.objects.select_for_update().get(pk=assignment.pk)
    row.state = AssignmentState.RECUSED
    row.save(update_fields=["state"])
    return row


@transaction.atomic
def review_submit(*, actor: Any, assignment: Assignment, data: dict[str, Any]) -> Assignment:
    """Record the reviewer's scores (checked by ScoreForm against the rubric); they may
    correct them while the round is open."""
    row = _locked_own(actor, assignment)
    if row.state not in (AssignmentState.DECLARED, AssignmentState.SUBMITTED):
        raise PermissionDenied(_("Declare that you have no conflict of interest first."))
    criteria: list[Criterion] = list(row.entry.round.criteria.all())
    scores = data["scores"]
    if set(scores) != {c.key for c in criteria}:
        raise ValidationFailed(_("Score every criterion of the rubric."))
    for c in criteria:
        value, comment = scores[c.key]
        Score.objects.update_or_create(
            assignment=row, criterion=c, defaults={"value": value, "comment": comment}
        )
    row.comment = data.get("comment", "")
    row.state = AssignmentState.SUBMITTED
    row.submitted_at = timezone.now()
    row.save(update_fields=["comment", "state", "submitted_at"])
    return row
