"""Cheap upper bounds on the scheduled priority, to prove phase 1 optimal without CP-SAT.

Per participant p, the meetings of p that can be held at all form a transversal matroid
(meetings matched to distinct slots of their domains), so the most priority p can have is
found greedily: take p's meetings by priority, keep each that still fits an augmenting path.
What p must lose is then certain; summing these losses over participants that share no
meeting never counts a meeting twice (a participant's meetings with those already counted are
left out of its own count). A second bound: the open table-slots in all.
"""

from __future__ import annotations

from .compiled import Compiled


def _augment(m: int, domain: list[int], owner: dict[int, int], seen: set[int]) -> bool:
    """Kuhn's augmenting path: find a slot for meeting m, moving others if needed."""
    d = domain[m]
    while d:
        low = d & -d
        d ^= low
        t = low.bit_length() - 1
        if t in seen:
            continue
        seen.add(t)
        if t not in owner or _augment(owner[t], domain, owner, seen):
            owner[t] = m
            return True
    return False


def person_loss(c: Compiled, p: int, meetings: list[int]) -> int:
    """Priority of these meetings of p that no schedule can hold (p meets once per slot);
    meetings with an empty domain are left out (the caller's total already excludes them)."""
    owner: dict[int, int] = {}
    lost = 0
    for m in sorted(meetings, key=lambda m: -c.prio[m]):
        if c.domain[m] and not _augment(m, c.domain, owner, set()):
            lost += c.prio[m]
    return lost


def priority_upper_bound(c: Compiled) -> int:
    """An upper bound on the priority any schedule can hold."""
    total = sum(p for p, d in zip(c.prio, c.domain, strict=True) if d)
    losses = []
    for p in range(c.P):
        if len(c.by_person[p]) > 0:
            usable = 0
            for m in c.by_person[p]:
                usable |= c.domain[m]
            if usable.bit_count() < len(c.by_person[p]):
                losses.append((person_loss(c, p, c.by_person[p]), p))
    counted: set[int] = set()
    by_people = 0
    for _loss, p in sorted(losses, reverse=True):
        own = [m for m in c.by_person[p] if c.other(m, p) not in counted]
        by_people += person_loss(c, p, own)  # disjoint from what counted people lost
        counted.add(p)
    held = [p for p, d in zip(c.prio, c.domain, strict=True) if d]
    spare = len(held) - sum(c.cap)
    by_tables = sum(sorted(held)[:spare]) if spare > 0 else 0
    return total - max(by_people, by_tables)
