"""CP-SAT neighbourhoods for the repair: the sub-models of cpsat.py plus moves and drops.

In a neighbourhood N (the free meetings; everything else held), an anchored meeting m with
anchor a is *moved* when scheduled elsewhere (on[m] − x[m, a]) and *dropped* when not
scheduled (1 − on[m]); the moves in N may not exceed the budget left by the moves outside N.
Objectives are lexicographic through weights with proven bounds: with C = moves + drops in N
(at most n, the anchored meetings of N) and H the holes of the touched participants (at most
h, the hole variables):

- "priority": maximise (h + 1)(n + 1)·priority − (h + 1)·C − H (priority, then C, then H);
- "holes": priority kept, no new drop, minimise (n + 1)·H + C (holes, then C);
- "changes": priority and holes kept, no new drop, minimise C.

A step is written back only if it is better in that order for the touched participants.
"""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model

from .anchors import AnchoredTimetable
from .cpsat import Expr, SubModel


@dataclass
class RepairStep:
    status: str
    improved: bool
    before: tuple[int, int, int]  # priority, holes, moves + drops of the neighbourhood
    after: tuple[int, int, int]


def _free_meetings(
    tt: AnchoredTimetable, free: set[int], budget: int, mask: int, goal: str
) -> set[int]:
    """Drop what cannot change: without budget, anchored meetings at their anchor stay
    (unless the goal is priority: they may then make way for more); within one session, only
    meetings held in it move."""
    room = budget - tt.moves + sum(1 for m in free if tt.moved(m))
    out = set()
    for m in free:
        t = tt.slot[m]
        if mask != -1 and (t < 0 or not mask >> t & 1):
            continue
        if room <= 0 and goal != "priority" and t >= 0 and tt.anchor[m] == t:
            continue
        out.add(m)
    return out


def _value(solver: cp_model.CpSolver, expr: Expr) -> int:
    return expr if isinstance(expr, int) else round(solver.value(expr))


def repair_step(
    tt: AnchoredTimetable,
    free: set[int],
    budget: int,
    seconds: float,
    seed: int,
    workers: int,
    session: int = -1,
    goal: str = "holes",
) -> RepairStep:
    """One neighbourhood step towards `goal` (see the module docstring)."""
    c = tt.c
    mask = -1 if session < 0 else c.session_mask(session)
    sub = SubModel(tt, _free_meetings(tt, free, budget, mask, goal), mask)
    if not sub.free:
        return RepairStep("EMPTY", False, (0, 0, 0), (0, 0, 0))
    moved: list[Expr] = []
    dropped: list[Expr] = []
    for m in sub.free:
        a = tt.anchor[m]
        if a >= 0:
            x = sub.x.get((m, a))
            moved.append(sub.on[m] if x is None else sub.on[m] - x)
            dropped.append(1 - sub.on[m])
    model = sub.model
    moves, drops = sum(moved), sum(dropped)
    model.add(moves <= budget - tt.moves + sum(1 for m in sub.free if tt.moved(m)))
    holes, prio = sub.holes_expr(), sub.priority_expr()
    sessions = range(len(c.sessions)) if session < 0 else [session]
    drops_before = sum(1 for m in sub.free if tt.dropped(m))
    before = (
        sub.current_priority(),
        sum(c.holes(p, tt.busy[p], s) for p in sub.held for s in sessions),
        sum(1 for m in sub.free if tt.moved(m)) + drops_before,
    )
    n, h = len(moved), sub.hole_vars
    if goal == "priority":
        model.maximize((h + 1) * (n + 1) * prio - (h + 1) * (moves + drops) - holes)
    else:
        model.add(prio >= before[0])
        model.add(drops <= drops_before)
        if goal == "holes":
            model.minimize((n + 1) * holes + moves + drops)
        else:
            model.add(holes <= before[1])
            model.minimize(moves + drops)
    status, solver = sub.solve(seconds, seed, workers)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return RepairStep(solver.status_name(status), False, before, before)
    after = (_value(solver, prio), _value(solver, holes), _value(solver, moves + drops))
    improved = (after[0], -after[1], -after[2]) > (before[0], -before[1], -before[2])
    if improved:
        sub.write_back(solver)
    return RepairStep(solver.status_name(status), improved, before, after)
