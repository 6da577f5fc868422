"""A Problem compiled to integers and bit masks, shared by the solvers (not by the checker).

Slots get indices 0..T-1 in session order (sessions by first start, slots by (start, id)), so
every session is a contiguous range [lo, hi). Participant availability and meeting domains are
Python ints used as bit sets over slot indices.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .problem import Problem


@lru_cache(maxsize=1 << 18)
def holes_in(n: int, unavailable: int, busy: int) -> int:
    """Holes of one participant in one session of n slots (bit i = i-th slot of the session)."""
    total = pending = 0
    seen = free_run = False
    for i in range(n):
        if busy >> i & 1:
            total += pending
            pending, seen, free_run = 0, True, False
        elif unavailable >> i & 1:
            free_run = False
        elif seen and not free_run:
            pending += 1
            free_run = True
    return total


@dataclass(eq=False)
class Compiled:
    """Integer view of a problem; built once per solve."""

    problem: Problem
    slot_ids: list[int]
    session_of: list[int]
    sessions: list[tuple[int, int]]
    people: list[str]
    unavail: list[int]
    ma: list[int]
    mb: list[int]
    prio: list[int]
    interp: list[bool]
    domain: list[int]
    fixed: list[int]
    hint: list[int]
    tables: int
    interp_cap: list[int]
    by_person: list[list[int]]
    cap: list[int]  # open tables per slot
    int_ok: list[int]  # per meeting: bit set of the interpreters who can interpret it
    int_avail: list[int]  # per slot: bit set of the interpreters available
    int_pref: list[int]  # per meeting: its pinned interpreter's index, or -1

    @property
    def has_interpreters(self) -> bool:
        return bool(self.problem.interpreters)

    @property
    def T(self) -> int:  # the papers' names: T slots, M meetings, P participants
        return len(self.slot_ids)

    @property
    def M(self) -> int:
        return len(self.ma)

    @property
    def P(self) -> int:
        return len(self.people)

    def other(self, m: int, p: int) -> int:
        return self.mb[m] if self.ma[m] == p else self.ma[m]

    def session_mask(self, s: int) -> int:
        lo, hi = self.sessions[s]
        return ((1 << (hi - lo)) - 1) << lo

    def holes(self, p: int, busy: int, s: int) -> int:
        lo, hi = self.sessions[s]
        mask = (1 << (hi - lo)) - 1
        return holes_in(hi - lo, (self.unavail[p] >> lo) & mask, (busy >> lo) & mask)

    def person_holes(self, p: int, busy: int) -> int:
        return sum(self.holes(p, busy, s) for s in range(len(self.sessions)))


def compile_problem(problem: Problem) -> Compiled:
    """Index slots, participants and meetings; domains exclude unavailable slots."""
    order = problem.session_order()
    first = {s: min(x.start for x in problem.slots if x.session == s) for s in order}
    slot_ids: list[int] = []
    session_of: list[int] = []
    sessions: list[tuple[int, int]] = []
    for k, s in enumerate(sorted(order, key=lambda s: (first[s], s))):
        sessions.append((len(slot_ids), len(slot_ids) + len(order[s])))
        slot_ids += order[s]
        session_of += [k] * len(order[s])
    tix = {sid: i for i, sid in enumerate(slot_ids)}
    people = [p.id for p in problem.participants]
    pix = {pid: i for i, pid in enumerate(people)}
    full = (1 << len(slot_ids)) - 1
    unavail = [sum(1 << tix[s] for s in p.unavailable) for p in problem.participants]
    ma = [pix[m.a] for m in problem.meetings]
    mb = [pix[m.b] for m in problem.meetings]
    by_person: list[list[int]] = [[] for _ in people]
    for i in range(len(ma)):
        by_person[ma[i]].append(i)
        by_person[mb[i]].append(i)
    interp = [problem.needs_interpreter(m) for m in problem.meetings]
    domain = [full & ~(unavail[a] | unavail[b]) for a, b in zip(ma, mb, strict=True)]
    hint = [-1 if m.pinned_slot is None else tix[m.pinned_slot] for m in problem.meetings]
    fixed = [-1] * len(ma) if problem.allow_moves else list(hint)
    cap = [len(problem.open_tables(sid)) for sid in slot_ids]
    equipped = [len(problem.interpreter_tables & set(problem.open_tables(s))) for s in slot_ids]
    if not problem.interpreter_tables and problem.interpreters:
        equipped = list(cap)  # no equipped tables: interpretation at any table
    interp_cap = list(equipped)
    for m, t in zip(problem.meetings, fixed, strict=True):
        if t >= 0 and (m.pinned_table in problem.interpreter_tables or (
            not problem.interpreter_tables and problem.needs_interpreter(m)
        )):  # fmt: skip
            interp_cap[t] -= 1
    int_ok, int_avail, int_pref = _interpreters(problem, slot_ids)
    usable = sum(1 << t for t in range(len(slot_ids)) if cap[t])
    for k, needs in enumerate(interp):
        if needs:
            where = sum(1 << t for t in range(len(slot_ids)) if equipped[t])
            if problem.interpreters:
                where &= sum(1 << t for t, av in enumerate(int_avail) if av & int_ok[k])
            domain[k] &= where
        domain[k] &= usable
    prio = [m.priority for m in problem.meetings]
    return Compiled(
        problem, slot_ids, session_of, sessions, people, unavail, ma, mb, prio, interp,
        domain, fixed, hint, problem.tables, interp_cap, by_person, cap, int_ok, int_avail,
        int_pref,
    )  # fmt: skip


def _interpreters(problem: Problem, slot_ids: list[int]) -> tuple[list[int], list[int], list[int]]:
    """Bit sets over the interpreters (in problem order): who can interpret each meeting,
    who is available in each slot; and each meeting's pinned interpreter."""
    index = {i.id: k for k, i in enumerate(problem.interpreters)}
    people = {p.id: p for p in problem.participants}
    ok = []
    for m in problem.meetings:
        a, b = people[m.a], people[m.b]
        needs = problem.needs_interpreter(m)
        ok.append(
            sum(1 << k for k, i in enumerate(problem.interpreters) if needs and i.covers(a, b))
        )
    avail = [
        sum(1 << k for k, i in enumerate(problem.interpreters) if sid not in i.unavailable)
        for sid in slot_ids
    ]
    pref = [index.get(m.pinned_interpreter or "", -1) for m in problem.meetings]
    return ok, avail, pref
