"""An independent checker: verifies a Schedule against its Problem, rule by rule.

Written apart from the solvers and kept deliberately plain (dictionaries, one loop per rule,
holes counted on a pattern string) so that it is easy to convince oneself it is right. `solve`
runs it on every schedule before returning.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .problem import Assignment, Problem, Schedule

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
        needs = people[m.a].needs_interpreter or people[m.b].needs_interpreter
        if where and needs and where[1] not in problem.interpreter_tables:
            msg = f"{m.id} needs an interpreter table, got {where[1]}"
            out.append(Violation("interpreter", msg, m.id, where[0]))
        if m.pinned and not problem.allow_moves and where != (m.pinned_slot, m.pinned_table):
            out.append(Violation("pin_moved", f"pinned {m.id} is not at its slot and table", m.id))
    return out


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
    hit). `changes` = moved_extra + dropped_extra, what a repair's budget K limits."""

    kept: int
    hit: int
    moved: int
    moved_extra: int
    retabled: int
    dropped: int
    dropped_extra: int

    @property
    def changes(self) -> int:
        return self.moved_extra + self.dropped_extra


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
    )
