"""Repairing an announced schedule after late changes (hypothesis + bad input)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from techbridge.engines.scheduling import (
    Assignment,
    Meeting,
    Participant,
    Problem,
    Schedule,
    Slot,
    check_schedule,
    count_holes,
    priority_scheduled,
    solve,
)
from techbridge.engines.scheduling.checker import repair_changes
from techbridge.engines.scheduling.repair import repair
from techbridge.engines.scheduling.repair_plan import RepairError, plan_repair

from .test_scheduling_engine import BASE, problems


@st.composite
def late_changes(draw: st.DrawFn) -> tuple[Problem, Schedule, Problem]:
    """An event, its announced schedule, and the event after random late changes:
    cancellations, lost slots, new requests, a late registration with meetings."""
    before = draw(problems(max_meetings=14))
    announced = solve(before, time_limit=2, seed=draw(st.integers(0, 3)), workers=1)
    people = list(before.participants)
    slot_ids = [s.id for s in before.slots]
    gone = set(draw(st.lists(st.sampled_from([p.id for p in people]), max_size=1)))
    late = draw(st.lists(st.sampled_from([p.id for p in people]), max_size=2))
    lost = {pid: frozenset(draw(st.lists(st.sampled_from(slot_ids), max_size=3))) for pid in late}
    people = [
        replace(p, unavailable=p.unavailable | lost.get(p.id, frozenset()))
        for p in people
        if p.id not in gone
    ]
    if draw(st.booleans()):
        people.append(Participant("newcomer", frozenset()))
    ids = [p.id for p in people]
    meetings = [m for m in before.meetings if m.a not in gone and m.b not in gone]
    pairs = {frozenset((m.a, m.b)) for m in meetings}
    for k in range(draw(st.integers(0, 4))):
        if len(ids) < 2:
            break
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        if a != b and frozenset((a, b)) not in pairs:
            pairs.add(frozenset((a, b)))
            meetings.append(Meeting(f"n{k}", a, b, draw(st.integers(1, 3))))
    after = replace(before, participants=tuple(people), meetings=tuple(meetings))
    ids = {m.id for m in meetings}
    assume(not announced.assignments or any(a.meeting in ids for a in announced.assignments))
    return before, announced, after


def _baseline(after: Problem, announced: Schedule) -> Schedule:
    """The announced schedule with the cancelled and the impossible meetings removed."""
    plan = plan_repair(after, announced)
    rows = tuple(
        a for a in announced.assignments if a.meeting in plan.kept and a.meeting not in plan.hit
    )
    placed = {a.meeting for a in rows}
    return Schedule(rows, tuple(m.id for m in after.meetings if m.id not in placed))


@settings(deadline=None, max_examples=25)
@given(late_changes(), st.integers(0, 3))
def test_a_repair_is_feasible_within_budget_and_never_worse_than_the_announced(
    case: tuple[Problem, Schedule, Problem], budget: int
) -> None:
    _before, announced, after = case
    result = repair(after, announced, max_moves=budget, time_limit=3, seed=1, workers=1)
    new = result.schedule
    assert check_schedule(after, new) == []
    changes = repair_changes(after, announced, new)
    assert changes.moved_extra <= budget  # never more than K non-hit moves
    st_ = result.stats
    assert st_.changes == changes
    assert st_.holes == count_holes(after, new)
    assert st_.priority_scheduled == priority_scheduled(after, new)
    base = _baseline(after, announced)
    assert check_schedule(after, base) == []
    mine = (st_.priority_scheduled, -st_.holes)
    assert mine >= (priority_scheduled(after, base), -count_holes(after, base))
    _assert_no_drop_that_could_stay(after, announced, new)


def _assert_no_drop_that_could_stay(after: Problem, announced: Schedule, new: Schedule) -> None:
    """A dropped announced meeting whose slot is still possible had its slot taken: one of
    its participants meets someone else there, or every table (equipped table) is used."""
    plan = plan_repair(after, announced)
    placed = new.by_meeting()
    meetings = {m.id: m for m in after.meetings}
    for a in announced.assignments:
        if a.meeting not in plan.kept or a.meeting in plan.hit or a.meeting in placed:
            continue
        m = meetings[a.meeting]
        there = [x for x in new.assignments if x.slot == a.slot]
        busy = {p for x in there for p in (meetings[x.meeting].a, meetings[x.meeting].b)}
        full = len(there) >= after.tables
        if after.needs_interpreter(m):
            used = sum(1 for x in there if x.table in after.interpreter_tables)
            full = full or used >= len(after.interpreter_tables)
        assert m.a in busy or m.b in busy or full, f"{m.id} was dropped but could stay"


@settings(deadline=None, max_examples=15)
@given(late_changes())
def test_without_budget_no_announced_meeting_changes_slot(
    case: tuple[Problem, Schedule, Problem],
) -> None:
    _before, announced, after = case
    result = repair(after, announced, max_moves=0, time_limit=2, seed=0, workers=1)
    plan = plan_repair(after, announced)
    was = announced.by_meeting()
    for a in result.schedule.assignments:
        if a.meeting in plan.kept and a.meeting not in plan.hit:
            assert a.slot == was[a.meeting].slot


def _tiny() -> tuple[Problem, Schedule]:
    slots = tuple(Slot(i, "am", BASE + timedelta(minutes=20 * i)) for i in (1, 2, 3))
    people = tuple(Participant(p) for p in "abcd")
    meetings = (Meeting("ab", "a", "b", 2), Meeting("cd", "c", "d", 1), Meeting("ac", "a", "c"))
    problem = Problem("tiny", slots, 2, people, meetings)
    announced = Schedule(
        (Assignment("ab", 1, 1), Assignment("cd", 1, 2), Assignment("ac", 2, 1)), ()
    )
    return problem, announced


def test_an_empty_change_is_a_no_op() -> None:
    problem, announced = _tiny()
    result = repair(problem, announced, max_moves=5, time_limit=2)
    assert result.stats.unchanged
    assert result.schedule.assignments == announced.assignments
    assert result.stats.changes.moved == result.stats.changes.retabled == 0


def test_a_hit_meeting_moves_and_the_rest_stays() -> None:
    problem, announced = _tiny()
    people = tuple(replace(p, unavailable=frozenset({1})) if p.id == "b" else p
                   for p in problem.participants)  # fmt: skip
    changed = replace(problem, participants=people)
    result = repair(changed, announced, max_moves=0, time_limit=2)
    placed = result.schedule.by_meeting()
    assert placed["ab"].slot in (2, 3) and (placed["cd"].slot, placed["ac"].slot) == (1, 2)
    assert result.stats.changes.hit == 1
    assert result.stats.changes.moved_extra == 0


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ((Assignment("x1", 1, 1), Assignment("x2", 2, 1)), "shares no meeting"),
        ((Assignment("ab", 9, 1),), "slot 9, unknown here"),
        ((Assignment("ab", 1, 7),), "table 7, not in 1..2"),
        ((Assignment("ab", 1, 1), Assignment("cd", 1, 1)), "at table 1 in slot 1"),
        ((Assignment("ab", 1, 1), Assignment("ac", 1, 2)), "books a twice in slot 1"),
        ((Assignment("ab", 1, 1), Assignment("ab", 2, 1)), "lists meeting ab twice"),
    ],
)
def test_a_previous_schedule_that_does_not_belong_is_refused(
    rows: tuple[Assignment, ...], message: str
) -> None:
    problem, _ = _tiny()
    with pytest.raises(RepairError, match=message):
        repair(problem, Schedule(rows, ()), max_moves=1, time_limit=1)


def test_a_negative_budget_and_pins_are_refused() -> None:
    problem, announced = _tiny()
    with pytest.raises(RepairError, match="max_moves must be >= 0"):
        repair(problem, announced, max_moves=-1, time_limit=1)
    pinned = replace(problem, meetings=(replace(problem.meetings[0], pinned_slot=1,
                                                pinned_table=1), *problem.meetings[1:]))  # fmt: skip
    with pytest.raises(RepairError, match="must not carry pins"):
        repair(pinned, announced, max_moves=1, time_limit=1)
