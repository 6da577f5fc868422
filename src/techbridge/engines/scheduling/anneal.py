"""Hole annealing under a move budget: `BudgetedAnneal` walks Kempe chains over an
`AnchoredTimetable`, pricing each in moves as well as in holes; `put_back` returns moved
meetings that can go home."""

from __future__ import annotations

import math
import random
import time

from .anchors import AnchoredTimetable, bits, evict_cost, evictions, holes_after
from .timetable import Kempe


class BudgetedAnneal:
    """Simulated annealing for the holes that never exceeds the budget of moves and never
    lowers the priority.

    Steps: (most) a Kempe swap pulling a meeting of a participant with holes into or out of a
    hole, or (one in five) a random swap of a partner's, which changes the chains available
    (as in HoleSearch); (`insert_rate` of them) scheduling an unscheduled meeting, directly,
    after a swap, or by evicting meetings worth less priority (or as much, when none of them
    is announced: a sideways step). A step is judged on holes + `weight`·(moves + drops), so
    bringing meetings back to their anchors is rewarded; the best state by (priority, holes,
    moves, drops) is kept."""

    def __init__(self, tt: AnchoredTimetable, budget: int, rng: random.Random) -> None:
        self.tt, self.budget, self.rng = tt, budget, rng
        self.temperature = 0.3
        self.weight = 0.5
        self.insert_rate = 0.1
        self._reset()

    def _reset(self) -> None:
        tt, c = self.tt, self.tt.c
        self.ph = [c.person_holes(p, tt.busy[p]) for p in range(c.P)]
        self.bad = [p for p in range(c.P) if self.ph[p]]
        self.pos = {p: i for i, p in enumerate(self.bad)}
        self.holes = sum(self.ph)
        self.pending = [m for m in range(c.M) if tt.slot[m] < 0 and c.domain[m]]
        self.priority = tt.priority()

    def state(self) -> tuple[int, int, int, int]:
        return (-self.priority, self.holes, self.tt.moves, self.tt.drops)

    def _update(self, p: int) -> None:
        h = self.tt.c.person_holes(p, self.tt.busy[p])
        self.holes += h - self.ph[p]
        self.ph[p] = h
        if h and p not in self.pos:
            self.pos[p] = len(self.bad)
            self.bad.append(p)
        elif not h and p in self.pos:
            i = self.pos.pop(p)
            last = self.bad.pop()
            if last != p:
                self.bad[i] = last
                self.pos[last] = i

    def _accept(self, delta: float) -> bool:
        if delta > 0:
            return self.rng.random() < math.exp(-delta / self.temperature)
        return delta < 0 or self.rng.random() < 0.5

    # hole steps ---------------------------------------------------------------------------

    def _candidate(self, p: int) -> Kempe | None:
        tt, c, rng = self.tt, self.tt.c, self.rng
        if rng.random() < 0.2:
            p = c.other(rng.choice(c.by_person[p]), p)
            mine = bits(tt.busy[p])
        else:
            sessions = [s for s in range(len(c.sessions)) if c.holes(p, tt.busy[p], s)]
            mine = bits(tt.busy[p] & c.session_mask(rng.choice(sessions)))
        options = bits(~tt.busy[p] & ~c.unavail[p] & ((1 << c.T) - 1))
        if not mine or not options:
            return None
        return tt.kempe(p, rng.choice(mine), rng.choice(options))

    def _hole_step(self) -> bool:
        tt = self.tt
        k = self._candidate(self.bad[self.rng.randrange(len(self.bad))])
        if k is None:
            return False
        cost = tt.chain_cost(k)
        if tt.moves + cost > self.budget or not self._accept(k.delta + self.weight * cost):
            return False
        tt.apply(k)
        self._update(k.start)
        self._update(k.end)
        return True

    # insertion steps ----------------------------------------------------------------------

    def _insert(self) -> bool:
        tt, c, rng = self.tt, self.tt.c, self.rng
        m = rng.choice(self.pending)
        if tt.slot[m] >= 0:
            self.pending.remove(m)
            return False
        t = rng.choice(bits(c.domain[m]))
        if not (tt.busy[c.ma[m]] | tt.busy[c.mb[m]]) >> t & 1 and tt.room(m, t):
            if tt.moves + tt.place_cost(m, t) > self.budget:
                return False
            self._place(m, t)
            return True
        if rng.random() < 0.5:
            return self._insert_by_swap(m, t)
        return self._insert_by_eviction(m, t)

    def _place(self, m: int, t: int) -> None:
        c = self.tt.c
        self.priority += c.prio[m]
        self.tt.place(m, t)
        self.pending.remove(m)
        self._update(c.ma[m])
        self._update(c.mb[m])

    def _insert_by_swap(self, m: int, t: int) -> bool:
        tt, c, rng = self.tt, self.tt.c, self.rng
        a, b = c.ma[m], c.mb[m]
        busy_a, busy_b = tt.busy[a] >> t & 1, tt.busy[b] >> t & 1
        if busy_a == busy_b:
            return False
        x, y = (b, a) if busy_a else (a, b)
        options = bits(~tt.busy[y] & ~c.unavail[y] & ((1 << c.T) - 1))
        if not options:
            return False
        k = tt.kempe(y, t, rng.choice(options))
        if k is None or k.end == x:
            return False
        if tt.moves + tt.chain_cost(k) + tt.place_cost(m, t) > self.budget:
            return False
        tt.apply(k)
        if not (tt.busy[a] | tt.busy[b]) >> t & 1 and tt.room(m, t):
            self._update(k.start)
            self._update(k.end)
            self._place(m, t)
            return True
        tt.apply(Kempe(k.edges, k.start, k.end, k.t1, k.t2, 0))
        return False

    def _insert_by_eviction(self, m: int, t: int) -> bool:
        tt, c = self.tt, self.tt.c
        out = evictions(tt, m, t)
        if out is None:
            return False
        gain = c.prio[m] - sum(c.prio[e] for e in out)
        announced = any(tt.anchor[e] >= 0 for e in out)
        if gain < 0 or (gain == 0 and announced):
            return False
        moves, drops = evict_cost(tt, m, t, out)
        if tt.moves + moves > self.budget:
            return False
        people = {c.ma[m], c.mb[m]} | {c.ma[e] for e in out} | {c.mb[e] for e in out}
        if gain == 0:  # a sideways step: judged by holes, moves and drops
            after = holes_after(tt, m, t, out)
            delta = after - sum(self.ph[p] for p in people) + self.weight * (moves + drops)
            if not self._accept(delta):
                return False
        for e in out:
            tt.remove(e)
        self.pending += list(out)
        self.priority -= sum(c.prio[e] for e in out)
        self._place(m, t)
        for p in people:
            self._update(p)
        return True

    def run(self, deadline: float, patience: int = 100_000) -> int:
        """Returns the holes of the best state seen, which is restored."""
        tt = self.tt
        best = self.state()
        best_slots = tt.snapshot()
        steps = last = 0
        while (self.bad or self.pending) and steps - last < patience:
            steps += 1
            if steps & 255 == 0 and time.perf_counter() > deadline:
                break
            if self.pending and (not self.bad or self.rng.random() < self.insert_rate):
                changed = self._insert()
            else:
                changed = self._hole_step()
            if changed and self.state() < best:
                best, best_slots, last = self.state(), tt.snapshot(), steps
        if self.state() != best:
            tt.restore(best_slots)
            self._reset()
        return best[1]


def put_back(tt: AnchoredTimetable) -> int:
    """Every dropped anchored meeting whose anchor is free for both sides, with a table,
    goes back there (more priority, no move): no announced meeting is dropped that could
    stay. Returns how many."""
    c = tt.c
    back = 0
    for m in range(c.M):
        a = tt.anchor[m]
        if tt.dropped(m) and not (tt.busy[c.ma[m]] | tt.busy[c.mb[m]]) >> a & 1 and tt.room(m, a):
            tt.place(m, a)
            back += 1
    return back
