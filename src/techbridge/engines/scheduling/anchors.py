"""Move-aware search for repairing an announced schedule.

Every announced meeting that can still be held where it was has an *anchor*: its announced
slot. A *move* is an anchored meeting scheduled in another slot; a *drop* is an anchored
meeting no longer scheduled. A repair makes at most K moves, and drops an anchored meeting
only for strictly more priority. `AnchoredTimetable` keeps both counts exact through every
place/remove, and the moves here price each Kempe chain in moves as well as in holes, so the
search spends the budget where it buys the most.
"""

from __future__ import annotations

import time
from functools import lru_cache

from .compiled import Compiled
from .greedy import best_slot
from .timetable import Kempe, Timetable


class AnchoredTimetable(Timetable):
    """A Timetable that counts the anchored meetings in another slot (`moves`) and the
    anchored meetings not scheduled (`drops`)."""

    def __init__(self, c: Compiled, anchor: list[int]) -> None:
        self.anchor = anchor
        self.moves = 0
        self.drops = sum(1 for a in anchor if a >= 0)  # nothing is placed yet
        super().__init__(c)

    def place(self, m: int, t: int) -> None:
        super().place(m, t)
        a = self.anchor[m]
        if a >= 0:
            self.drops -= 1
            self.moves += t != a

    def remove(self, m: int) -> None:
        a = self.anchor[m]
        if a >= 0:
            self.drops += 1
            self.moves -= self.slot[m] != a
        super().remove(m)

    def moved(self, m: int) -> bool:
        return self.anchor[m] >= 0 and self.slot[m] >= 0 and self.slot[m] != self.anchor[m]

    def dropped(self, m: int) -> bool:
        return self.anchor[m] >= 0 and self.slot[m] < 0

    def chain_cost(self, k: Kempe) -> int:
        """Change in `moves` if the chain were swapped (its meetings stay scheduled)."""
        cost = 0
        for m in k.edges:
            a = self.anchor[m]
            if a < 0:
                continue
            now = self.slot[m]
            new = k.t2 if now == k.t1 else k.t1
            cost += (new != a) - (now != a)
        return cost

    def place_cost(self, m: int, t: int) -> int:
        """Change in `moves` when the unscheduled meeting m is placed in slot t."""
        a = self.anchor[m]
        return int(a >= 0 and t != a)

    def load(self, slots: list[int]) -> None:
        """Take the slots of another timetable over the same problem."""
        for m in range(self.c.M):
            if self.slot[m] >= 0:
                self.remove(m)
        for m, t in enumerate(slots):
            if t >= 0:
                self.place(m, t)


@lru_cache(maxsize=1 << 16)
def bits(x: int) -> tuple[int, ...]:
    """The set bits of x (slot masks repeat: cached)."""
    out = []
    while x:
        low = x & -x
        out.append(low.bit_length() - 1)
        x ^= low
    return tuple(out)


def insert_within_budget(tt: AnchoredTimetable, budget: int, deadline: float) -> int:
    """Schedule unscheduled meetings, highest priority first: directly where both sides are
    free, else after the cheapest Kempe swap (in moves) that frees one side. Returns the
    number placed."""
    c = tt.c
    pending = sorted(
        (m for m in range(c.M) if tt.slot[m] < 0 and c.domain[m]),
        key=lambda m: (-c.prio[m], tt.anchor[m] < 0),
    )
    done = 0
    for m in pending:
        if time.perf_counter() > deadline:
            break
        t = best_slot(tt, m)
        if t >= 0 and tt.moves + tt.place_cost(m, t) <= budget:
            tt.place(m, t)
            done += 1
        elif _insert_by_swap(tt, m, budget):
            done += 1
    return done


def _insert_by_swap(tt: AnchoredTimetable, m: int, budget: int, tries: int = 12) -> bool:
    """Place m after one Kempe swap that frees one side in a slot where the other is free,
    trying the swaps cheapest in moves first; False (nothing changed) if none works."""
    c = tt.c
    options: list[tuple[int, int, Kempe]] = []
    for x, y in ((c.ma[m], c.mb[m]), (c.mb[m], c.ma[m])):
        free_y = bits(~tt.busy[y] & ~c.unavail[y] & ((1 << c.T) - 1))
        for t1 in bits(c.domain[m] & ~tt.busy[x] & tt.busy[y]):
            for t2 in free_y:
                k = tt.kempe(y, t1, t2)
                if k is not None and k.end != x:
                    cost = tt.chain_cost(k) + tt.place_cost(m, t1)
                    if tt.moves + cost <= budget:
                        options.append((cost, k.delta, k))
    options.sort(key=lambda o: o[:2])
    for _cost, _delta, k in options[:tries]:
        tt.apply(k)
        if not (tt.busy[c.ma[m]] | tt.busy[c.mb[m]]) >> k.t1 & 1 and tt.room(m, k.t1):
            tt.place(m, k.t1)
            return True
        tt.apply(Kempe(k.edges, k.start, k.end, k.t1, k.t2, 0))  # no table after all: undo
    return False


def evictions(tt: AnchoredTimetable, m: int, t: int) -> set[int] | None:
    """The meetings m would push out of slot t: its participants' meetings there and, when
    the slot is full without them, its cheapest other meeting; None if no table would do."""
    c = tt.c
    out = {tt.occ[c.ma[m]][t], tt.occ[c.mb[m]][t]} - {-1}
    if tt.count[t] - len(out) >= c.cap[t]:
        spare = [e for e in tt.members[t] if e not in out]
        if not spare:
            return None
        out.add(min(spare, key=lambda e: (c.prio[e], tt.anchor[e] == t)))
    return out if tt.fits_after(m, t, out) else None


def evict_cost(tt: AnchoredTimetable, m: int, t: int, out: set[int]) -> tuple[int, int]:
    """(moves, drops) deltas when m replaces `out` in slot t and nothing is re-placed."""
    moves = tt.place_cost(m, t) - sum(1 for e in out if tt.moved(e))
    drops = sum(1 for e in out if tt.anchor[e] >= 0) - int(tt.anchor[m] >= 0)
    return moves, drops


def swap_in(tt: AnchoredTimetable, budget: int, deadline: float) -> int:
    """More priority by exchange: an unscheduled meeting takes a slot from meetings worth
    less (an over-subscribed participant keeps their most important meetings), best gain
    first, then fewest moves and drops, then fewest holes; the evicted are re-placed directly
    when they fit. Returns the priority gained."""
    c = tt.c
    gained = 0
    improved = True
    while improved and time.perf_counter() < deadline:
        improved = False
        pending = sorted((m for m in range(c.M) if tt.slot[m] < 0 and c.domain[m]),
                         key=lambda m: -c.prio[m])  # fmt: skip
        for m in pending:
            if tt.slot[m] >= 0 or time.perf_counter() > deadline:
                continue
            best: tuple[tuple[int, int, int], int, set[int]] | None = None
            for t in bits(c.domain[m]):
                out = evictions(tt, m, t)
                if out is None:
                    continue
                gain = c.prio[m] - sum(c.prio[e] for e in out)
                moves, drops = evict_cost(tt, m, t, out)
                if gain <= 0 or tt.moves + moves > budget:
                    continue
                key = (-gain, moves + drops, holes_after(tt, m, t, out))
                if best is None or key < best[0]:
                    best = (key, t, out)
            if best is None:
                continue
            _, t, out = best
            for e in out:
                tt.remove(e)
            tt.place(m, t)
            gained += c.prio[m] - sum(c.prio[e] for e in out)
            for e in out:
                s = best_slot(tt, e)
                if s >= 0 and tt.moves + tt.place_cost(e, s) <= budget:
                    tt.place(e, s)
                    gained += c.prio[e]
            improved = True
    return gained


def holes_after(tt: AnchoredTimetable, m: int, t: int, out: set[int]) -> int:
    """Holes of the people concerned if m replaced `out` in slot t (state left unchanged)."""
    c = tt.c
    people = {c.ma[m], c.mb[m]} | {c.ma[e] for e in out} | {c.mb[e] for e in out}
    for e in out:
        tt.remove(e)
    tt.place(m, t)
    holes = sum(c.person_holes(p, tt.busy[p]) for p in people)
    tt.remove(m)
    for e in sorted(out, key=lambda e: not c.int_ok[e]):
        tt.place(e, t)
    return holes


def bring_back(tt: AnchoredTimetable, deadline: float) -> int:
    """Return moved meetings to their anchor when that costs no priority and no hole: a Kempe
    swap from a side that is free at the anchor, taken when it lowers the moves without
    adding holes. Returns how many swaps were made."""
    c = tt.c
    undone = 0
    for m in range(c.M):
        if time.perf_counter() > deadline:
            break
        if not tt.moved(m):
            continue
        a, t = tt.anchor[m], tt.slot[m]
        for p in (c.ma[m], c.mb[m]):
            if tt.busy[p] >> a & 1:
                continue
            k = tt.kempe(p, t, a)
            if k is not None and k.delta <= 0 and tt.chain_cost(k) < 0:
                tt.apply(k)
                undone += 1
                break
    return undone
