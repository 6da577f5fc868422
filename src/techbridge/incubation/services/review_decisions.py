"""Deciding a round: per application (advance, accept, waiting list, decline with feedback),
then closing the round — by rank (the round's best `advance_count` go on, the others are
declined) or by decision (every application must have one). Closing applies the outcomes to
the applications, admits the accepted ones into the cohort the manager names, and sends each
applicant a letter in their own language (notices.decision)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.errors import Conflict, ValidationFailed
from techbridge.incubation import notices
from techbridge.incubation.models import (
    AdvanceBy,
    Application,
    AppStatus,
    Cohort,
    Outcome,
    Round,
    RoundEntry,
    RoundState,
)
from techbridge.incubation.selectors.review import entries_of, round_ranking
from techbridge.incubation.services.cohort_companies import cohort_admit
from techbridge.incubation.services.review_assignments import lock_round
from techbridge.incubation.services.review_rounds import staff_only

STATUS_OF = {
    Outcome.ACCEPTED: AppStatus.ACCEPTED,
    Outcome.WAITLISTED: AppStatus.WAITLISTED,
    Outcome.DECLINED: AppStatus.DECLINED,
}


def has_next(rnd: Round) -> bool:
    return rnd.call.rounds.filter(order__gt=rnd.order).exists()


def _open_round(round_id: int) -> Round:
    rnd = lock_round(round_id)
    if rnd.state != RoundState.OPEN:
        raise Conflict(_("Open the round before deciding it."))
    return rnd


@transaction.atomic
def entry_decide(*, actor: Any, entry: RoundEntry, outcome: str, feedback: str = "") -> RoundEntry:
    """Record the manager's decision on one application of an open round (until the round is
    closed it can change; nothing is sent yet)."""
    staff_only(actor)
    rnd = _open_round(entry.round_id)
    if outcome not in Outcome.values:
        raise ValidationFailed(fields={"outcome": [str(_("Choose a decision."))]})
    if outcome == Outcome.ADVANCED and not has_next(rnd):
        raise ValidationFailed(
            fields={"outcome": [str(_("This is the last round: accept the application instead."))]}
        )
    row = RoundEntry.objects.select_for_update().get(pk=entry.pk, round=rnd)
    row.outcome = outcome
    row.feedback = feedback.strip()[:5000]
    row.save(update_fields=["outcome", "feedback"])
    return row


def _by_rank(actor: Any, rnd: Round, entries: list[RoundEntry]) -> None:
    short = [e for e in entries_of(rnd) if e.n_done < rnd.min_reviews]
    if short:
        raise ValidationFailed(
            _("%(n)s applications have fewer reviews than the round requires (%(min)s).")
            % {"n": len(short), "min": rnd.min_reviews}
        )
    ranked = [e.pk for e, _r in round_ranking(actor=actor, rnd=rnd)]
    top = set(ranked[: rnd.advance_count or 0])
    winner = Outcome.ADVANCED if has_next(rnd) else Outcome.ACCEPTED
    for e in entries:
        if e.outcome == Outcome.PENDING:
            e.outcome = winner if e.pk in top else Outcome.DECLINED


def _apply(actor: Any, entry: RoundEntry, cohort: Cohort | None, now: datetime) -> None:
    entry.decided_at = now
    entry.save(update_fields=["outcome", "feedback", "decided_at"])
    if entry.outcome == Outcome.ADVANCED:
        return
    app = Application.objects.select_for_update().get(pk=entry.application_id)
    app.status = STATUS_OF[Outcome(entry.outcome)]
    app.feedback = entry.feedback
    app.decided_at = now
    app.save(update_fields=["status", "feedback", "decided_at", "updated_at"])
    if entry.outcome == Outcome.ACCEPTED and cohort is not None:
        cohort_admit(actor=actor, cohort=cohort, application=app, now=now)


@transaction.atomic
def round_decide(
    *, actor: Any, rnd: Round, cohort: Cohort | None = None, now: datetime | None = None
) -> dict[str, int]:
    """Close an open round and apply its outcomes (see the module's docstring); returns how
    many applications got each outcome."""
    staff_only(actor)
    rnd = _open_round(rnd.pk)
    now = now or timezone.now()
    if cohort is not None and cohort.programme_id != rnd.call.programme_id:
        raise ValidationFailed(_("This cohort belongs to another programme."))
    entries = list(rnd.entries.select_for_update().select_related("application"))
    if rnd.advance_by == AdvanceBy.RANK:
        _by_rank(actor, rnd, entries)
    undecided = sum(e.outcome == Outcome.PENDING for e in entries)
    if undecided:
        raise ValidationFailed(_("%(n)s applications have no decision yet.") % {"n": undecided})
    counts: dict[str, int] = {}
    for e in entries:
        _apply(actor, e, cohort, now)
        counts[e.outcome] = counts.get(e.outcome, 0) + 1
    rnd.state = RoundState.CLOSED
    rnd.save(update_fields=["state"])
    for e in entries:
        notices.decision(e.application, e.outcome, rnd=rnd, feedback=e.feedback)
    return counts
