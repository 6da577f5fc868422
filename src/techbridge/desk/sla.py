"""The SLA clocks of a case, on its department's working calendar.

- first response: from submission to the first public staff reply;
- next response: from a client's message to the next public staff reply;
- resolution: from submission to resolution.
All three pause while the case waits for the client, and while it is resolved or closed
(a reopened case's clock resumes where it stopped): the status's periods, from the case's
history. Targets come from the service type, or its SlaTarget for the case's priority.
`refresh` recomputes the due times after every change (services call it under the case's
row lock); a breach is a target met late, or not met by its due time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from techbridge.desk.calendar import work_calendar
from techbridge.desk.models import Case, CaseEvent, CaseMessage, CaseStatus, EventKind
from techbridge.desk.models_sla import Handoff, SlaTarget
from techbridge.engines.worktime import Interval, WorkCalendar, due, elapsed

HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class Targets:
    first_response: timedelta
    next_response: timedelta
    resolution: timedelta


@dataclass(frozen=True)
class Clock:
    """One clock for a page: its target, when it falls due (None: paused), when it was met
    (None: running), the working time used so far, and whether it is breached."""

    name: str
    target: timedelta
    due_at: datetime | None
    met_at: datetime | None
    used: timedelta
    breached: bool

    @property
    def paused(self) -> bool:
        return self.due_at is None and self.met_at is None

    @property
    def used_hours(self) -> float:
        return round(self.used / HOUR, 1)

    @property
    def target_hours(self) -> float:
        return round(self.target / HOUR, 1)


def targets_of(case: Case) -> Targets:
    service = case.service_type
    row = SlaTarget.objects.filter(service_type=service, priority=case.priority).first()
    src: Any = row or service
    return Targets(
        first_response=src.first_response_hours * HOUR,
        next_response=src.next_response_hours * HOUR,
        resolution=src.resolution_hours * HOUR,
    )


PAUSING = (CaseStatus.WAITING, CaseStatus.RESOLVED, CaseStatus.CLOSED)


def pauses_of(case: Case) -> list[Interval]:
    """The periods the case waited for the client or stood resolved, from its history."""
    out: list[Interval] = []
    start: datetime | None = None
    events = CaseEvent.objects.filter(case=case, kind=EventKind.STATUS).order_by("at", "id")
    for new, at in events.values_list("new", "at"):
        if new in PAUSING and start is None:
            start = at
        elif new not in PAUSING and start is not None:
            out.append((start, at))
            start = None
    if start is not None:
        out.append((start, None))
    return out


def _pending_client_message(case: Case) -> datetime | None:
    """When the client wrote last, if no public staff reply followed."""
    last = (
        CaseMessage.objects.filter(case=case, internal=False)
        .order_by("-created_at", "-id")
        .values_list("from_staff", "created_at")
        .first()
    )
    if last is None or last[0] or case.first_response_at is None:
        return None
    return last[1]


def _clock(
    cal: WorkCalendar,
    name: str,
    start: datetime,
    target: timedelta,
    met: datetime | None,
    pauses: list[Interval],
    now: datetime,
) -> Clock:
    due_at = due(cal, start, target, pauses)
    used = elapsed(cal, start, met or now, pauses)
    late = (met or now) > due_at if due_at is not None else used > target
    return Clock(name, target, due_at, met, used, late)


def clocks(case: Case, now: datetime, cal: WorkCalendar | None = None) -> list[Clock]:
    """The case's clocks at `now` (first response, next response when one is owed,
    resolution)."""
    cal = cal or work_calendar(case.department)
    targets = targets_of(case)
    pauses = pauses_of(case)
    done = case.resolved_at or case.closed_at
    out = [
        _clock(cal, "first_response", case.created_at, targets.first_response,
               case.first_response_at or done, pauses, now),
    ]  # fmt: skip
    pending = _pending_client_message(case)
    if pending is not None and done is None:
        out.append(_clock(cal, "next_response", pending, targets.next_response, None, pauses, now))
    out.append(_clock(cal, "resolution", case.created_at, targets.resolution, done, pauses, now))
    return out


def refresh(case: Case, now: datetime) -> None:
    """Recompute and save the case's SLA fields (call under the case's row lock)."""
    by_name = {c.name: c for c in clocks(case, now)}
    first, resolution = by_name["first_response"], by_name["resolution"]
    nxt = by_name.get("next_response")
    case.first_response_due = first.due_at
    case.next_response_due = nxt.due_at if nxt else None
    case.resolution_due = resolution.due_at
    case.first_response_seconds = (
        int(first.used.total_seconds()) if case.first_response_at else None
    )
    case.resolution_seconds = int(resolution.used.total_seconds()) if resolution.met_at else None
    case.sla_breached = case.sla_breached or first.breached or resolution.breached
    case.save(
        update_fields=[
            "first_response_due",
            "next_response_due",
            "resolution_due",
            "first_response_seconds",
            "resolution_seconds",
            "sla_breached",
        ]
    )


@dataclass(frozen=True)
class Segment:
    """A hand-off on the case page: where it went, its deadline and the working time used."""

    handoff: Any
    used: timedelta
    overdue: bool

    @property
    def used_hours(self) -> float:
        return round(self.used / HOUR, 1)


def segments(case: Case, now: datetime) -> list[Segment]:
    """The case's hand-offs with their clocks (each on its receiving department's hours)."""
    calendars: dict[str, WorkCalendar] = {}
    out = []
    for h in Handoff.objects.filter(case=case).select_related("created_by", "done_by"):
        if h.to_department not in calendars:
            calendars[h.to_department] = work_calendar(h.to_department)
        cal = calendars[h.to_department]
        end = h.done_at or now
        used = elapsed(cal, h.created_at, end)
        out.append(Segment(h, used, end > h.due_at))
    return out
