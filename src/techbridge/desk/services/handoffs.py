"""Hand-offs between departments, each with its own internal deadline in the receiving
department's business hours.

- transfer: the case moves to the other department (its queue, its clocks), unassigned; the
  segment ends when someone there takes the case;
- share: another department works a part (a legal question in a market-entry case); the
  first keeps the case; the segment ends with the other department's answer, kept as an
  internal note.

The case row is locked and the department the caller saw is checked against it: two staff
members transferring the same case at once end with one transfer and a clear message."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.accounts.selectors import is_staff
from techbridge.core.choices import Department
from techbridge.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from techbridge.desk import notices, sla
from techbridge.desk.calendar import work_calendar
from techbridge.desk.models import Case, CaseMessage, EventKind
from techbridge.desk.models_sla import Handoff, HandoffKind
from techbridge.desk.services.history import lock_case, record
from techbridge.engines.worktime import add_business_time, elapsed

MAX_DEADLINE_HOURS = 400


def _check(kind: str, to_department: str, note: str, hours: Any) -> tuple[str, int]:
    errors: dict[str, list[str]] = {}
    if kind not in HandoffKind.values:
        errors["kind"] = [str(_("Choose transfer or share."))]
    if to_department not in Department.values:
        errors["to_department"] = [str(_("Unknown department."))]
    note = (note or "").replace("\x00", "").strip()
    if not note:
        errors["note"] = [str(_("Say what the other department should do."))]
    try:
        hours = int(hours)
    except (TypeError, ValueError):
        hours = 0
    if not 1 <= hours <= MAX_DEADLINE_HOURS:
        errors["deadline_hours"] = [
            str(_("Between 1 and %(n)d business hours.")) % {"n": MAX_DEADLINE_HOURS}
        ]
    if errors:
        raise ValidationFailed(fields=errors)
    return note, hours


@transaction.atomic
def handoff_create(
    *,
    actor: User,
    case: Case,
    kind: str,
    to_department: str,
    note: str,
    deadline_hours: Any,
    seen_department: str | None = None,
    now: datetime | None = None,
) -> Handoff:
    """Transfer or share a case with another department (staff)."""
    if not is_staff(actor):
        raise PermissionDenied()
    note, hours = _check(kind, to_department, note, deadline_hours)
    locked = lock_case(case)
    if seen_department and locked.department != seen_department:
        raise Conflict(
            _("This case has just moved to %(dept)s.") % {"dept": locked.get_department_display()}
        )
    if not locked.is_open:
        raise Conflict(_("This case is no longer open."))
    if to_department == locked.department:
        raise ValidationFailed(fields={"to_department": [str(_("The case is already there."))]})
    now = now or timezone.now()
    due_at = add_business_time(work_calendar(to_department), now, timedelta(hours=hours))
    try:
        with transaction.atomic():
            handoff = Handoff.objects.create(
                case=locked, kind=kind, from_department=locked.department,
                to_department=to_department, note=note, deadline_hours=hours, due_at=due_at,
                created_by=actor, created_at=now,
            )  # fmt: skip
    except IntegrityError:
        raise Conflict(_("That department already has an open hand-off of this case.")) from None
    record(
        locked, actor, EventKind.HANDOFF, old=locked.department, new=to_department,
        internal=True, now=now,
    )  # fmt: skip
    if kind == HandoffKind.TRANSFER:
        _move(locked, to_department, now)
    _tell_department(locked, handoff)
    return handoff


def _move(locked: Case, to_department: str, now: datetime) -> None:
    locked.department = to_department
    locked.assignee = None
    locked.save(update_fields=["department", "assignee", "updated_at"])
    sla.refresh(locked, now)  # the clocks now run on the new department's hours


def _tell_department(case: Case, handoff: Handoff) -> None:
    def title() -> str:
        return str(
            _("%(number)s handed to your department: %(subject)s")
            % {"number": case.number, "subject": case.subject}
        )

    notices.tell_department(case, handoff.to_department, kind="desk.handoff", title=title)


def _finish(handoff: Handoff, actor: User, now: datetime, answer: str = "") -> None:
    cal = work_calendar(handoff.to_department)
    handoff.done_at = now
    handoff.done_by = actor
    handoff.answer = answer
    handoff.seconds_used = int(elapsed(cal, handoff.created_at, now).total_seconds())
    handoff.save(update_fields=["done_at", "done_by", "answer", "seconds_used"])


@transaction.atomic
def handoff_answer(
    *, actor: User, handoff: Handoff, answer: str, now: datetime | None = None
) -> Handoff:
    """The receiving department answers a shared part (kept as an internal note)."""
    if not is_staff(actor):
        raise PermissionDenied()
    answer = (answer or "").replace("\x00", "").strip()
    if not answer:
        raise ValidationFailed(fields={"answer": [str(_("Write the answer."))]})
    locked_case = lock_case(handoff.case)
    locked = Handoff.objects.select_for_update().filter(pk=handoff.pk).first()
    if locked is None:
        raise NotFound()
    if locked.done_at is not None or locked.kind != HandoffKind.SHARE:
        raise Conflict(_("This hand-off is already answered."))
    now = now or timezone.now()
    _finish(locked, actor, now, answer)
    CaseMessage.objects.create(
        case=locked_case, author=actor, from_staff=True, internal=True, body=answer, created_at=now
    )
    record(locked_case, actor, EventKind.NOTE, new=locked.to_department, internal=True, now=now)
    notices.tell_staff(
        locked_case,
        kind="desk.handoff",
        title=lambda: (
            _("%(dept)s answered on %(number)s")
            % {"dept": Department(locked.to_department).label, "number": locked_case.number}
        ),
        exclude=actor.pk,
    )
    return locked


def close_transfers(case: Case, actor: User, now: datetime) -> None:
    """A transfer's segment ends when the receiving department takes the case (called by
    case_take under the case's lock)."""
    open_transfers = Handoff.objects.select_for_update().filter(
        case=case, kind=HandoffKind.TRANSFER, done_at__isnull=True, to_department=case.department
    )
    for handoff in open_transfers:
        _finish(handoff, actor, now)


def close_open_handoffs(case: Case, actor: User, now: datetime) -> None:
    """Every open segment ends when the case is cancelled (called under the case's lock)."""
    for handoff in Handoff.objects.select_for_update().filter(case=case, done_at__isnull=True):
        _finish(handoff, actor, now)
