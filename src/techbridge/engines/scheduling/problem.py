"""The scheduling engine's vocabulary: frozen dataclasses in (Problem) and out (Schedule).

A Problem is validated when it is built, so every solver and the checker may rely on its
invariants: unique ids, known references, two different participants per meeting, no repeated
pair, priorities 1..3, consistent pins. A violation raises InstanceError with a message that
names the offending item.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

MIN_PRIORITY = 1
MAX_PRIORITY = 3


class InstanceError(ValueError):
    """The problem (or the instance file it came from) breaks a rule; the message says which."""


@dataclass(frozen=True, slots=True)
class Slot:
    """One time slot; slots sharing `session` form a session, ordered by (start, id)."""

    id: int
    session: str
    start: datetime


@dataclass(frozen=True, slots=True)
class Participant:
    """A person (or delegation) with meetings. `unavailable` holds slot ids; `languages` the
    languages they speak (empty: unknown); `needs_interpreter` asks for one in every meeting."""

    id: str
    unavailable: frozenset[int] = frozenset()
    needs_interpreter: bool = False
    group: str | None = None
    languages: frozenset[str] = frozenset()


def can_interpret(languages: Set[str], a: Set[str], b: Set[str]) -> bool:
    """Whether someone working in `languages` can interpret between two sides speaking `a`
    and `b` (a side with no known language only needs the interpreter there)."""
    return all(not side or side & languages for side in (a, b))


def needs_interpretation(a_asks: bool, a: Set[str], b_asks: bool, b: Set[str]) -> bool:
    """Whether a meeting needs an interpreter: a side asks for one, or both sides' languages
    are known and they share none."""
    return a_asks or b_asks or bool(a and b and not a & b)


@dataclass(frozen=True, slots=True)
class Interpreter:
    """An interpreter: the languages they work in and the slots they cannot work. They serve
    one meeting per slot, one whose two sides each speak one of their languages."""

    id: str
    languages: frozenset[str]
    unavailable: frozenset[int] = frozenset()

    def covers(self, a: Participant, b: Participant) -> bool:
        """Whether they can interpret between a and b (a side with no known language only
        needs the interpreter there)."""
        return can_interpret(self.languages, a.languages, b.languages)


@dataclass(frozen=True, slots=True)
class Room:
    """A room holding some of the tables; closed in its `unavailable` slots (its tables
    cannot be used there). Tables in no room are always open."""

    id: str
    tables: frozenset[int]
    unavailable: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class Meeting:
    """An accepted one-to-one meeting. A pinned meeting (already announced) has both
    `pinned_slot` and `pinned_table`; it stays there unless the problem allows moves."""

    id: str
    a: str
    b: str
    priority: int = 1
    pinned_slot: int | None = None
    pinned_table: int | None = None
    pinned_interpreter: str | None = None

    @property
    def pinned(self) -> bool:
        return self.pinned_slot is not None


@dataclass(frozen=True)
class Problem:
    """A whole event: slots, `tables` tables per slot (numbered 1..tables), participants and
    meetings. A meeting *needs an interpreter* when either side asks for one, or when both
    sides' languages are known and they share none. `interpreter_tables` are the tables
    equipped for interpretation: when there are any, such a meeting sits at one. When the
    event lists `interpreters`, such a meeting also gets an interpreter who covers its two
    sides and is available in its slot, one meeting per interpreter and slot (without
    interpreters and without equipped tables it cannot be held). `rooms` close their tables in
    some slots. `allow_moves` lets the solver move pinned meetings (they stay scheduled, at
    another slot or table)."""

    name: str
    slots: tuple[Slot, ...]
    tables: int
    participants: tuple[Participant, ...]
    meetings: tuple[Meeting, ...]
    interpreter_tables: frozenset[int] = frozenset()
    allow_moves: bool = False
    interpreters: tuple[Interpreter, ...] = ()
    rooms: tuple[Room, ...] = ()

    def __post_init__(self) -> None:
        validate_problem(self)

    @cached_property
    def _people(self) -> dict[str, Participant]:
        return {p.id: p for p in self.participants}

    def participant(self, pid: str) -> Participant:
        return self._people[pid]

    def needs_interpreter(self, meeting: Meeting) -> bool:
        """Whether the meeting needs interpretation (see the class docstring)."""
        a, b = self._people[meeting.a], self._people[meeting.b]
        return needs_interpretation(
            a.needs_interpreter, a.languages, b.needs_interpreter, b.languages
        )

    def interpreters_for(self, meeting: Meeting) -> list[Interpreter]:
        """The interpreters who can interpret this meeting (in any slot)."""
        a, b = self._people[meeting.a], self._people[meeting.b]
        return [i for i in self.interpreters if i.covers(a, b)]

    def closed_tables(self, slot: int) -> frozenset[int]:
        """Tables that cannot be used in this slot (their room is closed)."""
        out: set[int] = set()
        for room in self.rooms:
            if slot in room.unavailable:
                out |= room.tables
        return frozenset(out)

    def open_tables(self, slot: int) -> list[int]:
        closed = self.closed_tables(slot)
        return [t for t in range(1, self.tables + 1) if t not in closed]

    def session_order(self) -> dict[str, list[int]]:
        """Session label -> slot ids in session order (start, id)."""
        order: dict[str, list[Slot]] = {}
        for slot in self.slots:
            order.setdefault(slot.session, []).append(slot)
        return {
            s: [x.id for x in sorted(v, key=lambda x: (x.start, x.id))] for s, v in order.items()
        }


@dataclass(frozen=True, slots=True)
class Assignment:
    """A scheduled meeting: its slot id, table number (1..tables) and, when the event lists
    interpreters and the meeting needs one, its interpreter's id."""

    meeting: str
    slot: int
    table: int
    interpreter: str | None = None


@dataclass(frozen=True, slots=True)
class SolveStats:
    """What a solve achieved and how. `optimal` means the lexicographic optimum is proven
    (scheduled priority proven maximal and holes proven minimal, e.g. zero)."""

    scheduled: int = 0
    total: int = 0
    priority_scheduled: int = 0
    priority_total: int = 0
    holes: int = 0
    optimal: bool = False
    priority_optimal: bool = False
    priority_bound: int = 0
    moved: int = 0
    seconds: float = 0.0
    phases: tuple[tuple[str, float, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Schedule:
    """A solution: one Assignment per scheduled meeting, the ids of the others."""

    assignments: tuple[Assignment, ...]
    unscheduled: tuple[str, ...]
    stats: SolveStats = field(default_factory=SolveStats)

    def by_meeting(self) -> dict[str, Assignment]:
        return {a.meeting: a for a in self.assignments}


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _unique(kind: str, ids: Iterable[object]) -> None:
    seen: set[object] = set()
    for i in ids:
        if i in seen:
            raise InstanceError(f"duplicate {kind} id {i!r}")
        seen.add(i)


def validate_problem(problem: Problem) -> None:
    """Raise InstanceError when the problem breaks a rule (see the module docstring)."""
    if not isinstance(problem.name, str):
        raise InstanceError("name must be a string")
    if not problem.slots:
        raise InstanceError("an event needs at least one slot")
    if not _is_int(problem.tables) or problem.tables < 1:
        raise InstanceError(f"tables must be an integer >= 1, not {problem.tables!r}")
    _unique("slot", (s.id for s in problem.slots))
    _unique("participant", (p.id for p in problem.participants))
    _unique("meeting", (m.id for m in problem.meetings))
    slot_ids = {s.id for s in problem.slots}
    for s in problem.slots:
        if not _is_int(s.id) or not isinstance(s.session, str) or s.start.tzinfo is None:
            raise InstanceError(
                f"slot {s.id!r}: needs an integer id, a session and a start with UTC offset"
            )
    bad_tables = sorted(t for t in problem.interpreter_tables if not 1 <= t <= problem.tables)
    if bad_tables:
        raise InstanceError(f"interpreter tables {bad_tables} are not in 1..{problem.tables}")
    people = {}
    for p in problem.participants:
        unknown = sorted(set(p.unavailable) - slot_ids)
        if unknown:
            raise InstanceError(f"participant {p.id}: unknown unavailable slots {unknown}")
        people[p.id] = p
    _validate_resources(problem, slot_ids)
    _validate_meetings(problem, people, slot_ids)


def _validate_resources(problem: Problem, slot_ids: set[int]) -> None:
    _unique("interpreter", (i.id for i in problem.interpreters))
    _unique("room", (r.id for r in problem.rooms))
    for i in problem.interpreters:
        if not isinstance(i.id, str) or not i.languages:
            raise InstanceError(f"interpreter {i.id!r}: needs a string id and languages")
        unknown = sorted(set(i.unavailable) - slot_ids)
        if unknown:
            raise InstanceError(f"interpreter {i.id}: unknown unavailable slots {unknown}")
    seen: dict[int, str] = {}
    for r in problem.rooms:
        bad = sorted(t for t in r.tables if not _is_int(t) or not 1 <= t <= problem.tables)
        if bad:
            raise InstanceError(f"room {r.id}: tables {bad} are not in 1..{problem.tables}")
        unknown = sorted(set(r.unavailable) - slot_ids)
        if unknown:
            raise InstanceError(f"room {r.id}: unknown unavailable slots {unknown}")
        for t in r.tables:
            if t in seen:
                raise InstanceError(f"table {t} is in rooms {seen[t]} and {r.id}")
            seen[t] = r.id


def _validate_meetings(
    problem: Problem, people: dict[str, Participant], slot_ids: set[int]
) -> None:
    pairs: set[tuple[str, str]] = set()
    for m in problem.meetings:
        if m.a not in people or m.b not in people:
            missing = m.a if m.a not in people else m.b
            raise InstanceError(f"meeting {m.id}: unknown participant {missing!r}")
        if m.a == m.b:
            raise InstanceError(f"meeting {m.id}: participant {m.a} cannot meet themselves")
        pair = (m.a, m.b) if m.a < m.b else (m.b, m.a)
        if pair in pairs:
            raise InstanceError(f"meeting {m.id}: pair {m.a}-{m.b} is already requested")
        pairs.add(pair)
        if not _is_int(m.priority) or not MIN_PRIORITY <= m.priority <= MAX_PRIORITY:
            raise InstanceError(f"meeting {m.id}: priority {m.priority!r} not in 1..3")
    _validate_pins(problem, people, slot_ids)


def _validate_pins(problem: Problem, people: dict[str, Participant], slot_ids: set[int]) -> None:
    """Pins must be a feasible partial schedule by themselves, or nothing can honour them."""
    taken: dict[tuple[int, int], str] = {}
    busy: dict[tuple[str, int], str] = {}
    for m in problem.meetings:
        if (m.pinned_slot is None) != (m.pinned_table is None):
            raise InstanceError(f"meeting {m.id}: a pin needs both a slot and a table")
        if m.pinned_slot is None or m.pinned_table is None:
            continue
        slot, table = m.pinned_slot, m.pinned_table
        if slot not in slot_ids:
            raise InstanceError(f"meeting {m.id}: pinned to unknown slot {slot!r}")
        if not _is_int(table) or not 1 <= table <= problem.tables:
            raise InstanceError(
                f"meeting {m.id}: pinned table {table!r} not in 1..{problem.tables}"
            )
        if problem.allow_moves:
            continue
        if (slot, table) in taken:
            raise InstanceError(f"meetings {taken[slot, table]} and {m.id} pinned to one table")
        taken[slot, table] = m.id
        _validate_pinned_table(problem, m, slot, table)
        for pid in (m.a, m.b):
            if slot in people[pid].unavailable:
                raise InstanceError(
                    f"meeting {m.id}: pinned to slot {slot} where {pid} is unavailable"
                )
            if (pid, slot) in busy:
                raise InstanceError(
                    f"meetings {busy[pid, slot]} and {m.id}: {pid} pinned twice in slot {slot}"
                )
            busy[pid, slot] = m.id
    _validate_pinned_interpreters(problem)


def _validate_pinned_table(problem: Problem, m: Meeting, slot: int, table: int) -> None:
    if table in problem.closed_tables(slot):
        raise InstanceError(f"meeting {m.id}: pinned to table {table}, closed in slot {slot}")
    equipped_needed = bool(problem.interpreter_tables) or not problem.interpreters
    if problem.needs_interpreter(m) and equipped_needed and table not in problem.interpreter_tables:
        raise InstanceError(f"meeting {m.id}: pinned to table {table} without interpreter")


def _validate_pinned_interpreters(problem: Problem) -> None:
    """Pinned meetings that need an interpreter must find one each in their slot."""
    if not problem.interpreters or problem.allow_moves:
        return
    per_slot: dict[int, list[Meeting]] = {}
    for m in problem.meetings:
        if m.pinned_slot is not None and problem.needs_interpreter(m):
            per_slot.setdefault(m.pinned_slot, []).append(m)
    for slot, meetings in per_slot.items():
        if interpreter_matching(problem, slot, meetings) is None:
            raise InstanceError(f"pinned meetings in slot {slot} need more interpreters than "
                                "are available there")  # fmt: skip


def interpreter_matching(
    problem: Problem, slot: int, meetings: list[Meeting]
) -> dict[str, str] | None:
    """An interpreter for each of these meetings in this slot (a bipartite matching by
    augmenting paths), or None when there is none."""
    able = {
        m.id: [i.id for i in problem.interpreters_for(m) if slot not in i.unavailable]
        for m in meetings
    }
    owner: dict[str, str] = {}

    def augment(mid: str, seen: set[str]) -> bool:
        for iid in able[mid]:
            if iid in seen:
                continue
            seen.add(iid)
            if iid not in owner or augment(owner[iid], seen):
                owner[iid] = mid
                return True
        return False

    for m in meetings:
        if not augment(m.id, set()):
            return None
    return {mid: iid for iid, mid in owner.items()}
