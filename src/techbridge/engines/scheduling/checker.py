"""An independent checker: verifies a Schedule against its Problem, rule by rule.

Written apart from the solvers and kept deliberately plain (dictionaries, one loop per rule,
holes counted on a pattern string) so that it is easy to convince oneself it is right. `solve`
runs it on every schedule before returning.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .problem import Assignment, Meeting, Participant, Problem, Schedule

VIOLATION_KINDS = (
    "unknown_meeting",
    "duplicate_meeting",
    "missing_meeting",
    "unknown_slot",
    "bad_table",
    "table_clash",
    "capacity",
    "unavailable",
    "double_booking",
    "interpreter",
    "pin_moved",
    "room_closed",
    "no_interpreter",
    "interpreter_unavailable",
    "interpreter_clash",
)


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule; `kind` is one of VIOLATION_KINDS."""

    kind: str
    message: str
    meeting: str | None = None
    slot: int | None = None
    participant: str | None = None


def check_schedule(problem: Problem, schedule: Schedule) -> list[Violation]:
    """Every rule the schedule breaks (an empty list means feasible)."""
    placed, out = _check_listing(problem, schedule)
    out += _check_tables(problem, placed)
    out += _check_people(problem, placed)
    out += _check_interpreters_and_pins(problem, placed)
    out += _check_rooms(problem, placed)
    if problem.interpreters:
        out += _check_interpreter_people(problem, schedule, placed)
    return out


def _closed(problem: Problem) -> set[tuple[int, int]]:
    """(slot, table) pairs whose room is closed."""
    return {(slot, t) for r in problem.rooms for slot in r.unavailable for t in r.tables}


def _check_rooms(problem: Problem, placed: dict[str, tuple[int, int]]) -> list[Violation]:
    closed = _closed(problem)
    out = []
    for mid, (slot, table) in placed.items():
        if (slot, table) in closed:
            msg = f"{mid}: table {table}'s room is closed in slot {slot}"
            out.append(Violation("room_closed", msg, mid, slot))
    return out


def _check_interpreter_people(
    problem: Problem, schedule: Schedule, placed: dict[str, tuple[int, int]]
) -> list[Violation]:
    """Each meeting that needs interpretation has an interpreter who speaks a language of
    each side (a side with no known language: any), is available in the slot and interprets
    no other meeting then."""
    out: list[Violation] = []
    meetings = {m.id: m for m in problem.meetings}
    people = {p.id: p for p in problem.participants}
    who = {i.id: i for i in problem.interpreters}
    busy: dict[tuple[str, int], str] = {}
    for a in schedule.assignments:
        if a.meeting not in placed or placed[a.meeting] != (a.slot, a.table):
            continue  # a duplicate or unknown row, reported elsewhere
        m = meetings[a.meeting]
        sides = (people[m.a], people[m.b])
        if not _needs(*sides):
            continue
        i = who.get(a.interpreter or "")
        if i is None or any(p.languages and not p.languages & i.languages for p in sides):
            msg = f"{m.id} needs an interpreter for its two sides, got {a.interpreter!r}"
            out.append(Violation("no_interpreter", msg, m.id, a.slot))
            continue
        if a.slot in i.unavailable:
            msg = f"{m.id}: interpreter {i.id} is unavailable in slot {a.slot}"
            out.append(Violation("interpreter_unavailable", msg, m.id, a.slot))
        if (i.id, a.slot) in busy:
            msg = f"interpreter {i.id} has {busy[i.id, a.slot]} and {m.id} in slot {a.slot}"
            out.append(Violation("interpreter_clash", msg, m.id, a.slot))
        busy[i.id, a.slot] = m.id
    return out


def _check_listing(
    problem: Problem, schedule: Schedule
) -> tuple[dict[str, tuple[int, int]], list[Violation]]:
    """Each meeting listed exactly once; returns {meeting: (slot, table)} of the known ones."""
    out: list[Violation] = []
    meetings = {m.id for m in problem.meetings}
    slot_ids = {s.id for s in problem.slots}
    placed: dict[str, tuple[int, int]] = {}
    listed: set[str] = set()
    rows: list[tuple[str, Assignment | None]] = [(a.meeting, a) for a in schedule.assignments]
    rows += [(mid, None) for mid in schedule.unscheduled]
    for mid, a in rows:
        if mid not in meetings:
            out.append(Violation("unknown_meeting", f"unknown meeting {mid!r}", mid))
        elif mid in listed:
            out.append(Violation("duplicate_meeting", f"{mid} listed twice", mid))
        elif a is not None and a.slot not in slot_ids:
            listed.add(mid)
            out.append(Violation("unknown_slot", f"{mid} in unknown slot {a.slot!r}", mid))
        else:
            listed.add(mid)
            if a is not None:
                placed[mid] = (a.slot, a.table)
    for mid in meetings - listed:
        out.append(Violation("missing_meeting", f"{mid} neither scheduled nor unscheduled", mid))
    return placed, out


def _check_interpreters_and_pins(
    problem: Problem, placed: dict[str, tuple[int, int]]
) -> list[Violation]:
    out: list[Violation] = []
    people = {p.id: p for p in problem.participants}
    for m in problem.meetings:
        where = placed.get(m.id)
        needs = _needs(people[m.a], people[m.b])
        equipped_needed = bool(problem.interpreter_tables) or not problem.interpreters
        if where and needs and equipped_needed and where[1] not in problem.interpreter_tables:
            msg = f"{m.id} needs an interpreter table, got {where[1]}"
            out.append(Violation("interpreter", msg, m.id, where[0]))
        if m.pinned and not problem.allow_moves and where != (m.pinned_slot, m.pinned_table):
            out.append(Violation("pin_moved", f"pinned {m.id} is not at its slot and table", m.id))
    return out


def _needs(a: Participant, b: Participant) -> bool:
    """A meeting needs interpretation: asked for, or two known languages with none shared."""
    if a.needs_interpreter or b.needs_interpreter:
        return True
    return bool(a.languages and b.languages and not a.languages & b.languages)


def _check_tables(problem: Problem, placed: dict[str, tuple[int, int]]) -> list[Violation]:
    out: list[Violation] = []
    at: dict[tuple[int, int], list[str]] = defaultdict(list)
    per_slot: dict[int, int] = defaultdict(int)
    for mid, (slot, table) in placed.items():
        if (
            not isinstance(table, int)
            or isinstance(table, bool)
            or not 1 <= table <= problem.tables
        ):
            out.append(
                Violation(
                    "bad_table", f"{mid}: table {table!r} not in 1..{problem.tables}", mid, slot
                )
            )
            continue
        at[slot, table].append(mid)
        per_slot[slot] += 1
    for (slot, table), mids in at.items():
        if len(mids) > 1:
            out.append(
                Violation("table_clash", f"slot {slot} table {table} holds {mids}", None, slot)
            )
    for slot, n in per_slot.items():
        if n > problem.tables:
            out.append(
                Violation("capacity", f"slot {slot} holds {n} > {problem.tables}", None, slot)
            )
    return out


def _check_people(problem: Problem, placed: dict[str, tuple[int, int]]) -> list[Violation]:
    out: list[Violation] = []
    meetings = {m.id: m for m in problem.meetings}
    people = {p.id: p for p in problem.participants}
    seen: dict[tuple[str, int], str] = {}
    for mid, (slot, _table) in placed.items():
        for pid in (meetings[mid].a, meetings[mid].b):
            if slot in people[pid].unavailable:
                out.append(
                    Violation(
                        "unavailable", f"{mid} in slot {slot}: {pid} unavailable", mid, slot, pid
                    )
                )
            if (pid, slot) in seen:
                msg = f"{pid} has {seen[pid, slot]} and {mid} in slot {slot}"
                out.append(Violation("double_booking", msg, mid, slot, pid))
            seen[pid, slot] = mid
    return out


def count_holes(problem: Problem, schedule: Schedule) -> int:
    """Holes: per participant and session, the runs of free slots between two meetings.

    Each slot of a session becomes M (meeting), U (unavailable, no meeting) or F (free); the
    holes are the F-runs inside the stretch from the first M to the last M.
    """
    meetings = {m.id: m for m in problem.meetings}
    busy: dict[str, set[int]] = defaultdict(set)
    for a in schedule.assignments:
        if a.meeting in meetings:
            busy[meetings[a.meeting].a].add(a.slot)
            busy[meetings[a.meeting].b].add(a.slot)
    sessions = problem.session_order()
    total = 0
    for p in problem.participants:
        for order in sessions.values():
            pattern = "".join(
                "M" if s in busy[p.id] else "U" if s in p.unavailable else "F" for s in order
            )
            inner = pattern.strip("FU")
            total += len(re.findall("F+", inner))
    return total


def priority_scheduled(problem: Problem, schedule: Schedule) -> int:
    """Sum of the priorities of the scheduled meetings."""
    prio = {m.id: m.priority for m in problem.meetings}
    return sum(prio.get(a.meeting, 0) for a in schedule.assignments)


@dataclass(frozen=True, slots=True)
class RepairChanges:
    """What a repaired schedule changed for the announced meetings (the figures of the
    benchmark's check_repair.py): `kept` announced meetings still in the event, `hit` ones
    whose announced slot is now impossible (a side unavailable, or the slot gone), `moved`
    (now in another slot), `moved_extra` (moved although not hit), `retabled` (same slot,
    other table), `dropped` (no longer scheduled) and `dropped_extra` (dropped although not
    hit). `forced` counts the announced meetings that cannot all stay in their slot because
    tables or interpreters were lost there (per slot: those there minus the most that still
    fit); a repair with budget K moves at most K + forced meetings that were not hit."""

    kept: int
    hit: int
    moved: int
    moved_extra: int
    retabled: int
    dropped: int
    dropped_extra: int
    forced: int = 0


def repair_changes(problem: Problem, previous: Schedule, new: Schedule) -> RepairChanges:
    """Compare the announced schedule with a repaired one, meeting by meeting."""
    meetings = {m.id: m for m in problem.meetings}
    people = {p.id: p for p in problem.participants}
    slot_ids = {s.id for s in problem.slots}
    before = {a.meeting: (a.slot, a.table) for a in previous.assignments}
    after = {a.meeting: (a.slot, a.table) for a in new.assignments}
    kept = [mid for mid in before if mid in meetings]
    hit = {
        mid
        for mid in kept
        if before[mid][0] not in slot_ids
        or before[mid][0] in people[meetings[mid].a].unavailable
        or before[mid][0] in people[meetings[mid].b].unavailable
    }
    moved = [mid for mid in kept if mid in after and after[mid][0] != before[mid][0]]
    dropped = [mid for mid in kept if mid not in after]
    staying: dict[int, list[str]] = defaultdict(list)
    for mid in kept:
        if mid not in hit:
            staying[before[mid][0]].append(mid)
    forced = sum(len(mids) - _most_that_fit(problem, slot, mids) for slot, mids in staying.items())
    return RepairChanges(
        kept=len(kept),
        hit=len(hit),
        moved=len(moved),
        moved_extra=sum(1 for mid in moved if mid not in hit),
        retabled=sum(
            1
            for mid in kept
            if mid in after and after[mid][0] == before[mid][0] and after[mid][1] != before[mid][1]
        ),
        dropped=len(dropped),
        dropped_extra=sum(1 for mid in dropped if mid not in hit),
        forced=forced,
    )


def _most_that_fit(problem: Problem, slot: int, mids: list[str]) -> int:
    """How many of these meetings one slot can hold: open tables, and for those needing
    interpretation, equipped tables (when required) and a matching to the interpreters
    available then (plain augmenting paths)."""
    meetings = {m.id: m for m in problem.meetings}
    people = {p.id: p for p in problem.participants}
    closed = {t for r in problem.rooms if slot in r.unavailable for t in r.tables}
    open_count = problem.tables - len(closed)
    talk = [mid for mid in mids if _needs(people[meetings[mid].a], people[meetings[mid].b])]
    plain = len(mids) - len(talk)
    if problem.interpreter_tables or not problem.interpreters:
        limit = len(problem.interpreter_tables - closed)
    else:
        limit = len(talk)
    if problem.interpreters:
        limit = min(limit, _matching_size(problem, slot, [meetings[mid] for mid in talk]))
    return min(open_count, plain + min(len(talk), limit))


def _matching_size(problem: Problem, slot: int, meetings: list[Meeting]) -> int:
    people = {p.id: p for p in problem.participants}
    able = {
        m.id: [
            i.id
            for i in problem.interpreters
            if slot not in i.unavailable
            and all(
                not p.languages or p.languages & i.languages for p in (people[m.a], people[m.b])
            )
        ]
        for m in meetings
    }
    owner: dict[str, str] = {}

    def augment(mid: str, seen: set[str]) -> bool:
        for iid in able[mid]:
            if iid not in seen:
                seen.add(iid)
                if iid not in owner or augment(owner[iid], seen):
                    owner[iid] = mid
                    return True
        return False

    return sum(1 for m in meetings if augment(m.id, set()))
