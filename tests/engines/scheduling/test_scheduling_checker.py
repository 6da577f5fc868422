"""The independent checker catches each kind of violation and counts holes as FORMAT.md says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from techbridge.engines.scheduling import (
    Assignment,
    Meeting,
    Participant,
    Problem,
    Schedule,
    Slot,
    check_schedule,
    count_holes,
)

BASE = datetime(2025, 6, 10, 9, tzinfo=UTC)


def event(**changes: object) -> Problem:
    """Slots 1-3 in session am, 4-5 in pm; 2 tables, table 2 has an interpreter."""
    slots = tuple(Slot(i, "am" if i <= 3 else "pm", BASE + timedelta(hours=i)) for i in range(1, 6))
    people = (
        Participant("a"),
        Participant("b", frozenset({3})),
        Participant("c"),
        Participant("d", needs_interpreter=True),
    )
    meetings = (
        Meeting("ab", "a", "b", 3),
        Meeting("ac", "a", "c", 2),
        Meeting("bc", "b", "c", 1),
        Meeting("cd", "c", "d", 1),
        Meeting("pin", "a", "d", 2, pinned_slot=5, pinned_table=2),
    )
    fields: dict[str, object] = {
        "name": "e",
        "slots": slots,
        "tables": 2,
        "participants": people,
        "meetings": meetings,
        "interpreter_tables": frozenset({2}),
    }
    fields.update(changes)
    return Problem(**fields)  # type: ignore[arg-type]


GOOD = (
    Assignment("ab", 1, 1),
    Assignment("ac", 2, 1),
    Assignment("bc", 4, 1),
    Assignment("cd", 1, 2),
    Assignment("pin", 5, 2),
)


def kinds(rows: tuple[Assignment, ...], unscheduled: tuple[str, ...] = ()) -> list[str]:
    return sorted(v.kind for v in check_schedule(event(), Schedule(rows, unscheduled)))


def test_a_feasible_schedule_has_no_violations() -> None:
    assert kinds(GOOD) == []


def swap(row: Assignment) -> tuple[Assignment, ...]:
    return tuple(row if a.meeting == row.meeting else a for a in GOOD)


@pytest.mark.parametrize(
    ("rows", "unscheduled", "expected"),
    [
        ((*GOOD, Assignment("zz", 1, 1)), (), ["unknown_meeting"]),
        (GOOD, ("nope",), ["unknown_meeting"]),
        ((*GOOD, Assignment("ab", 2, 2)), (), ["duplicate_meeting"]),
        (GOOD, ("ab",), ["duplicate_meeting"]),
        (GOOD[1:], (), ["missing_meeting"]),
        (swap(Assignment("bc", 9, 1)), (), ["unknown_slot"]),
        (swap(Assignment("bc", 4, 3)), (), ["bad_table"]),
        (
            swap(Assignment("bc", 1, 1)),
            (),
            ["capacity", "double_booking", "double_booking", "table_clash"],
        ),
        (swap(Assignment("ab", 3, 1)), (), ["unavailable"]),
        (swap(Assignment("cd", 2, 2)), (), ["double_booking"]),
        (swap(Assignment("cd", 3, 1)), (), ["interpreter"]),
        (swap(Assignment("pin", 4, 2)), (), ["pin_moved"]),
        (GOOD[:4], ("pin",), ["pin_moved"]),
    ],
)
def test_each_violation_kind_is_caught(
    rows: tuple[Assignment, ...], unscheduled: tuple[str, ...], expected: list[str]
) -> None:
    assert kinds(rows, unscheduled) == expected


def test_capacity_counts_meetings_per_slot() -> None:
    problem = event(tables=1, interpreter_tables=frozenset({1}), meetings=event().meetings[:4])
    rows = (Assignment("ab", 1, 1), Assignment("cd", 1, 1), Assignment("ac", 2, 1))
    found = sorted(v.kind for v in check_schedule(problem, Schedule(rows, ("bc",))))
    assert found == ["capacity", "table_clash"]


@pytest.mark.parametrize(
    ("pattern", "holes"),
    [
        ("MFFM", 1),
        ("MFMFM", 2),
        ("FMMF", 0),
        ("MUM", 0),
        ("MFUFM", 2),
        ("MUFM", 1),
        ("FFFF", 0),
        ("UMFFU", 0),
    ],
)
def test_holes_follow_the_format_examples(pattern: str, holes: int) -> None:
    n = len(pattern)
    slots = tuple(Slot(i + 1, "s", BASE + timedelta(minutes=20 * i)) for i in range(n))
    unavailable = frozenset(i + 1 for i, ch in enumerate(pattern) if ch == "U")
    people = (Participant("p", unavailable), *(Participant(f"q{i}") for i in range(n)))
    meetings = tuple(Meeting(f"m{i}", "p", f"q{i}") for i in range(n))
    rows = tuple(Assignment(f"m{i}", i + 1, 1) for i, ch in enumerate(pattern) if ch == "M")
    unscheduled = tuple(f"m{i}" for i, ch in enumerate(pattern) if ch != "M")
    problem = Problem("h", slots, 1, people, meetings)
    schedule = Schedule(rows, unscheduled)
    assert check_schedule(problem, schedule) == []
    assert count_holes(problem, schedule) == holes


def test_sessions_are_ordered_by_start_not_by_id() -> None:
    slots = (
        Slot(1, "s", BASE + timedelta(minutes=40)),
        Slot(2, "s", BASE),
        Slot(3, "s", BASE + timedelta(minutes=20)),
    )
    problem = Problem("o", slots, 1, (Participant("p"), Participant("q"), Participant("r")),
                      (Meeting("x", "p", "q"), Meeting("y", "p", "r")))  # fmt: skip
    # slot 1 is last in session order: meetings in slots 2 and 1 leave slot 3 as a hole
    holey = Schedule((Assignment("x", 2, 1), Assignment("y", 1, 1)), ())
    tight = Schedule((Assignment("x", 2, 1), Assignment("y", 3, 1)), ())
    assert count_holes(problem, holey) == 1
    assert count_holes(problem, tight) == 0
