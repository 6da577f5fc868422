"""The first step of a repair: compare the announced schedule with the changed event, pin
the anchored meetings and find those that must move (`plan_repair`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .checker import check_schedule
from .problem import (
    Assignment,
    InstanceError,
    Meeting,
    Problem,
    Schedule,
    interpreter_matching,
)


class RepairError(InstanceError):
    """The previous schedule cannot be the announced schedule of this event (the message says
    why), or the repair was asked something impossible (a negative budget)."""


@dataclass(frozen=True)
class RepairPlan:
    """The changed event with each anchored meeting pinned at its announced slot and table
    (`allow_moves`: the pins are anchors, not constraints), and what the comparison found."""

    problem: Problem
    kept: frozenset[str]
    hit: frozenset[str]
    cancelled: tuple[str, ...]
    unchanged: bool
    displaced: frozenset[str] = frozenset()  # kept, not hit, but their slot lost resources

    @property
    def anchored(self) -> int:
        return len(self.kept) - len(self.hit) - len(self.displaced)


def plan_repair(problem: Problem, previous: Schedule) -> RepairPlan:
    """Compare the announced schedule with the changed event; RepairError when it does not
    belong to it (no meeting in common with the event, a meeting listed twice,
    an unknown slot, a table out of range, two meetings at one table, a participant booked
    twice in a slot)."""
    if problem.allow_moves or any(m.pinned for m in problem.meetings):
        raise RepairError("the changed event must not carry pins: the announced schedule does")
    meetings = {m.id: m for m in problem.meetings}
    listed = [a.meeting for a in previous.assignments]
    if len(set(listed)) != len(listed):
        dup = next(mid for mid in listed if listed.count(mid) > 1)
        raise RepairError(f"previous schedule lists meeting {dup} twice")
    kept = {a.meeting: a for a in previous.assignments if a.meeting in meetings}
    if listed and not kept:
        raise RepairError("previous schedule shares no meeting with this event")
    _check_previous(problem, kept, meetings)
    people = {p.id: p for p in problem.participants}
    hit = {
        mid
        for mid, a in kept.items()
        if a.slot in people[meetings[mid].a].unavailable
        or a.slot in people[meetings[mid].b].unavailable
    }
    displaced = _displaced(problem, kept, hit)
    pinned = tuple(
        replace(
            m,
            pinned_slot=kept[m.id].slot,
            pinned_table=kept[m.id].table,
            pinned_interpreter=kept[m.id].interpreter,
        )
        if m.id in kept and m.id not in hit and m.id not in displaced
        else m
        for m in problem.meetings
    )
    cancelled = tuple(mid for mid in listed if mid not in meetings)
    listed_all = set(listed) | set(previous.unscheduled)
    unchanged = (
        not hit and not displaced and not cancelled and listed_all == set(meetings)
        and not check_schedule(problem, Schedule(previous.assignments, previous.unscheduled))
    )  # fmt: skip
    return RepairPlan(
        replace(problem, meetings=pinned, allow_moves=True),
        frozenset(kept),
        frozenset(hit),
        cancelled,
        unchanged,
        frozenset(displaced),
    )


def _displaced(problem: Problem, kept: dict[str, Assignment], hit: set[str]) -> set[str]:
    """Announced meetings that cannot all stay in their slot any more because tables or
    interpreters were lost there: per slot, the meetings are kept by priority while they fit
    (tables open, equipped tables, an interpreter each); the others must move or go. The
    fitting sets form a matroid, so this keeps as many as possible, the most important first."""
    by_slot: dict[int, list[Meeting]] = {}
    meetings = {m.id: m for m in problem.meetings}
    for mid, a in kept.items():
        if mid not in hit:
            by_slot.setdefault(a.slot, []).append(meetings[mid])
    out: set[str] = set()
    need_equipped = bool(problem.interpreter_tables) or not problem.interpreters
    for slot, group in by_slot.items():
        open_tables = problem.open_tables(slot)
        equipped = sum(1 for t in open_tables if t in problem.interpreter_tables)
        stay: list[Meeting] = []
        interpreted: list[Meeting] = []
        for m in sorted(group, key=lambda m: (-m.priority, m.id)):
            fits = len(stay) < len(open_tables)
            if fits and problem.needs_interpreter(m):
                fits = not need_equipped or len(interpreted) < equipped
                if fits and problem.interpreters:
                    fits = interpreter_matching(problem, slot, [*interpreted, m]) is not None
                if fits:
                    interpreted.append(m)
            if fits:
                stay.append(m)
            else:
                out.add(m.id)
    return out


def _check_previous(problem: Problem, kept: dict, meetings: dict) -> None:  # type: ignore[type-arg]
    slot_ids = {s.id for s in problem.slots}
    tables: dict[tuple[int, int], str] = {}
    booked: dict[tuple[str, int], str] = {}
    for mid, a in kept.items():
        if a.slot not in slot_ids:
            raise RepairError(f"previous schedule puts {mid} in slot {a.slot}, unknown here")
        if not 1 <= a.table <= problem.tables:
            raise RepairError(f"previous schedule puts {mid} at table {a.table}, not in "
                              f"1..{problem.tables}")  # fmt: skip
        if (a.slot, a.table) in tables:
            raise RepairError(f"previous schedule puts {tables[a.slot, a.table]} and {mid} at "
                              f"table {a.table} in slot {a.slot}")  # fmt: skip
        tables[a.slot, a.table] = mid
        for pid in (meetings[mid].a, meetings[mid].b):
            if (pid, a.slot) in booked:
                raise RepairError(f"previous schedule books {pid} twice in slot {a.slot} "
                                  f"({booked[pid, a.slot]} and {mid})")  # fmt: skip
            booked[pid, a.slot] = mid
