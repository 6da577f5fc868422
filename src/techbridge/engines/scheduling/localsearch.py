"""Kempe-chain heuristics: insert unscheduled meetings, then remove holes.

Both are plain loops over Timetable.kempe(): cheap enough in pure Python to run millions of
moves, and exact in what they change (only the chain's two end points see a new pattern).
"""

from __future__ import annotations

import math
import random
import time

from .greedy import best_slot
from .timetable import Kempe, Timetable


def _bits(x: int) -> list[int]:
    out = []
    while x:
        low = x & -x
        out.append(low.bit_length() - 1)
        x ^= low
    return out


def _try_insert(tt: Timetable, m: int, rng: random.Random) -> bool:
    """Place m directly, or after one Kempe swap that frees one side in a slot."""
    t = best_slot(tt, m)
    if t >= 0:
        tt.place(m, t)
        return True
    c = tt.c
    for x, y in ((c.ma[m], c.mb[m]), (c.mb[m], c.ma[m])):
        free_x = c.domain[m] & ~tt.busy[x]  # x free there; y available but busy
        busy_y = _bits(free_x & tt.busy[y])
        free_y = _bits(~tt.busy[y] & ~c.unavail[y] & ((1 << c.T) - 1))
        rng.shuffle(busy_y)
        for t1 in busy_y[:8]:
            for t2 in free_y:
                k = tt.kempe(y, t1, t2)
                if k is None or k.end == x:
                    continue
                tt.apply(k)
                if not tt.busy[x] >> t1 & 1 and not tt.busy[y] >> t1 & 1 and tt.room(m, t1):
                    tt.place(m, t1)
                    return True
                tt.apply(Kempe(k.edges, k.start, k.end, k.t1, k.t2, 0))  # swap back
    return False


def insert_unscheduled(tt: Timetable, rng: random.Random, deadline: float) -> int:
    """Try to schedule each unscheduled meeting, highest priority first; returns how many."""
    c = tt.c
    pending = sorted(
        (m for m in range(c.M) if tt.slot[m] < 0 and c.domain[m]), key=lambda m: -c.prio[m]
    )
    done = 0
    for m in pending:
        if time.perf_counter() > deadline:
            break
        done += _try_insert(tt, m, rng)
    return done


class HoleSearch:
    """Simulated annealing over Kempe swaps aimed at the holes of random participants.

    Most moves pull a meeting of a participant with holes into (or out of) a hole. A chain is
    determined by its start and two slots, so when every such chain is blocked (full slots,
    a worse far end) the state is stuck; a share of moves therefore shuffles the partners of
    those participants instead, which changes the chains available to them."""

    def __init__(self, tt: Timetable, rng: random.Random) -> None:
        self.tt, self.rng = tt, rng
        self.temperature = 0.3
        self.explore = 0.2
        self._reset()

    def _reset(self) -> None:
        tt, c = self.tt, self.tt.c
        self.ph = [c.person_holes(p, tt.busy[p]) for p in range(c.P)]
        self.bad: list[int] = [p for p in range(c.P) if self.ph[p]]
        self.pos = {p: i for i, p in enumerate(self.bad)}
        self.total = sum(self.ph)
        self.best = self.total
        self.best_slots = tt.snapshot()

    def _update(self, p: int) -> None:
        h = self.tt.c.person_holes(p, self.tt.busy[p])
        self.total += h - self.ph[p]
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

    def _explore(self, p: int) -> Kempe | None:
        """A random swap for a partner of p: reshapes the chains around p (see run)."""
        tt, c, rng = self.tt, self.tt.c, self.rng
        q = c.other(rng.choice(c.by_person[p]), p)
        b = tt.busy[q]
        mine = _bits(b)
        options = _bits(~b & ~c.unavail[q] & ((1 << c.T) - 1))
        if not mine or not options:
            return None
        return tt.kempe(q, rng.choice(mine), rng.choice(options))

    def _candidate(self, p: int) -> Kempe | None:
        tt, c, rng = self.tt, self.tt.c, self.rng
        if rng.random() < self.explore:
            return self._explore(p)
        b = tt.busy[p]
        sessions = [s for s in range(len(c.sessions)) if c.holes(p, b, s)]
        s = rng.choice(sessions)
        mask = c.session_mask(s)
        mine = _bits(b & mask)
        t1 = rng.choice(mine)
        free = ~b & ~c.unavail[p] & ((1 << c.T) - 1)
        if rng.random() < 0.6:
            lo, hi = min(mine), max(mine)
            free &= ((1 << (hi + 1)) - 1) & ~((1 << lo) - 1)
        options = _bits(free)
        if not options:
            return None
        return tt.kempe(p, t1, rng.choice(options))

    def _accept(self, delta: int) -> bool:
        if delta <= 0:
            return delta < 0 or self.rng.random() < 0.5
        return self.rng.random() < math.exp(-delta / self.temperature)

    def run(self, deadline: float, patience: int = 200_000) -> int:
        """Search until no holes remain, the deadline, or `patience` steps without a new best;
        returns the holes left (the best state seen is restored)."""
        steps = last_best = 0
        while self.bad and steps - last_best < patience:
            steps += 1
            if steps & 255 == 0 and time.perf_counter() > deadline:
                break
            p = self.bad[self.rng.randrange(len(self.bad))]
            k = self._candidate(p)
            if k is None or not self._accept(k.delta):
                continue
            self.tt.apply(k)
            self._update(k.start)
            self._update(k.end)
            if self.total < self.best:
                self.best = self.total
                self.best_slots = self.tt.snapshot()
                last_best = steps
        if self.total > self.best:
            self.tt.restore(self.best_slots)
            self._reset()
        return self.total


class PriorityRepair:
    """Tabu search with ejections for the unscheduled meetings (in the style of PartialCol):
    put an unscheduled meeting m in slot t, evicting the meetings that clash with it there
    (its participants' meetings in t, and the cheapest one when t is full), then try to re-place
    the evicted directly. A move is chosen by its priority balance; evicted meetings may not
    return to their slot for a few iterations."""

    def __init__(self, tt: Timetable, rng: random.Random) -> None:
        self.tt, self.rng = tt, rng
        c = tt.c
        self.pending = {m for m in range(c.M) if tt.slot[m] < 0 and c.domain[m]}
        self.tabu: dict[tuple[int, int], int] = {}
        self.it = 0

    def _evictions(self, m: int, t: int) -> list[int] | None:
        tt, c = self.tt, self.tt.c
        ev = {tt.occ[c.ma[m]][t], tt.occ[c.mb[m]][t]} - {-1}
        if any(c.fixed[e] >= 0 for e in ev):
            return None
        if tt.count[t] - len(ev) >= c.cap[t]:
            spare = [e for e in tt.members[t] if e not in ev and c.fixed[e] < 0]
            if not spare:
                return None
            low = min(c.prio[e] for e in spare)
            ev.add(self.rng.choice([e for e in spare if c.prio[e] == low]))
        return list(ev) if tt.fits_after(m, t, ev) else None

    def _move(self, m: int) -> tuple[int, list[int]] | None:
        c = self.tt.c
        best: tuple[int, list[int]] | None = None
        best_cost = 1 << 30
        for t in _bits(c.domain[m]):
            if self.tabu.get((m, t), -1) > self.it:
                continue
            ev = self._evictions(m, t)
            if ev is None:
                continue
            cost = sum(c.prio[e] for e in ev) * 4 + self.rng.randrange(4)
            if cost < best_cost:
                best, best_cost = (t, ev), cost
        return best

    def _apply(self, m: int, t: int, ev: list[int]) -> None:
        tt = self.tt
        for e in ev:
            self.tabu[e, tt.slot[e]] = self.it + 5 + self.rng.randrange(10)
            tt.remove(e)
            self.pending.add(e)
        tt.place(m, t)
        self.pending.discard(m)
        for e in ev:
            s = best_slot(tt, e)
            if s >= 0:
                tt.place(e, s)
                self.pending.discard(e)

    def run(self, deadline: float, patience: int = 20_000) -> int:
        """Returns the priority scheduled at the end (the best state seen is restored)."""
        tt, c = self.tt, self.tt.c
        best, best_slots, last = tt.priority(), tt.snapshot(), 0
        current = best
        while self.pending and self.it - last < patience:
            self.it += 1
            if self.it & 63 == 0 and time.perf_counter() > deadline:
                break
            m = self.rng.choice(tuple(self.pending))
            mv = self._move(m)
            if mv is None:
                continue
            t, ev = mv
            self._apply(m, t, ev)
            current += c.prio[m] - sum(c.prio[e] for e in ev if tt.slot[e] < 0)
            if current > best:
                best, best_slots, last = current, tt.snapshot(), self.it
        if current < best:
            tt.restore(best_slots)
        return best
