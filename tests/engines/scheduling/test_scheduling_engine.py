"""Properties of the scheduler on random small events (hypothesis)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.engines.scheduling import (
    CpSatScheduler,
    Meeting,
    Participant,
    Problem,
    Schedule,
    Slot,
    check_schedule,
    count_holes,
    greedy_schedule,
    priority_scheduled,
    solve,
)

BASE = datetime(2025, 6, 10, 9, tzinfo=UTC)


@st.composite
def problems(draw: st.DrawFn, interpreters: bool = True, max_meetings: int = 12) -> Problem:
    per, sessions = draw(st.integers(1, 4)), draw(st.integers(1, 2))
    slots = tuple(
        Slot(i + 1, f"s{i // per}", BASE + timedelta(hours=3 * (i // per), minutes=20 * i))
        for i in range(per * sessions)
    )
    tables = draw(st.integers(1, 3))
    equipped = draw(st.frozensets(st.integers(1, tables))) if interpreters else frozenset()
    n = draw(st.integers(2, 6))
    people = tuple(
        Participant(
            f"p{i}",
            draw(st.frozensets(st.integers(1, len(slots)), max_size=2)),
            interpreters and draw(st.integers(0, 3)) == 0,
        )
        for i in range(n)
    )
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda x: x[0] != x[1]),
            unique_by=lambda x: frozenset(x),
            max_size=max_meetings,
        )
    )
    meetings = tuple(
        Meeting(f"m{k}", f"p{a}", f"p{b}", draw(st.integers(1, 3)))
        for k, (a, b) in enumerate(pairs)
    )
    return Problem("hyp", slots, tables, people, meetings, equipped)


def assert_valid(problem: Problem, schedule: Schedule) -> None:
    assert check_schedule(problem, schedule) == []
    assert schedule.stats.holes == count_holes(problem, schedule)
    assert schedule.stats.priority_scheduled == priority_scheduled(problem, schedule)


@settings(deadline=None, max_examples=25)
@given(problems())
def test_every_schedule_passes_the_checker_and_beats_greedy(problem: Problem) -> None:
    greedy = greedy_schedule(problem)
    assert_valid(problem, greedy)
    best = solve(problem, time_limit=5, seed=1)
    assert_valid(problem, best)
    assert best.stats.priority_scheduled >= greedy.stats.priority_scheduled


@settings(deadline=None, max_examples=20)
@given(problems(), st.data())
def test_pinned_meetings_stay_put_after_late_requests(
    problem: Problem, data: st.DataObject
) -> None:
    first = greedy_schedule(problem)
    where = first.by_meeting()
    late = Meeting("late", problem.participants[0].id, problem.participants[1].id, 3)
    kept = [m for m in problem.meetings if {m.a, m.b} != {late.a, late.b}]
    pins = {m.id: where[m.id] for m in kept if m.id in where and data.draw(st.booleans())}
    meetings = [
        replace(m, pinned_slot=pins[m.id].slot, pinned_table=pins[m.id].table)
        if m.id in pins
        else m
        for m in kept
    ]
    again = replace(problem, meetings=(*meetings, late))
    result = CpSatScheduler(time_limit=5, seed=2).solve(again)
    assert_valid(again, result)
    placed = result.by_meeting()
    for mid, a in pins.items():
        assert (placed[mid].slot, placed[mid].table) == (a.slot, a.table)


@settings(deadline=None, max_examples=20)
@given(problems())
def test_moves_allowed_keeps_schedule_valid(problem: Problem) -> None:
    first = greedy_schedule(problem)
    where = first.by_meeting()
    meetings = tuple(
        replace(m, pinned_slot=where[m.id].slot, pinned_table=where[m.id].table)
        if m.id in where
        else m
        for m in problem.meetings
    )
    again = replace(problem, meetings=meetings, allow_moves=True)
    result = solve(again, time_limit=5)
    assert_valid(again, result)
    assert result.stats.priority_scheduled >= first.stats.priority_scheduled
    now = {a.meeting: (a.slot, a.table) for a in result.assignments}
    moved = [
        m.id for m in meetings if m.pinned and now.get(m.id) != (m.pinned_slot, m.pinned_table)
    ]
    assert result.stats.moved == len(moved)


@settings(deadline=None, max_examples=20)
@given(problems())
def test_interpreter_meetings_sit_at_equipped_tables(problem: Problem) -> None:
    result = solve(problem, time_limit=5)
    needs = {m.id for m in problem.meetings if problem.needs_interpreter(m)}
    for a in result.assignments:
        if a.meeting in needs:
            assert a.table in problem.interpreter_tables
    if not problem.interpreter_tables:
        assert needs.isdisjoint(a.meeting for a in result.assignments)


def brute_force(problem: Problem) -> tuple[int, int]:
    """(best priority, fewest holes at that priority) by trying every slot choice."""
    best = (-1, 0)
    options = [None, *[s.id for s in problem.slots]]
    for choice in itertools.product(options, repeat=len(problem.meetings)):
        rows, per_slot = [], {}
        for m, slot in zip(problem.meetings, choice, strict=True):
            if slot is not None:
                per_slot[slot] = per_slot.get(slot, 0) + 1
                rows.append((m.id, slot, per_slot[slot]))
        sched = Schedule(
            tuple(_a(*r) for r in rows),
            tuple(m.id for m, s in zip(problem.meetings, choice, strict=True) if s is None),
        )
        if check_schedule(problem, sched):
            continue
        score = (priority_scheduled(problem, sched), -count_holes(problem, sched))
        best = max(best, score)
    return best[0], -best[1]


def _a(meeting: str, slot: int, table: int):  # type: ignore[no-untyped-def]
    from techbridge.engines.scheduling import Assignment

    return Assignment(meeting, slot, table)


@settings(deadline=None, max_examples=40)
@given(problems(interpreters=False, max_meetings=5))
def test_tiny_events_are_solved_to_the_lexicographic_optimum(problem: Problem) -> None:
    if len(problem.slots) > 4:
        problem = replace(problem, slots=problem.slots[:4], participants=tuple(
            replace(p, unavailable=p.unavailable & {s.id for s in problem.slots[:4]})
            for p in problem.participants
        ))  # fmt: skip
    prio, holes = brute_force(problem)
    result = solve(problem, time_limit=10)
    assert_valid(problem, result)
    assert (result.stats.priority_scheduled, result.stats.holes) == (prio, holes)
    assert result.stats.optimal
    assert result.stats.priority_bound >= prio  # the bound never cuts off the optimum


@settings(deadline=None, max_examples=15)
@given(problems(max_meetings=10), st.integers(0, 1))
def test_cp_sat_neighbourhoods_never_make_things_worse(problem: Problem, session: int) -> None:
    """The repair steps used when the heuristics stall: from a greedy start, a neighbourhood
    keeps the priority, never adds holes and stays valid (checked by finish())."""
    from techbridge.engines.scheduling.compiled import compile_problem
    from techbridge.engines.scheduling.cpsat import maximise_priority, minimise_holes
    from techbridge.engines.scheduling.greedy import greedy_fill
    from techbridge.engines.scheduling.solver import finish
    from techbridge.engines.scheduling.timetable import Timetable

    tt = Timetable(compile_problem(problem))
    greedy_fill(tt)
    prio, holes = tt.priority(), tt.holes()
    maximise_priority(tt, set(range(len(problem.meetings))), 2.0, 0, 1)
    assert tt.priority() >= prio
    prio, holes = tt.priority(), tt.holes()
    s = session if session < len(tt.c.sessions) else -1
    minimise_holes(tt, set(range(len(problem.meetings))), 2.0, 0, 1, session=s)
    assert tt.priority() >= prio
    assert tt.holes() <= holes
    assert_valid(problem, finish(tt, 0.0))


def test_a_kept_pin_yields_its_equipped_table_to_an_interpreter_meeting() -> None:
    slots = (Slot(1, "am", BASE), Slot(2, "am", BASE + timedelta(minutes=20)))
    people = (
        Participant("p1"),
        Participant("p2"),
        Participant("p3", frozenset({2}), needs_interpreter=True),
        Participant("p4"),
    )
    meetings = (
        Meeting("x", "p1", "p2", 1, pinned_slot=1, pinned_table=1),
        Meeting("y", "p3", "p4", 3),
    )
    for moves in (True, False):
        problem = Problem("t", slots, 2, people, meetings, frozenset({1}), allow_moves=moves)
        result = solve(problem, time_limit=5)
        assert_valid(problem, result)
        placed = result.by_meeting()
        if moves:  # y can only be in slot 1 at the one equipped table, so x gives it up
            assert (placed["y"].slot, placed["y"].table) == (1, 1)
            assert "x" in placed
        else:  # x is fixed on that table: y cannot be held
            assert (placed["x"].slot, placed["x"].table) == (1, 1)
            assert result.unscheduled == ("y",)
