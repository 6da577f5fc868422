"""Reminding reviewers of a round: each reviewer with assignments still to declare or to
score is told once per call (in their language, through the one notification pipeline), at
most once a day; `reminded_at` records it for the round page's progress."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from techbridge.incubation.models import Assignment, AssignmentState, Round, RoundState
from techbridge.incubation.notices import _delivery
from techbridge.incubation.services.review_rounds import staff_only
from techbridge.notifications.services import notify_users

OPEN = [AssignmentState.ASSIGNED, AssignmentState.DECLARED]
QUIET = timedelta(hours=20)


@transaction.atomic
def round_remind(*, actor: Any, rnd: Round, now: datetime | None = None) -> int:
    """Remind the reviewers of an open round about their unfinished reviews; returns how many
    reviewers were told (those reminded within the last 20 hours are left alone)."""
    staff_only(actor)
    now = now or timezone.now()
    rnd = Round.objects.select_for_update().select_related("call").get(pk=rnd.pk)
    if rnd.state != RoundState.OPEN:
        return 0
    rows = Assignment.objects.select_for_update().filter(entry__round=rnd, state__in=OPEN)
    due = rows.exclude(reminded_at__gt=now - QUIET)
    counts: dict[int, int] = {}
    for reviewer_id in due.values_list("reviewer_id", flat=True):
        counts[reviewer_id] = counts.get(reviewer_id, 0) + 1
    for reviewer_id, n in counts.items():
        notify_users(
            user_ids=[reviewer_id],
            kind="incubation.review",
            title=lambda n=n: (
                ngettext(
                    "%(n)s review is waiting for you in “%(round)s”",
                    "%(n)s reviews are waiting for you in “%(round)s”",
                    n,
                )
                % {"n": n, "round": rnd.name}
            ),
            url=reverse("incubation:reviews"),
            email=_delivery.get(),
        )
    due.update(reminded_at=now)
    return len(counts)
