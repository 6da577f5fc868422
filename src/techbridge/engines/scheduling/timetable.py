"""The mutable working schedule of the heuristics: who meets when, slot loads, Kempe chains.

A Kempe chain for slots (t1, t2) starting at a participant p who meets in t1 but not in t2 is
the path p -t1- q -t2- r -t1- ... in the graph of meetings held in t1 or t2. Swapping t1 and t2
along it keeps every participant at one meeting per slot, and changes the busy pattern of the
two end points only (inner participants meet in both slots before and after), which makes it a
cheap, powerful move for both inserting meetings and removing holes.
"""

from __future__ import annotations

from dataclasses import dataclass

from .compiled import Compiled


@dataclass(eq=False)
class Kempe:
    """A candidate swap: the chain's meetings, its far end, and the hole delta."""

    edges: list[int]
    start: int
    end: int
    t1: int
    t2: int
    delta: int


class Timetable:
    """Slot per meeting (-1 = unscheduled), per-participant occupancy, per-slot loads."""

    def __init__(self, c: Compiled) -> None:
        self.c = c
        self.slot = [-1] * c.M
        self.occ = [[-1] * c.T for _ in range(c.P)]
        self.busy = [0] * c.P
        self.count = [0] * c.T
        self.icount = [0] * c.T
        self.members: list[set[int]] = [set() for _ in range(c.T)]
        # interpreters: who interprets each meeting, and per slot interpreter -> meeting
        self.interpreter = [-1] * c.M
        self.owner: list[dict[int, int]] = [{} for _ in range(c.T)]
        for m, t in enumerate(c.fixed):
            if t >= 0:
                self.place(m, t)

    def place(self, m: int, t: int) -> None:
        c = self.c
        self.slot[m] = t
        for p in (c.ma[m], c.mb[m]):
            self.occ[p][t] = m
            self.busy[p] |= 1 << t
        self.count[t] += 1
        self.members[t].add(m)
        if c.interp[m] and c.fixed[m] < 0:
            self.icount[t] += 1
        if c.int_ok[m] and not self._augment(m, t, set(), commit=True):
            raise ValueError(f"no interpreter for meeting {m} in slot {t}")  # a caller's bug

    def remove(self, m: int) -> None:
        c = self.c
        t = self.slot[m]
        self.slot[m] = -1
        for p in (c.ma[m], c.mb[m]):
            self.occ[p][t] = -1
            self.busy[p] &= ~(1 << t)
        self.count[t] -= 1
        self.members[t].discard(m)
        if c.interp[m] and c.fixed[m] < 0:
            self.icount[t] -= 1
        if self.interpreter[m] >= 0:
            del self.owner[t][self.interpreter[m]]
            self.interpreter[m] = -1

    def room(self, m: int, t: int) -> bool:
        """Whether slot t has a table (and an interpreter) for meeting m (ignoring
        participants)."""
        c = self.c
        if self.count[t] >= c.cap[t]:
            return False
        if c.interp[m] and self.icount[t] >= c.interp_cap[t]:
            return False
        return not c.int_ok[m] or self._augment(m, t, set(), commit=False)

    def _augment(self, m: int, t: int, seen: set[int], commit: bool) -> bool:
        """An interpreter for m in slot t, re-assigning others along an augmenting path
        (Kuhn); with commit=False only says whether one exists. The meeting's pinned
        interpreter is tried first."""
        c = self.c
        able = c.int_ok[m] & c.int_avail[t]
        order = _bit_list(able)
        pref = c.int_pref[m]
        if pref >= 0 and able >> pref & 1:
            order.remove(pref)
            order.insert(0, pref)
        owner = self.owner[t]
        for i in order:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or self._augment(owner[i], t, seen, commit):
                if commit:
                    owner[i] = m
                    self.interpreter[m] = i
                return True
        return False

    def interpreters_fit(self, t: int, leaving: list[int], arriving: list[int]) -> bool:
        """Whether slot t's meetings can all have an interpreter once `leaving` are gone
        and `arriving` are added (a fresh matching, left unapplied)."""
        c = self.c
        stay = [m for m in self.members[t] if c.int_ok[m] and m not in set(leaving)]
        group = stay + [m for m in arriving if c.int_ok[m]]
        if not arriving or not any(c.int_ok[m] for m in arriving):
            return True
        owner: dict[int, int] = {}

        def augment(m: int, seen: set[int]) -> bool:
            for i in _bit_list(c.int_ok[m] & c.int_avail[t]):
                if i not in seen:
                    seen.add(i)
                    if i not in owner or augment(owner[i], seen):
                        owner[i] = m
                        return True
            return False

        return all(augment(m, set()) for m in group)

    def free_slots(self, m: int) -> int:
        """Bit set of slots where m could go now without moving anything."""
        c = self.c
        return c.domain[m] & ~(self.busy[c.ma[m]] | self.busy[c.mb[m]])

    def holes(self) -> int:
        return sum(self.c.person_holes(p, self.busy[p]) for p in range(self.c.P))

    def priority(self) -> int:
        return sum(self.c.prio[m] for m in range(self.c.M) if self.slot[m] >= 0)

    def snapshot(self) -> list[int]:
        return list(self.slot)

    def restore(self, slots: list[int]) -> None:
        for m in range(self.c.M):
            if self.slot[m] >= 0 and self.c.fixed[m] < 0:
                self.remove(m)
        for m, t in enumerate(slots):
            if t >= 0 and self.c.fixed[m] < 0:
                self.place(m, t)

    # Kempe chains -------------------------------------------------------------------------

    def kempe(self, p: int, t1: int, t2: int) -> Kempe | None:
        """The chain from p (busy in t1, free in t2), or None when a swap is not allowed."""
        c = self.c
        if c.unavail[p] >> t2 & 1:
            return None
        edges: list[int] = []
        cur, col, oth = p, t1, t2
        while True:
            m = self.occ[cur][col]
            if m < 0:
                break
            if c.fixed[m] >= 0:
                return None
            edges.append(m)
            cur = c.mb[m] if c.ma[m] == cur else c.ma[m]
            col, oth = oth, col
        if c.unavail[cur] >> col & 1 or not self._loads_ok(edges, t1, t2):
            return None
        return Kempe(edges, p, cur, t1, t2, self._swap_delta(p, cur, t1, t2))

    def _loads_ok(self, edges: list[int], t1: int, t2: int) -> bool:
        c = self.c
        n1 = (len(edges) + 1) // 2  # the chain alternates t1, t2, t1, ...
        if n1 > len(edges) - n1 and self.count[t2] >= c.cap[t2]:
            return False  # odd chain: one more meeting lands in t2
        i1 = sum(1 for m in edges[0::2] if c.interp[m])
        i2 = sum(1 for m in edges[1::2] if c.interp[m])
        if i1 != i2:
            dest, gain = (t2, i1 - i2) if i1 > i2 else (t1, i2 - i1)
            if self.icount[dest] + gain > c.interp_cap[dest]:
                return False
        if c.has_interpreters and (i1 or i2):
            to_t2, to_t1 = list(edges[0::2]), list(edges[1::2])
            return self.interpreters_fit(t2, to_t1, to_t2) and self.interpreters_fit(
                t1, to_t2, to_t1
            )
        return True

    def _swap_delta(self, p: int, z: int, t1: int, t2: int) -> int:
        c = self.c
        toggle = (1 << t1) | (1 << t2)
        ss = {c.session_of[t1], c.session_of[t2]}
        delta = 0
        for x in (p, z):
            b = self.busy[x]
            for s in ss:
                delta += c.holes(x, b ^ toggle, s) - c.holes(x, b, s)
        return delta

    def apply(self, k: Kempe) -> None:
        olds = [self.slot[m] for m in k.edges]
        for m in k.edges:
            self.remove(m)
        for m, t in zip(k.edges, olds, strict=True):
            self.place(m, k.t2 if t == k.t1 else k.t1)

    def fits_after(self, m: int, t: int, out: set[int]) -> bool:
        """Whether m has a table (and an interpreter) in slot t once `out` are removed."""
        c = self.c
        if self.count[t] - len(out) >= c.cap[t]:
            return False
        if c.interp[m]:
            gone = sum(1 for e in out if c.interp[e] and c.fixed[e] < 0)
            if self.icount[t] - gone >= c.interp_cap[t]:
                return False
        return not c.int_ok[m] or self.interpreters_fit(t, list(out), [m])


def _bit_list(x: int) -> list[int]:
    out = []
    while x:
        low = x & -x
        out.append(low.bit_length() - 1)
        x ^= low
    return out
