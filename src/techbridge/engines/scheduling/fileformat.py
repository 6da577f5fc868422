"""JSON instance and solution files (format `b2b-instance/1`, `b2b-solution/1`).

See /work/shared/bench/b2b/FORMAT.md. Extensions read here, ignored by other readers:
`interpreter_tables` (list of table numbers), `allow_moves` (bool), `participants[].interpreter`
(bool), `participants[].languages` (list of codes: zh, en, pt-BR), `interpreters` ([{"id",
"languages", "unavailable"}], available in at least one slot), `rooms` ([{"id", "tables",
"unavailable"}], no table in two rooms), `meetings[].pinned` ({"slot": id, "table": n,
"interpreter": id?}) and, in solutions, `assignments[].interpreter`.
Any defect raises InstanceError with a message naming the item; nothing is half-read.
"""

from __future__ import annotations

import gzip
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from .problem import (
    Assignment,
    InstanceError,
    Interpreter,
    Meeting,
    Participant,
    Problem,
    Room,
    Schedule,
    Slot,
)


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _get(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise InstanceError(f"{where}: missing key {key!r}")
    value = obj[key]
    ok = _is_int(value) if kind is int else isinstance(value, kind)
    if not ok:
        name = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise InstanceError(f"{where}: {key!r} must be {name}, got {type(value).__name__}")
    return value


def _objects(data: dict[str, Any], key: str, *, required: bool = True) -> list[dict[str, Any]]:
    if key not in data and not required:
        return []
    items = _get(data, key, list, "instance")
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise InstanceError(f"{key}[{i}] must be an object")
    return list(items)


def _slot(obj: dict[str, Any], i: int) -> Slot:
    where = f"slots[{i}]"
    sid = _get(obj, "id", int, where)
    session = _get(obj, "session", str, f"slot {sid}")
    text = _get(obj, "start", str, f"slot {sid}")
    try:
        start = datetime.fromisoformat(text)
    except ValueError:
        raise InstanceError(f"slot {sid}: start {text!r} is not an ISO 8601 date-time") from None
    if start.tzinfo is None:
        raise InstanceError(f"slot {sid}: start {text!r} has no UTC offset")
    return Slot(sid, session, start)


def _participant(obj: dict[str, Any], i: int) -> Participant:
    pid = _get(obj, "id", str, f"participants[{i}]")
    where = f"participant {pid}"
    un = _get(obj, "unavailable", list, where) if "unavailable" in obj else []
    if not all(_is_int(s) for s in un):
        raise InstanceError(f"{where}: unavailable must list integer slot ids")
    interp = _get(obj, "interpreter", bool, where) if "interpreter" in obj else False
    group = _get(obj, "group", str, where) if "group" in obj else None
    return Participant(pid, frozenset(un), interp, group, _languages(obj, where, required=False))


# A language code: ISO 639 (two or three lower-case letters), optionally with BCP 47 subtags
# (zh, en, zh-Hant, pt-BR). Anything else ("Chinese", "") is refused by name.
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def _languages(obj: dict[str, Any], where: str, *, required: bool) -> frozenset[str]:
    if "languages" not in obj and not required:
        return frozenset()
    langs = _get(obj, "languages", list, where)
    if not all(isinstance(x, str) and x for x in langs) or (required and not langs):
        raise InstanceError(f"{where}: languages must list language codes")
    unknown = sorted(x for x in langs if not LANGUAGE_CODE.fullmatch(x))
    if unknown:
        raise InstanceError(f"{where}: unknown language codes {unknown} (e.g. zh, en, de)")
    return frozenset(langs)


def _slot_ids(obj: dict[str, Any], key: str, where: str) -> frozenset[int]:
    ids = _get(obj, key, list, where) if key in obj else []
    if not all(_is_int(s) for s in ids):
        raise InstanceError(f"{where}: {key} must list integer ids")
    return frozenset(ids)


def _interpreter(obj: dict[str, Any], i: int) -> Interpreter:
    iid = _get(obj, "id", str, f"interpreters[{i}]")
    where = f"interpreter {iid}"
    langs = _languages(obj, where, required=True)
    return Interpreter(iid, langs, _slot_ids(obj, "unavailable", where))


def _room(obj: dict[str, Any], i: int) -> Room:
    rid = _get(obj, "id", str, f"rooms[{i}]")
    where = f"room {rid}"
    return Room(rid, _slot_ids(obj, "tables", where), _slot_ids(obj, "unavailable", where))


def _meeting(obj: dict[str, Any], i: int) -> Meeting:
    mid = _get(obj, "id", str, f"meetings[{i}]")
    where = f"meeting {mid}"
    a, b = _get(obj, "a", str, where), _get(obj, "b", str, where)
    prio = _get(obj, "priority", int, where) if "priority" in obj else 1
    slot = table = who = None
    if obj.get("pinned") is not None:
        pin = _get(obj, "pinned", dict, where)
        slot, table = (
            _get(pin, "slot", int, where + " pin"),
            _get(pin, "table", int, where + " pin"),
        )
        who = _get(pin, "interpreter", str, where + " pin") if "interpreter" in pin else None
    return Meeting(mid, a, b, prio, slot, table, who)


def problem_from_dict(data: object) -> Problem:
    """Build a Problem from a parsed instance object; InstanceError on any defect."""
    if not isinstance(data, dict):
        raise InstanceError("instance must be a JSON object")
    name = _get(data, "name", str, "instance") if "name" in data else ""
    tables = _get(data, "tables", int, "instance")
    if tables < 1:
        raise InstanceError(f"instance: tables must be >= 1, got {tables}")
    slots = tuple(_slot(o, i) for i, o in enumerate(_objects(data, "slots")))
    people = tuple(_participant(o, i) for i, o in enumerate(_objects(data, "participants")))
    meetings = tuple(_meeting(o, i) for i, o in enumerate(_objects(data, "meetings")))
    interp = (
        _get(data, "interpreter_tables", list, "instance") if "interpreter_tables" in data else []
    )
    if not all(_is_int(t) for t in interp):
        raise InstanceError("instance: interpreter_tables must list integer table numbers")
    moves = _get(data, "allow_moves", bool, "instance") if "allow_moves" in data else False
    interpreters = tuple(
        _interpreter(o, i) for i, o in enumerate(_objects(data, "interpreters", required=False))
    )
    rooms = tuple(_room(o, i) for i, o in enumerate(_objects(data, "rooms", required=False)))
    every = {s.id for s in slots}
    for interpreter in interpreters:
        if every and every <= interpreter.unavailable:
            raise InstanceError(f"interpreter {interpreter.id}: unavailable in every slot")
    return Problem(
        name, slots, tables, people, meetings, frozenset(interp), moves, interpreters, rooms
    )


def _read_json(path: str | Path) -> object:
    path = Path(path)
    try:
        if path.suffix == ".gz":
            with gzip.open(path, "rt", encoding="utf-8") as f:
                return json.load(f)
        with path.open(encoding="utf-8") as f:
            return json.load(f)
    except OSError as e:
        raise InstanceError(f"cannot read {path}: {e.strerror or e}") from None
    except (ValueError, EOFError) as e:
        raise InstanceError(f"{path} is not valid JSON: {e}") from None


def load_problem(path: str | Path) -> Problem:
    """Read an instance file (optionally gzip-compressed)."""
    return problem_from_dict(_read_json(path))


def schedule_to_dict(
    problem: Problem, schedule: Schedule, solver: str = "techbridge"
) -> dict[str, Any]:
    """The solution object of FORMAT.md."""
    return {
        "format": "b2b-solution/1",
        "instance": problem.name,
        "assignments": [_row(a) for a in schedule.assignments],
        "unscheduled": list(schedule.unscheduled),
        "solver": {"name": solver, "seconds": round(schedule.stats.seconds, 3)},
    }


def _row(a: Assignment) -> dict[str, Any]:
    row: dict[str, Any] = {"meeting": a.meeting, "slot": a.slot, "table": a.table}
    if a.interpreter is not None:
        row["interpreter"] = a.interpreter
    return row


def save_schedule(problem: Problem, schedule: Schedule, path: str | Path) -> None:
    """Write the solution file (atomically: a temporary file, then a rename)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(schedule_to_dict(problem, schedule)) + "\n", encoding="utf-8")
    tmp.replace(path)


def schedule_from_dict(data: object) -> Schedule:
    """Read a solution object (no checking beyond types: use check_schedule for that)."""
    if not isinstance(data, dict):
        raise InstanceError("solution must be a JSON object")
    rows = _objects(data, "assignments")
    out = tuple(
        Assignment(
            _get(r, "meeting", str, f"assignments[{i}]"),
            _get(r, "slot", int, f"assignments[{i}]"),
            _get(r, "table", int, f"assignments[{i}]"),
            _get(r, "interpreter", str, f"assignments[{i}]") if "interpreter" in r else None,
        )
        for i, r in enumerate(rows)
    )
    un = _get(data, "unscheduled", list, "solution") if "unscheduled" in data else []
    if not all(isinstance(x, str) for x in un):
        raise InstanceError("solution: unscheduled must list meeting ids")
    return Schedule(out, tuple(un))


def load_schedule(path: str | Path) -> Schedule:
    return schedule_from_dict(_read_json(path))
