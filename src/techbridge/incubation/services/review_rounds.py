"""Staff set-up of review rounds and their rubric, and opening a round. A rubric is frozen
once a score has been given in its round (every reviewer scores against the same rubric)."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.incubation.models import (
    Application,
    AppStatus,
    Call,
    Criterion,
    Outcome,
    Round,
    RoundEntry,
    RoundState,
    Score,
)
from techbridge.incubation.selectors import can_manage


def staff_only(actor: Any) -> None:
    if not can_manage(actor):
        raise PermissionDenied()


@transaction.atomic
def round_save(*, actor: Any, call: Call, form: Any) -> Round:
    """Create or change a round (its kind, blindness, reviews needed, aggregation, advancing)."""
    staff_only(actor)
    rnd: Round = form.save(commit=False)
    rnd.call = call
    if rnd.pk and Round.objects.get(pk=rnd.pk).state == RoundState.CLOSED:
        raise Conflict(_("This round is decided and can no longer change."))
    try:
        with transaction.atomic():
            rnd.save()
    except IntegrityError:
        raise ValidationFailed(
            fields={"order": [str(_("Another round of this call has this number."))]}
        ) from None
    return rnd


def _rubric_frozen(rnd: Round) -> None:
    if Score.objects.filter(criterion__round=rnd).exists():
        raise Conflict(_("Scores have been given: the rubric can no longer change."))


@transaction.atomic
def criterion_add(*, actor: Any, rnd: Round, data: dict[str, Any]) -> Criterion:
    staff_only(actor)
    Round.objects.select_for_update().get(pk=rnd.pk)
    _rubric_frozen(rnd)
    if rnd.criteria.filter(key=data["key"]).exists():
        raise ValidationFailed(fields={"key": [str(_("This key is already used."))]})
    return Criterion.objects.create(round=rnd, **data)


@transaction.atomic
def criterion_delete(*, actor: Any, rnd: Round, criterion_id: int) -> None:
    staff_only(actor)
    Round.objects.select_for_update().get(pk=rnd.pk)
    _rubric_frozen(rnd)
    rnd.criteria.filter(pk=criterion_id).delete()


def previous_round(rnd: Round) -> Round | None:
    return rnd.call.rounds.filter(order__lt=rnd.order).order_by("-order").first()


@transaction.atomic
def round_open(*, actor: Any, rnd: Round) -> int:
    """Open a round for review: the first round takes the call's submitted applications (now
    in review); a later one starts with those advanced from the round before. Returns the
    number of applications in the round."""
    staff_only(actor)
    rnd = Round.objects.select_for_update().select_related("call").get(pk=rnd.pk)
    if rnd.state != RoundState.SETUP:
        raise Conflict(_("This round is already open."))
    if not rnd.criteria.exists():
        raise ValidationFailed(_("Give the round at least one criterion before opening it."))
    before = previous_round(rnd)
    if before is not None and before.state != RoundState.CLOSED:
        raise Conflict(_("Decide the round before this one first."))
    if before is None:
        apps = Application.objects.select_for_update().filter(
            call=rnd.call, status__in=[AppStatus.SUBMITTED, AppStatus.IN_REVIEW]
        )
        ids = list(apps.values_list("pk", flat=True))
        Application.objects.filter(pk__in=ids).update(status=AppStatus.IN_REVIEW)
    else:
        advanced = before.entries.filter(outcome=Outcome.ADVANCED)
        ids = list(advanced.values_list("application_id", flat=True))
    RoundEntry.objects.bulk_create(
        [RoundEntry(round=rnd, application_id=pk) for pk in ids], ignore_conflicts=True
    )
    rnd.state = RoundState.OPEN
    rnd.save(update_fields=["state"])
    return rnd.entries.count()
