"""Greedy construction: the baseline every solver must match, and the solvers' first start.

Previously placed (pinned, movable) meetings go first, back to their slot when it still fits;
then the meetings of the most constrained participants (those with no spare available slot),
then by priority; each takes the feasible slot that adds the fewest holes to its two
participants, preferring a slot next to a meeting they already have.
"""

from __future__ import annotations

import time

from .compiled import Compiled, compile_problem
from .problem import Problem, Schedule
from .timetable import Timetable


def _slack(c: Compiled) -> list[int]:
    """Per participant: available slots minus meetings (negative = over-subscribed)."""
    full = (1 << c.T) - 1
    return [(full & ~c.unavail[p]).bit_count() - len(c.by_person[p]) for p in range(c.P)]


def greedy_order(c: Compiled, pending: list[int]) -> list[int]:
    slack = _slack(c)

    def key(m: int) -> tuple[bool, int, int, int]:
        s = max(0, min(slack[c.ma[m]], slack[c.mb[m]]))
        return (c.hint[m] < 0, min(s, 2), -c.prio[m], c.domain[m].bit_count())

    return sorted(pending, key=key)


def _cost(tt: Timetable, m: int, t: int) -> int:
    c = tt.c
    s = c.session_of[t]
    lo, hi = c.sessions[s]
    bit = 1 << t
    near = 0
    if t > lo:
        near |= bit >> 1
    if t + 1 < hi:
        near |= bit << 1
    cost = 0
    for p in (c.ma[m], c.mb[m]):
        b = tt.busy[p]
        cost += 8 * (c.holes(p, b | bit, s) - c.holes(p, b, s))
        if b & near:
            cost -= 2
        elif b & c.session_mask(s):
            cost += 1
    return cost


def best_slot(tt: Timetable, m: int) -> int:
    """The cheapest slot where m fits now, or -1."""
    cand = tt.free_slots(m)
    h = tt.c.hint[m]
    if h >= 0 and cand >> h & 1 and tt.room(m, h):
        return h
    best, best_cost = -1, 1 << 30
    while cand:
        low = cand & -cand
        cand ^= low
        t = low.bit_length() - 1
        if not tt.room(m, t):
            continue
        cost = _cost(tt, m, t)
        if cost < best_cost:
            best, best_cost = t, cost
    return best


def greedy_fill(tt: Timetable) -> None:
    """Place every unscheduled meeting that fits, in greedy order."""
    pending = [m for m in range(tt.c.M) if tt.slot[m] < 0]
    for m in greedy_order(tt.c, pending):
        t = best_slot(tt, m)
        if t >= 0:
            tt.place(m, t)


def greedy_schedule(problem: Problem) -> Schedule:
    """The greedy baseline alone (no search), as a checked Schedule."""
    from .solver import finish  # the one place that turns a timetable into a Schedule

    t0 = time.perf_counter()
    c = compile_problem(problem)
    tt = Timetable(c)
    greedy_fill(tt)
    return finish(tt, t0, phases=(("greedy", time.perf_counter() - t0, "done"),))
