"""A case's life: staff take it, move it through its states, assign it and set its priority;
the client may close it once resolved, or reopen it within the service's reopen window; the
client or staff cancel an open case with a reason (`services/cancelling.py`).

new → accepted → in progress ⇄ waiting for the client → resolved → closed (resolved → in
progress when reopened). Every change locks the case row first and checks the transition
against the locked state, so two staff members acting at once end with one change and a
clear message for the other (tests/desk/test_concurrency.py, PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.desk import notices, sla
from techbridge.desk.models import Case, CaseStatus, EventKind, Priority
from techbridge.desk.services.handoffs import close_transfers
from techbridge.desk.services.history import lock_case, record

S = CaseStatus
STAFF_MOVES: dict[str, tuple[str, ...]] = {
    S.NEW: (S.ACCEPTED, S.IN_PROGRESS, S.RESOLVED),
    S.ACCEPTED: (S.IN_PROGRESS, S.WAITING, S.RESOLVED),
    S.IN_PROGRESS: (S.WAITING, S.RESOLVED),
    S.WAITING: (S.IN_PROGRESS, S.RESOLVED),
    S.RESOLVED: (S.CLOSED, S.IN_PROGRESS),
    S.CLOSED: (),
}
# An open case is closed before its resolution only by cancelling it, with a reason
# (`case_cancel`).
CLIENT_MOVES: dict[str, tuple[str, ...]] = {
    S.NEW: (),
    S.ACCEPTED: (),
    S.IN_PROGRESS: (),
    S.WAITING: (),
    S.RESOLVED: (S.CLOSED, S.IN_PROGRESS),
    S.CLOSED: (),
}
# What the client is told about (the others are staff's bookkeeping).
TOLD = (S.ACCEPTED, S.WAITING, S.RESOLVED, S.CLOSED, S.IN_PROGRESS)


def allowed_moves(actor: Any, case: Case) -> tuple[str, ...]:
    """The statuses the actor may move the case to now."""
    if is_staff(actor):
        return STAFF_MOVES.get(case.status, ())
    if case.organisation_id in organisation_ids_of(actor):
        moves = CLIENT_MOVES.get(case.status, ())
        if case.status == S.RESOLVED and not _may_reopen(case):
            moves = tuple(m for m in moves if m != S.IN_PROGRESS)
        return moves
    return ()


def _may_reopen(case: Case) -> bool:
    if case.resolved_at is None:
        return False
    return timezone.now() <= case.resolved_at + timedelta(days=case.service_type.reopen_days)


def _stamp(locked: Case, to: str, now: Any) -> list[str]:
    fields = ["status", "updated_at"]
    if to == S.RESOLVED:
        locked.resolved_at = now
        fields.append("resolved_at")
    elif to == S.CLOSED:
        locked.closed_at = now
        fields.append("closed_at")
    elif locked.status == S.RESOLVED:  # reopened
        locked.resolved_at = None
        fields.append("resolved_at")
    locked.status = to
    return fields


@transaction.atomic
def case_move(*, actor: User, case: Case, to: str, now: datetime | None = None) -> Case:
    """Move a case to status `to`, if the actor may from the case's current state."""
    if to not in S.values:
        raise ValidationFailed(fields={"status": [str(_("Unknown status."))]})
    if not (is_staff(actor) or case.organisation_id in organisation_ids_of(actor)):
        raise PermissionDenied()
    locked = lock_case(case)
    if to not in allowed_moves(actor, locked):
        raise Conflict(
            _("This case is %(status)s now: it cannot become %(to)s.")
            % {"status": locked.get_status_display(), "to": S(to).label}
        )
    old = locked.status
    now = now or timezone.now()
    locked.save(update_fields=_stamp(locked, to, now))
    record(locked, actor, EventKind.STATUS, old=old, new=to, now=now)
    sla.refresh(locked, now)
    if to in TOLD:
        _tell_status(locked, actor)
    return locked


def _tell_status(case: Case, actor: User) -> None:
    def title() -> str:
        return str(
            _("%(number)s is now: %(status)s")
            % {"number": case.number, "status": S(case.status).label}
        )

    notices.tell_client(case, kind="desk.status", title=title, exclude=actor.pk)
    if not is_staff(actor):
        notices.tell_staff(case, kind="desk.status", title=title)


@transaction.atomic
def case_take(*, actor: User, case: Case, now: datetime | None = None) -> Case:
    """A staff member takes a case: becomes its assignee and accepts it if new. Taken by
    someone else in the meantime: Conflict naming who."""
    if not is_staff(actor):
        raise PermissionDenied()
    locked = lock_case(case)
    if locked.assignee_id and locked.assignee_id != actor.pk:
        raise Conflict(
            _("%(name)s has already taken this case.")
            % {"name": User.objects.get(pk=locked.assignee_id).display_name}
        )
    if locked.status not in (S.NEW, S.ACCEPTED, S.IN_PROGRESS, S.WAITING):
        raise Conflict(_("This case is no longer open."))
    old_status = locked.status
    now = now or timezone.now()
    close_transfers(locked, actor, now)
    locked.assignee = actor
    fields = ["assignee", "updated_at"]
    if locked.status == S.NEW:
        locked.status = S.ACCEPTED
        fields.append("status")
    locked.save(update_fields=fields)
    record(locked, actor, EventKind.ASSIGNED, new=actor.display_name, internal=True, now=now)
    if old_status != locked.status:
        record(locked, actor, EventKind.STATUS, old=old_status, new=locked.status, now=now)
        _tell_status(locked, actor)
    return locked


@transaction.atomic
def case_assign(
    *, actor: User, case: Case, assignee: User | None = None, priority: str = ""
) -> Case:
    """Staff give a case to a colleague (or to nobody) and/or change its priority."""
    if not is_staff(actor):
        raise PermissionDenied()
    if assignee is not None and not is_staff(assignee):
        raise ValidationFailed(fields={"assignee": [str(_("Only staff can work a case."))]})
    if priority and priority not in Priority.values:
        raise ValidationFailed(fields={"priority": [str(_("Unknown priority."))]})
    locked = lock_case(case)
    fields = ["updated_at"]
    if assignee is not None and locked.assignee_id != assignee.pk:
        record(locked, actor, EventKind.ASSIGNED, new=assignee.display_name, internal=True)
        locked.assignee = assignee
        fields.append("assignee")
        if assignee.pk != actor.pk:
            notices.tell_staff(
                locked,
                kind="desk.assigned",
                title=lambda: _("%(number)s is assigned to you") % {"number": locked.number},
                exclude=actor.pk,
            )
    if priority and priority != locked.priority:
        record(locked, actor, EventKind.PRIORITY, old=locked.priority, new=priority, internal=True)
        locked.priority = priority
        fields.append("priority")
    locked.save(update_fields=fields)
    if "priority" in fields:
        sla.refresh(locked, timezone.now())
    return locked


@transaction.atomic
def case_rate(
    *, actor: User, case: Case, rating: Any, comment: str = "", now: datetime | None = None
) -> Case:
    """The client rates a resolved or closed case (1-5 and a comment), once."""
    if case.organisation_id not in organisation_ids_of(actor):
        raise PermissionDenied()
    try:
        rating = int(rating)
    except (TypeError, ValueError):
        rating = 0
    if not 1 <= rating <= 5:
        raise ValidationFailed(fields={"rating": [str(_("Give a rating from 1 to 5."))]})
    locked = lock_case(case)
    if locked.status not in (S.RESOLVED, S.CLOSED):
        raise Conflict(_("A case is rated once it is resolved."))
    if locked.rating is not None:
        raise Conflict(_("This case is already rated."))
    locked.rating = rating
    locked.rating_comment = (comment or "").replace("\x00", "").strip()[:3000]
    locked.rated_at = now or timezone.now()
    locked.save(update_fields=["rating", "rating_comment", "rated_at"])
    notices.tell_staff(
        locked,
        kind="desk.status",
        title=lambda: _("%(number)s rated %(n)d/5") % {"number": locked.number, "n": rating},
    )
    return locked
