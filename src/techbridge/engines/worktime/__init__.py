"""Business time on a working calendar: how much working time lies between two moments, when
a given amount of working time will have passed, and clocks that pause.

A `WorkCalendar` is a time zone, the working hours of a working day (one or more intervals,
e.g. 09:00-12:00 and 13:30-17:30) and two sets of dates: holidays (no work, even on a
weekday) and working days (work, even on a weekend: China's adjusted working days, 调休).
Any other Monday to Friday is a working day. Times are aware datetimes; durations are
`timedelta`s, exact to the microsecond, so the arithmetic has exact inverses.

Pure Python (the standard library only): the desk adapts its calendar table and the
`chinese-calendar` package to a WorkCalendar (docs/desk.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ZERO = timedelta(0)
MAX_DAYS = 3 * 366  # searching further than this for working time means a broken calendar
Interval = tuple[datetime, datetime | None]  # a pause: from, until (None: still paused)


class NoWorkingTime(ValueError):
    """The calendar has no working time within MAX_DAYS of the moment asked about."""


@dataclass(frozen=True)
class WorkCalendar:
    time_zone: str = "Asia/Shanghai"
    hours: tuple[tuple[time, time], ...] = ((time(9), time(12)), (time(13, 30), time(17, 30)))
    holidays: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        previous = time.min
        for start, end in self.hours:
            if not start < end or start < previous:
                raise ValueError("working hours must be ordered, non-overlapping intervals")
            previous = end
        if self.holidays & self.workdays:
            raise ValueError("a date cannot be both a holiday and a working day")
        ZoneInfo(self.time_zone)  # an unknown zone fails here, not in the middle of a sum

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def day_length(self) -> timedelta:
        """The working time of a working day."""
        return sum((_span(s, e) for s, e in self.hours), ZERO)

    def intervals(self, day: date) -> Iterator[tuple[datetime, datetime]]:
        """The working intervals of a day, as aware datetimes (none on a day off)."""
        if not self.is_working_day(day):
            return
        tz = self.tz
        for start, end in self.hours:
            yield datetime.combine(day, start, tz), datetime.combine(day, end, tz)


def _span(start: time, end: time) -> timedelta:
    return datetime.combine(date.min, end) - datetime.combine(date.min, start)


def _check_aware(*moments: datetime) -> None:
    for m in moments:
        if m.tzinfo is None or m.utcoffset() is None:
            raise ValueError("business time needs aware datetimes")


def business_time(cal: WorkCalendar, start: datetime, end: datetime) -> timedelta:
    """The working time between two moments (zero when `end` is not after `start`)."""
    _check_aware(start, end)
    if end <= start:
        return ZERO
    local_start, local_end = start.astimezone(cal.tz), end.astimezone(cal.tz)
    total = ZERO
    day = local_start.date()
    while day <= local_end.date():
        for a, b in cal.intervals(day):
            lo, hi = max(a, start), min(b, end)
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
    return total


def add_business_time(cal: WorkCalendar, start: datetime, amount: timedelta) -> datetime:
    """The moment at which `amount` of working time has passed since `start` (for a zero
    amount, `start` itself). NoWorkingTime when the calendar has none for years."""
    _check_aware(start)
    if amount < ZERO:
        raise ValueError("a negative amount of working time")
    if amount == ZERO:
        return start
    remaining = amount
    day = start.astimezone(cal.tz).date()
    for _ in range(MAX_DAYS):
        for a, b in cal.intervals(day):
            lo = max(a, start)
            if lo >= b:
                continue
            if remaining <= b - lo:
                return lo + remaining
            remaining -= b - lo
        day += timedelta(days=1)
    raise NoWorkingTime(f"no working time within {MAX_DAYS} days of {start.isoformat()}")


def merge_pauses(pauses: Iterable[Interval]) -> list[Interval]:
    """Pauses sorted and merged where they overlap (an open pause swallows what follows)."""
    out: list[Interval] = []
    for start, end in sorted(pauses, key=lambda p: p[0]):
        if end is not None and end < start:
            raise ValueError("a pause ends before it starts")
        if out:
            last_start, last_end = out[-1]
            if last_end is None:
                break
            if start <= last_end:
                out[-1] = (last_start, None if end is None else max(last_end, end))
                continue
        out.append((start, end))
    return out


def _running(start: datetime, pauses: Sequence[Interval]) -> Iterator[Interval]:
    """The stretches from `start` on during which a clock runs (the last one may be open)."""
    cursor: datetime | None = start
    for p_start, p_end in merge_pauses(pauses):
        if cursor is None:
            return
        if p_end is not None and p_end <= cursor:
            continue
        if p_start > cursor:
            yield cursor, p_start
        cursor = p_end
    if cursor is not None:
        yield cursor, None


def elapsed(
    cal: WorkCalendar, start: datetime, now: datetime, pauses: Sequence[Interval] = ()
) -> timedelta:
    """The working time a clock started at `start` has run until `now`, pauses left out."""
    total = ZERO
    for lo, hi in _running(start, pauses):
        if lo >= now:
            break
        total += business_time(cal, lo, now if hi is None else min(hi, now))
    return total


def due(
    cal: WorkCalendar, start: datetime, target: timedelta, pauses: Sequence[Interval] = ()
) -> datetime | None:
    """When a clock started at `start` reaches `target` working time, given its pauses (None
    while it is paused for good: an open pause before the target is reached)."""
    remaining = target
    for lo, hi in _running(start, pauses):
        if hi is None:
            return add_business_time(cal, lo, remaining)
        available = business_time(cal, lo, hi)
        if remaining <= available:
            return add_business_time(cal, lo, remaining)
        remaining -= available
    return None
