"""Warnings before an SLA target falls due and escalations once it is breached (run by the
`desk_sla` command or task every few minutes; idempotent: each case is warned once and
escalated once, under its row lock).

A warning goes to the staff working the case when a running clock has used the department's
`warn_percent` of its target; an escalation to the department's head (and the staff working
the case) when a running clock is past its due time. The current steps of open procedures are
watched the same way (`step_sweep`): a step's own deadline, in the business hours of the
department that owns the step, which is told (and its head, once the step is overdue)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from techbridge.desk import notices, sla
from techbridge.desk.calendar import work_calendar
from techbridge.desk.models import OPEN_STATUSES, Case
from techbridge.desk.models_procedures import ProcedureStatus, ProcedureStep
from techbridge.desk.models_sla import DepartmentPolicy
from techbridge.desk.procedures import label_of_step
from techbridge.desk.services.history import lock_case
from techbridge.engines.worktime import business_time

DEFAULT_WARN_PERCENT = 75


def _title(case: Case, breached: bool) -> Any:
    if breached:
        return lambda: (
            _("Deadline missed on %(number)s: %(subject)s")
            % {
                "number": case.number,
                "subject": case.subject,
            }
        )
    return lambda: (
        _("Deadline near on %(number)s: %(subject)s")
        % {
            "number": case.number,
            "subject": case.subject,
        }
    )


def _check_one(case_id: int, now: datetime, policies: dict[str, DepartmentPolicy]) -> str:
    with transaction.atomic():
        case = lock_case(Case(pk=case_id))
        if case.status not in OPEN_STATUSES or case.sla_escalated_at is not None:
            return ""
        policy = policies.get(case.department)
        running = [c for c in sla.clocks(case, now, work_calendar(case.department)) if not c.met_at]
        running = [c for c in running if not c.paused]
        if any(c.breached for c in running):
            case.sla_escalated_at = now
            case.sla_breached = True
            case.save(update_fields=["sla_escalated_at", "sla_breached"])
            head = [policy.head_id] if policy and policy.head_id else []
            notices.tell_staff(case, kind="desk.sla", title=_title(case, True), extra=head)
            return "escalated"
        share = (policy.warn_percent if policy else DEFAULT_WARN_PERCENT) / 100
        if case.sla_warned_at is None and any(c.used >= c.target * share for c in running):
            case.sla_warned_at = now
            case.save(update_fields=["sla_warned_at"])
            notices.tell_staff(case, kind="desk.sla", title=_title(case, False))
            return "warned"
    return ""


def _step_title(step: ProcedureStep, case: Case, overdue: bool) -> Any:
    def title() -> str:
        text = (
            _("Step “%(step)s” of %(number)s is overdue")
            if overdue
            else _("Step “%(step)s” of %(number)s is due soon")
        )
        return str(
            text % {"step": label_of_step(step.procedure.kind, step.key), "number": case.number}
        )

    return title


def _tell_step(case: Case, step: ProcedureStep, overdue: bool, head: list[int]) -> None:
    """The department owning the step: the staff working the case when it is the case's own,
    else that department's staff; its head too once the step is overdue."""
    title = _step_title(step, case, overdue)
    extra = head if overdue else []
    if step.department == case.department:
        notices.tell_staff(case, kind="desk.sla", title=title, extra=extra)
    else:
        notices.tell_department(case, step.department, kind="desk.sla", title=title)
        if extra:
            notices.tell_users(case, extra, kind="desk.sla", title=title)


def _check_step(step_id: int, now: datetime, policies: dict[str, DepartmentPolicy]) -> str:
    with transaction.atomic():
        first = ProcedureStep.objects.filter(pk=step_id).select_related("procedure").first()
        if first is None:
            return ""
        case = lock_case(Case(pk=first.procedure.case_id))
        step = _watched_steps().filter(pk=step_id).select_related("procedure").first()
        if step is None or step.due_at is None or step.started_at is None:
            return ""
        policy = policies.get(step.department)
        if step.due_at <= now:
            step.escalated_at = now
            step.save(update_fields=["escalated_at"])
            _tell_step(case, step, True, [policy.head_id] if policy and policy.head_id else [])
            return "steps_escalated"
        share = (policy.warn_percent if policy else DEFAULT_WARN_PERCENT) / 100
        used = business_time(work_calendar(step.department), step.started_at, now)
        if step.warned_at is None and used >= timedelta(hours=step.deadline_hours) * share:
            step.warned_at = now
            step.save(update_fields=["warned_at"])
            _tell_step(case, step, False, [])
            return "steps_warned"
    return ""


def _watched_steps() -> Any:
    """The current steps of open procedures, not yet escalated (a step starts only when it
    becomes current)."""
    return ProcedureStep.objects.filter(
        procedure__status=ProcedureStatus.OPEN,
        started_at__isnull=False,
        done_at__isnull=True,
        skipped=False,
        escalated_at__isnull=True,
    )


def step_sweep(*, now: datetime, policies: dict[str, DepartmentPolicy]) -> dict[str, int]:
    """Warn about procedure steps near their deadline and escalate overdue ones."""
    counts = {"steps_checked": 0, "steps_warned": 0, "steps_escalated": 0}
    for step_id in list(_watched_steps().values_list("id", flat=True)):
        counts["steps_checked"] += 1
        outcome = _check_step(step_id, now, policies)
        if outcome:
            counts[outcome] += 1
    return counts


def sla_sweep(*, now: datetime) -> dict[str, int]:
    """Warn and escalate where due (cases' clocks and procedures' steps); return how many of
    each."""
    policies = {p.department: p for p in DepartmentPolicy.objects.all()}
    ids = Case.objects.filter(status__in=OPEN_STATUSES, sla_escalated_at__isnull=True).values_list(
        "id", flat=True
    )
    counts = {"checked": 0, "warned": 0, "escalated": 0}
    for case_id in list(ids):
        counts["checked"] += 1
        outcome = _check_one(case_id, now, policies)
        if outcome:
            counts[outcome] += 1
    return {**counts, **step_sweep(now=now, policies=policies)}
