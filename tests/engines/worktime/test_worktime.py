"""Business time on a working calendar: properties (hypothesis) and real dates around
Spring Festival and National Day 2026 with their adjusted working Saturdays (调休)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.engines.worktime import (
    ZERO,
    NoWorkingTime,
    WorkCalendar,
    add_business_time,
    business_time,
    due,
    elapsed,
    merge_pauses,
)

SH = ZoneInfo("Asia/Shanghai")
# 2026 as the State Council announced it (the same as the chinese-calendar package's).
SPRING = frozenset(date(2026, 2, 15) + timedelta(days=i) for i in range(9))  # 15-23 Feb
NATIONAL = frozenset(date(2026, 10, 1) + timedelta(days=i) for i in range(7))  # 1-7 Oct
CAL = WorkCalendar(
    holidays=SPRING | NATIONAL,
    workdays=frozenset({date(2026, 2, 14), date(2026, 2, 28), date(2026, 9, 20),
                        date(2026, 10, 10)}),
)  # fmt: skip
H = timedelta(hours=1)
DAY = CAL.day_length()


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SH)


moments = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(SH)
)
amounts = st.timedeltas(min_value=ZERO, max_value=timedelta(days=20))


def test_a_working_day_has_seven_hours() -> None:
    assert DAY == 7 * H
    assert business_time(CAL, at(2026, 3, 2), at(2026, 3, 3)) == 7 * H  # a Monday


def test_spring_festival_2026() -> None:
    # Friday 13 Feb 17:00 → the adjusted working Saturday 14 Feb, then nine days off.
    assert CAL.is_working_day(date(2026, 2, 14))
    assert not any(CAL.is_working_day(d) for d in SPRING)
    assert (
        business_time(CAL, at(2026, 2, 13, 17), at(2026, 2, 24, 9))
        == 30 * timedelta(minutes=1) + 7 * H
    )
    # 8 business hours asked on Friday 13 Feb at 16:00: 1.5 h on Friday, 6.5 h on the
    # working Saturday → due on Saturday 14 Feb at 17:00 (not after the holiday).
    assert add_business_time(CAL, at(2026, 2, 13, 16), 8 * H) == at(2026, 2, 14, 17)
    # 8 h asked on Saturday 14 Feb at 17:00: half an hour that day, then nothing until
    # Tuesday 24 Feb (7 h), the last half hour on Wednesday 25 Feb.
    assert add_business_time(CAL, at(2026, 2, 14, 17), 8 * H) == at(2026, 2, 25, 9, 30)


def test_national_day_2026() -> None:
    assert CAL.is_working_day(date(2026, 9, 20))  # a Sunday worked
    assert CAL.is_working_day(date(2026, 10, 10))  # a Saturday worked
    # From Wednesday 30 Sep 9:00, three working days are 30 Sep, 8 Oct and 9 Oct.
    assert add_business_time(CAL, at(2026, 9, 30, 9), 3 * DAY) == at(2026, 10, 9, 17, 30)
    assert business_time(CAL, at(2026, 9, 30, 17), at(2026, 10, 8, 10)) == 90 * timedelta(minutes=1)


def test_lunch_break_and_evenings_do_not_count() -> None:
    assert business_time(CAL, at(2026, 3, 2, 12), at(2026, 3, 2, 13, 30)) == ZERO
    assert add_business_time(CAL, at(2026, 3, 2, 11), 2 * H) == at(2026, 3, 2, 14, 30)
    assert add_business_time(CAL, at(2026, 3, 2, 20), H) == at(2026, 3, 3, 10)


def test_pauses() -> None:
    start = at(2026, 3, 2, 9)
    pause = [(at(2026, 3, 2, 10), at(2026, 3, 3, 10))]  # a working day waiting for the client
    assert elapsed(CAL, start, at(2026, 3, 3, 12), pause) == 3 * H
    assert due(CAL, start, 4 * H, pause) == at(2026, 3, 3, 13, 30) + H
    assert due(CAL, start, 4 * H, [(at(2026, 3, 2, 10), None)]) is None
    assert due(CAL, start, H / 2, [(at(2026, 3, 2, 10), None)]) == at(2026, 3, 2, 9, 30)


def test_bad_calendars_and_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        WorkCalendar(hours=((time(13), time(12)),))
    with pytest.raises(ValueError):
        WorkCalendar(holidays=frozenset({date(2026, 1, 1)}), workdays=frozenset({date(2026, 1, 1)}))
    with pytest.raises(ValueError):
        business_time(CAL, datetime(2026, 1, 1), datetime(2026, 1, 2))
    never = WorkCalendar(holidays=frozenset(), workdays=frozenset(), hours=())
    with pytest.raises(NoWorkingTime):
        add_business_time(never, at(2026, 1, 1), H)


@settings(max_examples=150, deadline=None)
@given(moments, moments)
def test_never_negative_and_never_on_a_day_off(a: datetime, b: datetime) -> None:
    t = business_time(CAL, a, b)
    assert t >= ZERO
    if a < b:
        assert t <= b - a
    day = a.date()
    if not CAL.is_working_day(day):
        assert business_time(CAL, at(day.year, day.month, day.day), a) == ZERO


@settings(max_examples=150, deadline=None)
@given(moments, moments, moments)
def test_additive(a: datetime, b: datetime, c: datetime) -> None:
    a, b, c = sorted((a, b, c))
    assert business_time(CAL, a, c) == business_time(CAL, a, b) + business_time(CAL, b, c)


@settings(max_examples=150, deadline=None)
@given(moments, amounts)
def test_adding_is_the_inverse_of_measuring(start: datetime, amount: timedelta) -> None:
    end = add_business_time(CAL, start, amount)
    assert end >= start
    assert business_time(CAL, start, end) == amount
    if amount > ZERO:  # the clock stops on working time, never on a holiday
        local = end.astimezone(SH)
        assert CAL.is_working_day((local - timedelta(microseconds=1)).date())


@settings(max_examples=100, deadline=None)
@given(moments, st.lists(st.tuples(moments, moments), max_size=4), amounts)
def test_pauses_resume_exactly(
    start: datetime, raw: list[tuple[datetime, datetime]], target: timedelta
) -> None:
    pauses = [(min(p), max(p)) for p in raw]
    merged = merge_pauses(pauses)
    paused = sum((business_time(CAL, max(s, start), e) for s, e in merged if e is not None), ZERO)
    far = max([start, *(e for _s, e in merged if e is not None)]) + timedelta(days=60)
    assert elapsed(CAL, start, far, pauses) == business_time(CAL, start, far) - paused
    deadline = due(CAL, start, target, pauses)
    assert deadline is not None
    assert elapsed(CAL, start, deadline, pauses) == target
    assert not any(s < deadline < e for s, e in merged if e is not None) or target == ZERO
