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
    needs = [p.needs_interpreter for p in problem.participants]
    ma = [pix[m.a] for m in problem.meetings]
    mb = [pix[m.b] for m in problem.meetings]
    by_person: list[list[int]] = [[] for _ in people]
    for i in range(len(ma)):
        by_person[ma[i]].append(i)
        by_person[mb[i]].append(i)
    interp = [needs[a] or needs[b] for a, b in zip(ma, mb, strict=True)]
    domain = [full & ~(unavail[a] | unavail[b]) for a, b in zip(ma, mb, strict=True)]
    if not problem.interpreter_tables:
        domain = [0 if i else d for i, d in zip(interp, domain, strict=True)]
    hint = [-1 if m.pinned_slot is None else tix[m.pinned_slot] for m in problem.meetings]
    fixed = [-1] * len(ma) if problem.allow_moves else list(hint)
    interp_cap = [len(problem.interpreter_tables)] * len(slot_ids)
    for m, t in zip(problem.meetings, fixed, strict=True):
        if t >= 0 and m.pinned_table in problem.interpreter_tables:
            interp_cap[t] -= 1
    prio = [m.priority for m in problem.meetings]
    return Compiled(
        problem, slot_ids, session_of, sessions, people, unavail, ma, mb, prio, interp,
        domain, fixed, hint, problem.tables, interp_cap, by_person,
    )  # fmt: skip
