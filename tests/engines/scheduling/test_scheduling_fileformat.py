"""Instance files: a round trip for good ones, a clear InstanceError for every bad one."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from techbridge.engines.scheduling import (
    InstanceError,
    check_schedule,
    load_problem,
    load_schedule,
    problem_from_dict,
    save_schedule,
    solve,
)

GOOD: dict[str, Any] = {
    "format": "b2b-instance/1",
    "name": "tiny",
    "slot_minutes": 20,
    "tables": 2,
    "interpreter_tables": [2],
    "slots": [
        {"id": 1, "session": "am", "start": "2025-06-10T09:00:00+08:00"},
        {"id": 2, "session": "am", "start": "2025-06-10T09:20:00+08:00"},
        {"id": 3, "session": "am", "start": "2025-06-10T09:40:00+08:00"},
    ],
    "participants": [
        {"id": "p1", "unavailable": [3]},
        {"id": "p2", "unavailable": [], "interpreter": True},
        {"id": "p3", "unavailable": [], "group": "B"},
    ],
    "meetings": [
        {"id": "m1", "a": "p1", "b": "p2", "priority": 3},
        {"id": "m2", "a": "p2", "b": "p3", "priority": 1, "pinned": {"slot": 3, "table": 2}},
        {"id": "m3", "a": "p1", "b": "p3", "priority": 2},
    ],
    "unknown_key": {"ignored": True},
}


def test_good_instance_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "i.json"
    path.write_text(json.dumps(GOOD))
    problem = load_problem(path)
    assert problem.name == "tiny"
    assert problem.participant("p2").needs_interpreter
    assert problem.meetings[1].pinned_slot == 3
    schedule = solve(problem, time_limit=5)
    out = tmp_path / "s.json"
    save_schedule(problem, schedule, out)
    again = load_schedule(out)
    assert check_schedule(problem, again) == []
    assert again.by_meeting()["m2"].slot == 3
    assert json.loads(out.read_text())["instance"] == "tiny"


def mutate(path: str, value: Any) -> dict[str, Any]:
    """A copy of GOOD with the item at a dotted path replaced (value DELETE removes it)."""
    data = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    target: Any = data
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    if value is DELETE:
        del target[int(last) if last.isdigit() else last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return data


DELETE = object()

BAD = [
    ("tables", DELETE, "missing key 'tables'"),
    ("slots", DELETE, "missing key 'slots'"),
    ("tables", "2", "'tables' must be int"),
    ("tables", True, "'tables' must be int"),
    ("tables", -1, "tables must be >= 1"),
    ("tables", 0, "tables must be >= 1"),
    ("slots", [], "at least one slot"),
    ("slots", {"id": 1}, "'slots' must be list"),
    ("slots.0", "x", "slots[0] must be an object"),
    ("slots.1.id", 1, "duplicate slot id 1"),
    ("slots.0.id", 1.5, "'id' must be int"),
    ("slots.0.start", "yesterday", "not an ISO 8601"),
    ("slots.0.start", "2025-06-10T09:00:00", "no UTC offset"),
    ("slots.0.session", 7, "'session' must be str"),
    ("participants.1.id", "p1", "duplicate participant id 'p1'"),
    ("participants.0.unavailable", [9], "unknown unavailable slots [9]"),
    ("participants.0.unavailable", "3", "'unavailable' must be list"),
    ("participants.0.interpreter", "yes", "'interpreter' must be bool"),
    ("meetings.0.a", "p9", "unknown participant 'p9'"),
    ("meetings.0.b", "p1", "cannot meet themselves"),
    ("meetings.2.id", "m1", "duplicate meeting id 'm1'"),
    ("meetings.2.a", "p3", "cannot meet themselves"),
    ("meetings.2.b", "p2", "already requested"),
    ("meetings.0.priority", 4, "priority 4 not in 1..3"),
    ("meetings.0.priority", -1, "priority -1 not in 1..3"),
    ("meetings.0.priority", "high", "'priority' must be int"),
    ("meetings.0.b", DELETE, "missing key 'b'"),
    ("meetings.1.pinned", {"slot": 3}, "missing key 'table'"),
    ("meetings.1.pinned", {"slot": 7, "table": 1}, "unknown slot 7"),
    ("meetings.1.pinned", {"slot": 3, "table": 5}, "pinned table 5 not in 1..2"),
    ("meetings.1.pinned", {"slot": 3, "table": 1}, "without interpreter"),
    ("meetings.0.pinned", {"slot": 3, "table": 2}, "unavailable"),
    ("interpreter_tables", [3], "interpreter tables [3]"),
    ("allow_moves", "no", "'allow_moves' must be bool"),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD)
def test_bad_instances_raise_instance_error(path: str, value: Any, message: str) -> None:
    with pytest.raises(InstanceError, match=message.replace("[", r"\[").replace("]", r"\]")):
        problem_from_dict(mutate(path, value))


def test_pins_that_clash_are_rejected() -> None:
    data = mutate("meetings.2.pinned", {"slot": 3, "table": 2})
    data["participants"][0]["unavailable"] = []
    with pytest.raises(InstanceError, match="pinned to one table"):
        problem_from_dict(data)


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "not valid JSON"), ("[1, 2]", "must be a JSON object"), ("", "not valid JSON")],
)
def test_unreadable_files_raise_instance_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(InstanceError, match=message):
        load_problem(path)


def test_missing_file_raises_instance_error(tmp_path: Path) -> None:
    with pytest.raises(InstanceError, match="cannot read"):
        load_problem(tmp_path / "absent.json")
