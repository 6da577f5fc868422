"""The working calendar of a department: China's statutory holidays and adjusted working days
(调休) from the `chinese-calendar` package, overridden and extended by the staff's table
(CalendarDay: the State Council announces the next year each November or December, before a
new release of the package), with the department's business hours in Asia/Shanghai."""

from __future__ import annotations

from datetime import date, time

import chinese_calendar
from django.utils import timezone

from techbridge.desk.models import CalendarDay, DayKind, DepartmentPolicy
from techbridge.engines.worktime import WorkCalendar

TIME_ZONE = "Asia/Shanghai"
DEFAULT_HOURS = ((time(9), time(12)), (time(13, 30), time(17, 30)))


def _days() -> tuple[frozenset[date], frozenset[date]]:
    holidays = set(chinese_calendar.holidays)
    workdays = set(chinese_calendar.workdays)
    for day, kind in CalendarDay.objects.values_list("day", "kind"):
        if kind == DayKind.HOLIDAY:
            holidays.add(day)
            workdays.discard(day)
        else:
            workdays.add(day)
            holidays.discard(day)
    return frozenset(holidays), frozenset(workdays)


def hours_of(policy: DepartmentPolicy | None) -> tuple[tuple[time, time], ...]:
    if policy is None:
        return DEFAULT_HOURS
    return (
        (policy.morning_start, policy.morning_end),
        (policy.afternoon_start, policy.afternoon_end),
    )


def work_calendar(department: str) -> WorkCalendar:
    """The calendar a department's clocks run on (two queries)."""
    holidays, workdays = _days()
    policy = DepartmentPolicy.objects.filter(department=department).first()
    return WorkCalendar(
        time_zone=TIME_ZONE, hours=hours_of(policy), holidays=holidays, workdays=workdays
    )


def years_without_data(today: date | None = None) -> list[int]:
    """This year and the next if neither the package nor the staff's table knows their
    holidays (shown to staff, who then enter them)."""
    today = today or timezone.localdate()
    known = {d.year for d in chinese_calendar.holidays}
    known |= set(
        CalendarDay.objects.filter(kind=DayKind.HOLIDAY).values_list("day__year", flat=True)
    )
    return [y for y in (today.year, today.year + 1) if y not in known]
