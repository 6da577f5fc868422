"""Warnings before an SLA target falls due and escalations once it is breached (run by the
`desk_sla` command or task every few minutes; idempotent: each case is warned once and
escalated once, under its row lock).

A warning goes to the staff working the case when a running clock has used the department's
`warn_percent` of its target; an escalation to the department's head (and the staff working
the case) when a running clock is past its due time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from techbridge.desk import notices, sla
from techbridge.desk.calendar import work_calendar
from techbridge.desk.models import OPEN_STATUSES, Case
from techbridge.desk.models_sla import DepartmentPolicy
from techbridge.desk.services.history import lock_case

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


def sla_sweep(*, now: datetime) -> dict[str, int]:
    """Warn and escalate where due; return how many of each."""
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
    return counts
