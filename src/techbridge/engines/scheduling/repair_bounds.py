"""Proven bounds for the repair: how good can a repair with at most K moves be at all?

One CP-SAT model of the whole changed event under the repair's rules (the vocabulary of
`checker.repair_changes` and of the benchmark's `check_repair.py`): x[m, t] for every meeting
over its domain (a hit meeting's announced slot is outside it, as a side is unavailable there);
an anchored meeting m with anchor a is *moved* when scheduled in another slot
(on[m] − x[m, a]); at most K of them move (with K = 0 their domain is their anchor alone).
A drop (an anchored meeting not scheduled) is not a move and is left free here, so the model
is a relaxation of the repair's rule "drop only for more priority": its bounds hold for the
repair a fortiori. The holes are those of `cpsat.SubModel` (the engine's hole model, equal to
`count_holes` at the optimum).

Lexicographic, as the repair: (1) the most priority with at most K moves; (2) the fewest holes
with the priority at least a floor (the optimum of (1), or a target's priority). Each stage
reports the best solution found, the proven bound and CP-SAT's status (`OPTIMAL` when they
meet). A hint (a repair's schedule, or the announced one without its hit meetings) starts the
search, so the solution found is never worse than the hint.
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass, replace
from typing import Any

from ortools.linear_solver import pywraplp
from ortools.sat.python import cp_model

from .anchors import AnchoredTimetable
from .bounds import priority_upper_bound
from .compiled import Compiled, compile_problem
from .cpsat import SubModel
from .problem import Problem, Schedule
from .repair_plan import plan_repair


@dataclass(frozen=True)
class Stage:
    """One lexicographic stage: best found, proven bound, CP-SAT status, seconds."""

    found: int | None
    bound: int | None
    status: str
    seconds: float

    @property
    def optimal(self) -> bool:
        return self.status == "OPTIMAL"


@dataclass(frozen=True)
class RepairBounds:
    max_moves: int
    priority: Stage  # maximise priority with at most max_moves moves
    floor: int  # the priority the holes stage keeps (at least)
    holes: Stage  # minimise holes with priority >= floor
    engine: str = "CP-SAT"  # of the holes stage

    def summary(self) -> dict[str, object]:
        return {
            "max_moves": self.max_moves,
            "priority": asdict(self.priority),
            "priority_floor": self.floor,
            "holes": asdict(self.holes),
            "holes_engine": self.engine,
        }


def _model_view(c: Compiled, anchors: list[int], max_moves: int) -> Compiled:
    """With no move allowed, an anchored meeting's domain is its anchor alone."""
    if max_moves > 0:
        return c
    domain = [1 << a if a >= 0 else d for a, d in zip(anchors, c.domain, strict=True)]
    return replace(c, domain=domain)


def _hint_slots(c: Compiled, anchors: list[int], hint: Schedule | None) -> list[int]:
    """Slot indices of the hint; without one, the anchored meetings at their anchors."""
    if hint is None:
        return list(anchors)
    index = {sid: t for t, sid in enumerate(c.slot_ids)}
    where = {a.meeting: index[a.slot] for a in hint.assignments}
    return [where.get(m.id, -1) for m in c.problem.meetings]


class BoundModel:
    """The whole-event model under the repair's rules, built once, solved in stages; the
    timetable's state is the first hint, each stage's best the next stage's, and `slots`
    holds the last stage's best solution (slot index per meeting, -1 = unscheduled)."""

    def __init__(self, tt: AnchoredTimetable, max_moves: int) -> None:
        self.max_moves = max_moves
        self.sub = SubModel(tt, set(range(tt.c.M)))
        self.slots: list[int] | None = None
        moved, dropped = [], []
        for m, a in enumerate(tt.anchor):
            if a >= 0 and m in self.sub.on:
                x = self.sub.x.get((m, a))
                moved.append(self.sub.on[m] if x is None else self.sub.on[m] - x)
                dropped.append(1 - self.sub.on[m])
            elif a >= 0:
                dropped.append(1)
        self.moves, self.drops = sum(moved), sum(dropped)
        self.sub.model.add(self.moves <= max_moves)
        self.priority = self.sub.priority_expr()
        self.holes = self.sub.holes_expr()

    @classmethod
    def for_repair(
        cls, problem: Problem, previous: Schedule, max_moves: int, hint: Schedule | None = None
    ) -> BoundModel:
        """The model of repairing `previous` for `problem` with at most `max_moves` moves."""
        plan = plan_repair(problem, previous)
        budget = min(max_moves, plan.anchored)
        full = compile_problem(plan.problem)
        anchors = list(full.hint)
        c = _model_view(full, anchors, budget)
        tt = AnchoredTimetable(c, anchors)
        for m, t in enumerate(_hint_slots(c, anchors, hint)):
            if t >= 0 and c.domain[m] >> t & 1:  # a hint that breaks K = 0 is no hint
                tt.place(m, t)
        return cls(tt, budget)

    def _run(self, seconds: float, seed: int, workers: int, t0: float) -> Stage:
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.05, seconds)
        solver.parameters.random_seed = seed
        solver.parameters.num_workers = workers
        status = solver.solve(self.sub.model)
        found = None
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            found = round(solver.objective_value)
            self.slots = [-1] * self.sub.c.M
            model = self.sub.model
            model.clear_hints()  # type: ignore[no-untyped-call]
            for (m, t), v in self.sub.x.items():
                on = solver.boolean_value(v)
                model.add_hint(v, on)
                if on:
                    self.slots[m] = t
        bound = round(solver.best_objective_bound) if status != cp_model.INFEASIBLE else None
        return Stage(found, bound, solver.status_name(status), _secs(t0))

    def max_priority(self, seconds: float, seed: int = 0, workers: int = 2) -> Stage:
        t0 = time.perf_counter()
        self.sub.model.maximize(self.priority)
        return self._run(seconds, seed, workers, t0)

    def min_holes(self, floor: int, seconds: float, seed: int = 0, workers: int = 2) -> Stage:
        """Fewest holes with the priority at least `floor` (a constraint that stays: call it
        with increasing floors only)."""
        t0 = time.perf_counter()
        self.sub.model.add(self.priority >= floor)
        self.sub.model.minimize(self.holes)
        return self._run(seconds, seed, workers, t0)

    def min_holes_mip(self, floor: int, seconds: float, engine: str = "SCIP") -> Stage:
        """The same question as min_holes, asked of a MIP solver (SCIP: branch and bound,
        its dual bound holds at any time) or of the LP relaxation alone (GLOP: a bound, no
        solution): CP-SAT's bound stays at 0 on these models (weak hole relaxation, no
        cuts), SCIP's LP and cuts prove it. Same model, translated constraint by constraint."""
        t0 = time.perf_counter()
        self.sub.model.add(self.priority >= floor)
        self.sub.model.minimize(self.holes)
        return solve_mip(self.sub.model, seconds, engine, t0)


_MIP_STATUS = {0: "OPTIMAL", 1: "FEASIBLE", 2: "INFEASIBLE", 3: "UNBOUNDED", 6: "UNKNOWN"}


def solve_mip(model: cp_model.CpModel, seconds: float, engine: str,
              t0: float) -> Stage:  # fmt: skip
    """Solve a CP-SAT model made of linear and at-most-one constraints over 0-1 and integer
    variables (what SubModel builds) with pywraplp: SCIP as a MIP, or GLOP for its LP
    relaxation. The objective is integral, so the bound is rounded towards the optimum, after
    0.01 is given to the solvers' tolerances."""
    proto = model.proto
    integer = engine != "GLOP"
    solver = pywraplp.Solver.CreateSolver(engine)
    make = solver.IntVar if integer else solver.NumVar
    xs = [make(float(v.domain[0]), float(v.domain[len(v.domain) - 1]), "") for v in proto.variables]
    for c in proto.constraints:
        _translate(solver, xs, c)
    obj = proto.objective
    sign = -1 if obj.scaling_factor < 0 else 1
    expr = sign * (sum(k * xs[v] for v, k in zip(obj.vars, obj.coeffs, strict=True)) + obj.offset)
    solver.Minimize(expr) if sign > 0 else solver.Maximize(expr)
    solver.SetTimeLimit(int(max(0.05, seconds) * 1000))
    status = solver.Solve()
    name = _MIP_STATUS.get(status, "UNKNOWN")
    value = solver.Objective().Value() if status in (0, 1) else None
    raw = solver.Objective().BestBound() if integer else value
    if not integer:
        name, value = ("LP_BOUND" if status == 0 else name), None
    bound = None if raw is None or abs(raw) == float("inf") else raw
    if bound is not None:
        bound = math.ceil(bound - 0.01) if sign > 0 else math.floor(bound + 0.01)
    found = None if value is None else round(value)
    return Stage(found, bound, name, _secs(t0))


def _translate(solver: pywraplp.Solver, xs: list[pywraplp.Variable], c: Any) -> None:
    """One CP-SAT constraint as linear rows (the kinds SubModel and BoundModel create)."""

    def lit(i: int) -> pywraplp.LinearExpr:
        return xs[i] if i >= 0 else 1 - xs[-i - 1]

    if c.enforcement_literal:
        raise ValueError("solve_mip: enforced constraints are not translated")
    if c.has_at_most_one():
        solver.Add(sum(lit(i) for i in c.at_most_one.literals) <= 1)
    elif c.has_exactly_one():
        solver.Add(sum(lit(i) for i in c.exactly_one.literals) == 1)
    elif c.has_bool_or():
        solver.Add(sum(lit(i) for i in c.bool_or.literals) >= 1)
    elif c.has_bool_and():
        for i in c.bool_and.literals:
            solver.Add(lit(i) == 1)
    elif c.has_linear():
        lin = c.linear
        if len(lin.vars):
            expr = sum(k * xs[v] for v, k in zip(lin.vars, lin.coeffs, strict=True))
            lo, hi = lin.domain[0], lin.domain[len(lin.domain) - 1]
            if lo > -(2**62):
                solver.Add(expr >= lo)
            if hi < 2**62:
                solver.Add(expr <= hi)
    else:
        raise ValueError(f"solve_mip: constraint {c} is not translated")


def _secs(t0: float) -> float:
    return round(time.perf_counter() - t0, 2)


MIP_VARS = 100_000  # variables above which the holes bound is the LP relaxation's (GLOP)


def repair_bounds(
    problem: Problem,
    previous: Schedule,
    *,
    max_moves: int,
    time_limit: float = 60.0,
    floor: int | None = None,
    hint: Schedule | None = None,
    seed: int = 0,
    workers: int = 2,
    engine: str | None = None,
) -> RepairBounds:
    """Stage 1, CP-SAT: the most priority with <= max_moves moves (its bound also capped by
    bounds.py's matroid bound of the same domains). Stage 2: the fewest holes
    with the priority >= `floor` (e.g. a target's priority; stage 1's best when no floor is
    given or stage 1 proved the floor out of reach), asked of `engine`: "SCIP" (a MIP; the
    default up to MIP_VARS variables), "GLOP" (the LP relaxation: a bound only, the default
    above) or "CP-SAT". Each stage gets half of `time_limit`."""
    model = BoundModel.for_repair(problem, previous, max_moves, hint)
    first = model.max_priority(time_limit / 2, seed, workers)
    cap = priority_upper_bound(model.sub.c)  # the matroid bound of the same domains
    if first.bound is None or cap < first.bound:
        done = "OPTIMAL" if first.found == cap else first.status
        first = replace(first, bound=cap, status=done)
    reachable = floor is not None and (first.bound is None or first.bound >= floor)
    keep = first.found if first.found is not None else 0
    if reachable and floor is not None:
        keep = floor
    if engine is None:
        engine = "SCIP" if len(model.sub.model.proto.variables) <= MIP_VARS else "GLOP"
    if engine == "CP-SAT":
        second = model.min_holes(keep, time_limit / 2, seed, workers)
    else:
        second = model.min_holes_mip(keep, time_limit / 2, engine)
    return RepairBounds(model.max_moves, first, keep, second, engine)
