"""Interpreters per language pair and rooms that close: the solver, the checker, the repair."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from techbridge.engines.scheduling import (
    Assignment,
    InstanceError,
    Interpreter,
    Meeting,
    Participant,
    Problem,
    Room,
    Schedule,
    Slot,
    check_schedule,
    load_problem,
    load_schedule,
    problem_from_dict,
    save_schedule,
    solve,
)
from techbridge.engines.scheduling.checker import repair_changes
from techbridge.engines.scheduling.repair import repair

from .test_scheduling_engine import BASE

LANGS = ("zh", "en", "fr")


@st.composite
def events(draw: st.DrawFn) -> Problem:
    per, sessions = draw(st.integers(2, 4)), draw(st.integers(1, 2))
    slots = tuple(
        Slot(i + 1, f"s{i // per}", BASE + timedelta(hours=3 * (i // per), minutes=20 * i))
        for i in range(per * sessions)
    )
    ids = [s.id for s in slots]
    tables = draw(st.integers(1, 3))
    n = draw(st.integers(2, 6))
    languages = st.frozensets(st.sampled_from(LANGS), max_size=2)
    people = tuple(
        Participant(
            f"p{i}",
            draw(st.frozensets(st.sampled_from(ids), max_size=2)),
            draw(st.integers(0, 5)) == 0,
            None,
            draw(languages),
        )
        for i in range(n)
    )
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda x: x[0] != x[1]),
            unique_by=frozenset,
            max_size=10,
        )
    )
    meetings = tuple(
        Meeting(f"m{k}", f"p{a}", f"p{b}", draw(st.integers(1, 3)))
        for k, (a, b) in enumerate(pairs)
    )
    interpreters = tuple(
        Interpreter(
            f"i{k}",
            draw(st.frozensets(st.sampled_from(LANGS), min_size=1, max_size=2)),
            draw(st.frozensets(st.sampled_from(ids), max_size=2)),
        )
        for k in range(draw(st.integers(0, 2)))
    )
    equipped = draw(st.frozensets(st.integers(1, tables)))
    rooms = ()
    if draw(st.booleans()):
        rooms = (
            Room(
                "hall",
                draw(st.frozensets(st.integers(1, tables), min_size=1)),
                draw(st.frozensets(st.sampled_from(ids), max_size=2)),
            ),
        )
    return Problem("res", slots, tables, people, meetings, equipped, False, interpreters, rooms)


def _resources_respected(problem: Problem, schedule: Schedule) -> None:
    assert check_schedule(problem, schedule) == []
    talk = {m.id for m in problem.meetings if problem.needs_interpreter(m)}
    for a in schedule.assignments:
        assert a.table not in problem.closed_tables(a.slot)
        if a.meeting in talk and problem.interpreters:
            assert a.interpreter is not None


@settings(deadline=None, max_examples=30)
@given(events())
def test_every_schedule_respects_interpreters_and_rooms(problem: Problem) -> None:
    _resources_respected(problem, solve(problem, time_limit=3, seed=0, workers=1))


@settings(deadline=None, max_examples=20)
@given(events(), st.data(), st.integers(0, 2))
def test_a_repair_after_lost_interpreters_and_rooms_stays_within_budget(
    problem: Problem, data: st.DataObject, budget: int
) -> None:
    announced = solve(problem, time_limit=2, seed=0, workers=1)
    assume(announced.assignments)
    ids = [s.id for s in problem.slots]
    interpreters = tuple(
        replace(i, unavailable=i.unavailable | data.draw(st.frozensets(st.sampled_from(ids))))
        for i in problem.interpreters
    )
    rooms = tuple(
        replace(r, unavailable=r.unavailable | data.draw(st.frozensets(st.sampled_from(ids))))
        for r in problem.rooms
    )
    late = replace(problem, interpreters=interpreters, rooms=rooms)
    result = repair(late, announced, max_moves=budget, time_limit=2, seed=0, workers=1)
    _resources_respected(late, result.schedule)
    changes = repair_changes(late, announced, result.schedule)
    assert changes.moved_extra <= budget + changes.forced


def _pair_event(**changes: object) -> Problem:
    slots = (Slot(1, "am", BASE), Slot(2, "am", BASE + timedelta(minutes=20)))
    people = (
        Participant("zh1", languages=frozenset({"zh"})),
        Participant("en1", languages=frozenset({"en"})),
        Participant("zh2", languages=frozenset({"zh"})),
        Participant("fr1", languages=frozenset({"fr"})),
    )
    meetings = (Meeting("a", "zh1", "en1", 3), Meeting("b", "zh2", "fr1", 2))
    interpreters = (
        Interpreter("anna", frozenset({"zh", "en"})),
        Interpreter("luc", frozenset({"zh", "fr"}), frozenset({1})),
    )
    base = Problem("pairs", slots, 2, people, meetings, frozenset(), False, interpreters)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_each_meeting_gets_an_interpreter_for_its_language_pair() -> None:
    problem = _pair_event()
    result = solve(problem, time_limit=2)
    placed = result.by_meeting()
    assert placed["a"].interpreter == "anna"
    assert (placed["b"].slot, placed["b"].interpreter) == (2, "luc")  # luc is off in slot 1
    assert check_schedule(problem, result) == []


def test_without_a_covering_interpreter_a_meeting_cannot_be_held() -> None:
    problem = _pair_event(interpreters=(Interpreter("anna", frozenset({"zh", "en"})),))
    result = solve(problem, time_limit=2)
    assert result.unscheduled == ("b",)


@pytest.mark.parametrize(
    ("rows", "kind"),
    [
        ((Assignment("a", 1, 1, None), Assignment("b", 2, 1, "luc")), "no_interpreter"),
        ((Assignment("a", 1, 1, "luc"), Assignment("b", 2, 1, "luc")), "no_interpreter"),
        ((Assignment("a", 1, 1, "anna"), Assignment("b", 1, 2, "luc")), "interpreter_unavailable"),
        ((Assignment("a", 2, 1, "anna"), Assignment("b", 2, 2, "anna")), "no_interpreter"),
    ],
)
def test_the_checker_names_interpreter_faults(rows: tuple[Assignment, ...], kind: str) -> None:
    kinds = {v.kind for v in check_schedule(_pair_event(), Schedule(rows, ()))}
    assert kind in kinds


def test_the_checker_sees_one_interpreter_in_two_meetings_and_closed_rooms() -> None:
    people = (*_pair_event().participants, Participant("en2", languages=frozenset({"en"})))
    meetings = (Meeting("a", "zh1", "en1", 3), Meeting("c", "zh2", "en2", 1))
    problem = _pair_event(
        participants=people,
        meetings=meetings,
        rooms=(Room("hall", frozenset({2}), frozenset({1})),),
    )
    rows = (Assignment("a", 1, 1, "anna"), Assignment("c", 1, 2, "anna"))
    kinds = {v.kind for v in check_schedule(problem, Schedule(rows, ()))}
    assert {"interpreter_clash", "room_closed"} <= kinds


def test_a_repair_moves_a_meeting_whose_interpreter_left_and_keeps_the_rest() -> None:
    problem = _pair_event(
        interpreters=(
            Interpreter("anna", frozenset({"zh", "en"})),
            Interpreter("luc", frozenset({"zh", "fr"})),
        )
    )
    announced = Schedule((Assignment("a", 1, 1, "anna"), Assignment("b", 1, 2, "luc")), ())
    assert check_schedule(problem, announced) == []
    late = _pair_event()  # luc is now away in slot 1
    result = repair(late, announced, max_moves=0, time_limit=2)
    placed = result.schedule.by_meeting()
    assert (placed["a"].slot, placed["a"].interpreter) == (1, "anna")
    assert (placed["b"].slot, placed["b"].interpreter) == (2, "luc")
    assert result.stats.changes.forced == 1 and result.stats.changes.moved_extra == 1


def test_the_file_format_reads_and_writes_the_resource_keys(tmp_path: Path) -> None:
    data = {
        "name": "res",
        "tables": 2,
        "slots": [
            {"id": 1, "session": "am", "start": "2025-06-10T09:00:00+08:00"},
            {"id": 2, "session": "am", "start": "2025-06-10T09:20:00+08:00"},
        ],
        "participants": [
            {"id": "x", "unavailable": [], "languages": ["zh"]},
            {"id": "y", "unavailable": [], "languages": ["en"]},
        ],
        "meetings": [{"id": "m", "a": "x", "b": "y", "priority": 2}],
        "interpreters": [{"id": "i", "languages": ["zh", "en"], "unavailable": [1]}],
        "rooms": [{"id": "r", "tables": [1], "unavailable": [2]}],
    }
    (tmp_path / "i.json").write_text(json.dumps(data))
    problem = load_problem(tmp_path / "i.json")
    result = solve(problem, time_limit=2)
    assert [(a.slot, a.table, a.interpreter) for a in result.assignments] == [(2, 2, "i")]
    save_schedule(problem, result, tmp_path / "s.json")
    assert json.loads((tmp_path / "s.json").read_text())["assignments"][0]["interpreter"] == "i"
    assert load_schedule(tmp_path / "s.json").assignments == result.assignments
    for bad, message in (
        ({**data, "interpreters": [{"id": "i", "languages": []}]}, "languages"),
        ({**data, "rooms": [{"id": "r", "tables": [9]}]}, "not in 1..2"),
        ({**data, "rooms": [{"id": "r", "tables": [1]}, {"id": "s", "tables": [1]}]}, "in rooms"),
        (
            {**data, "interpreters": [{"id": "i", "languages": ["zh"], "unavailable": [7]}]},
            "unknown unavailable",
        ),
    ):
        with pytest.raises(InstanceError, match=message):
            problem_from_dict(bad)
