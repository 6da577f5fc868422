"""Stages computed from dates (pure Python), with hypothesis over the calendar."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.domiciliation.stages import (
    RENEWAL_LEAD,
    Dates,
    Stage,
    add_months,
    last_day,
    stage_of,
)

START = date(2030, 1, 1)


def dates(status: str = "active", months: int = 12, notice: int = 30, **kw: object) -> Dates:
    return Dates(status, START, add_months(START, months), notice, **kw)  # type: ignore[arg-type]


def test_active_then_up_for_renewal_then_ended() -> None:
    d = dates()
    assert stage_of(d, START) == Stage.ACTIVE
    assert stage_of(d, d.ends_on - timedelta(days=30) - RENEWAL_LEAD) == Stage.UP_FOR_RENEWAL
    assert stage_of(d, d.ends_on - timedelta(days=30) - RENEWAL_LEAD - timedelta(days=1)) == (
        Stage.ACTIVE
    )
    assert stage_of(d, d.ends_on) == Stage.UP_FOR_RENEWAL
    assert stage_of(d, d.ends_on + timedelta(days=1)) == Stage.ENDED


def test_notice_runs_from_the_day_it_is_served() -> None:
    d = dates(status="notice_served", notice_served_on=date(2030, 3, 1))
    assert last_day(d) == date(2030, 3, 31)
    assert stage_of(d, date(2030, 3, 31)) == Stage.NOTICE_SERVED
    assert stage_of(d, date(2030, 4, 1)) == Stage.ENDED


def test_people_decide_the_other_stages() -> None:
    for status in ("draft", "awaiting_documents", "ended", "terminated"):
        assert stage_of(dates(status=status), START + timedelta(days=5000)) == Stage(status)


@settings(deadline=None)
@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    months=st.integers(min_value=0, max_value=240),
)
def test_add_months_lands_in_the_right_month(start: date, months: int) -> None:
    end = add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    assert end.day == start.day or end.day < start.day  # clipped to a shorter month


@settings(deadline=None)
@given(
    months=st.integers(min_value=1, max_value=60),
    notice=st.integers(min_value=0, max_value=365),
    served=st.one_of(st.none(), st.integers(min_value=0, max_value=2000)),
    offset=st.integers(min_value=-10, max_value=3000),
)
def test_stage_follows_the_calendar(
    months: int, notice: int, served: int | None, offset: int
) -> None:
    served_on = START + timedelta(days=served) if served is not None else None
    status = "notice_served" if served_on else "active"
    d = dates(status=status, months=months, notice=notice, notice_served_on=served_on)
    today = START + timedelta(days=offset)
    stage = stage_of(d, today)
    end = last_day(d)
    assert end <= d.ends_on
    assert (stage == Stage.ENDED) == (today > end)
    if served_on is not None and stage != Stage.ENDED:
        assert stage == Stage.NOTICE_SERVED
    # Never ends before it is over, and a later day never goes back to an earlier stage.
    later = stage_of(d, today + timedelta(days=1))
    order = [Stage.ACTIVE, Stage.UP_FOR_RENEWAL, Stage.NOTICE_SERVED, Stage.ENDED]
    assert order.index(later) >= order.index(stage)
