"""CP-SAT models over a set of *free* meetings, everything else held where the timetable has it.

With every meeting free this is the whole model of Bofill et al. (x[m, t] = meeting m in slot
t); with a few participants' meetings free it is one large-neighbourhood-search step. Two
objectives: maximise scheduled priority (phase 1, gives a proven bound when the whole model is
free), or keep that priority and minimise the holes of the participants touched (phase 2).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ortools.sat.python import cp_model

from .timetable import Timetable

Expr = cp_model.LinearExpr | int


@dataclass
class SubResult:
    status: str
    improved: bool
    bound: int | None = None


class SubModel:
    """x[m, t] for the free meetings; constants for the rest."""

    def __init__(self, tt: Timetable, free: set[int], mask: int = -1) -> None:
        self.tt, self.c = tt, tt.c
        self.mask = mask  # slots the free meetings may use (-1: all)
        self.free = sorted(m for m in free if self.c.fixed[m] < 0)
        self.model = cp_model.CpModel()
        self.x: dict[tuple[int, int], cp_model.IntVar] = {}
        self.by_pt: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
        self.hole_vars = 0
        self._build()

    def _held_busy(self) -> dict[int, int]:
        """Per touched participant: slots held by meetings that are not free."""
        c, tt = self.c, self.tt
        freeset = set(self.free)
        held: dict[int, int] = {}
        for m in self.free:
            for p in (c.ma[m], c.mb[m]):
                if p not in held:
                    ks = (k for k in c.by_person[p] if tt.slot[k] >= 0 and k not in freeset)
                    held[p] = sum(1 << tt.slot[k] for k in ks)
        return held

    def _build(self) -> None:
        c, tt, model = self.c, self.tt, self.model
        self.held = self._held_busy()
        load = list(tt.count)
        iload = list(tt.icount)
        for m in self.free:
            t = tt.slot[m]
            if t >= 0:
                load[t] -= 1
                iload[t] -= c.interp[m]
        per_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
        per_slot_i: dict[int, list[cp_model.IntVar]] = defaultdict(list)
        self.on: dict[int, Expr] = {}
        taken = self._held_interpreters() if c.has_interpreters else []
        by_it: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
        for m in self.free:
            a, b = c.ma[m], c.mb[m]
            dom = c.domain[m] & ~self.held[a] & ~self.held[b] & self.mask
            xs = []
            for t in range(c.T):
                able = c.int_ok[m] & c.int_avail[t] & ~taken[t] if c.int_ok[m] else 0
                if dom >> t & 1 and (able or not c.int_ok[m]):
                    v = model.new_bool_var(f"x{m}_{t}")
                    if able:
                        self._interpreter_vars(m, t, v, able, by_it)
                    self.x[m, t] = v
                    self.by_pt[a, t].append(v)
                    self.by_pt[b, t].append(v)
                    per_slot[t].append(v)
                    if c.interp[m]:
                        per_slot_i[t].append(v)
                    xs.append(v)
            model.add_at_most_one(xs)
            self.on[m] = sum(xs)
        self._limits(by_it, per_slot, per_slot_i, load, iload)

    def _limits(
        self,
        by_it: dict[tuple[int, int], list[cp_model.IntVar]],
        per_slot: dict[int, list[cp_model.IntVar]],
        per_slot_i: dict[int, list[cp_model.IntVar]],
        load: list[int],
        iload: list[int],
    ) -> None:
        """One meeting per person, per interpreter and per table; hints from the timetable."""
        c, model = self.c, self.model
        for groups in (self.by_pt.values(), by_it.values()):
            for vs in groups:
                if len(vs) > 1:
                    model.add_at_most_one(vs)
        for t, vs in per_slot.items():
            model.add(sum(vs) <= c.cap[t] - load[t])
        for t, vs in per_slot_i.items():
            model.add(sum(vs) <= c.interp_cap[t] - iload[t])
        for (m, t), v in self.x.items():
            model.add_hint(v, self.tt.slot[m] == t)

    def _held_interpreters(self) -> list[int]:
        """Per slot: the interpreters of the meetings that are not free."""
        c, tt = self.c, self.tt
        freeset = set(self.free)
        taken = [0] * c.T
        for m in range(c.M):
            if tt.interpreter[m] >= 0 and m not in freeset:
                taken[tt.slot[m]] |= 1 << tt.interpreter[m]
        return taken

    def _interpreter_vars(
        self,
        m: int,
        t: int,
        x: cp_model.IntVar,
        able: int,
        by_it: dict[tuple[int, int], list[cp_model.IntVar]],
    ) -> None:
        """y[m, i, t]: interpreter i interprets m in slot t; exactly one when x[m, t]."""
        ys = []
        i = 0
        while able:
            if able & 1:
                y = self.model.new_bool_var("")
                by_it[i, t].append(y)
                ys.append(y)
                self.model.add_hint(y, self.tt.slot[m] == t and self.tt.interpreter[m] == i)
            able >>= 1
            i += 1
        self.model.add(sum(ys) == x)

    def priority_expr(self) -> Expr:
        return sum(self.c.prio[m] * self.on[m] for m in self.free)

    def current_priority(self) -> int:
        return sum(self.c.prio[m] for m in self.free if self.tt.slot[m] >= 0)

    def _busy(self, p: int, t: int) -> Expr:
        if self.held[p] >> t & 1:
            return 1
        vs = self.by_pt.get((p, t))
        if not vs:
            return 0
        return vs[0] if len(vs) == 1 else sum(vs)

    def holes_expr(self) -> Expr:
        """Holes of every participant with a free meeting (only their count can change)."""
        terms: list[Expr] = []
        sessions = [(lo, hi) for lo, hi in self.c.sessions if self.mask >> lo & 1]
        for p in self.held:
            for lo, hi in sessions:
                terms += self._session_holes(p, lo, hi)
        self.hole_vars = len(terms)  # an upper bound on the expression
        return sum(terms)

    def _session_holes(self, p: int, lo: int, hi: int) -> list[cp_model.IntVar]:
        model, un = self.model, self.c.unavail[p]
        busy = [self._busy(p, t) for t in range(lo, hi)]
        n = hi - lo
        if n < 3 or all(isinstance(b, int) and b == 0 for b in busy):
            return []
        before = [model.new_bool_var("") for _ in range(n)]
        after = [model.new_bool_var("") for _ in range(n)]
        for i in range(n):
            model.add(before[i] >= busy[i])
            model.add(after[i] >= busy[i])
            if i:
                model.add(before[i] >= before[i - 1])
                model.add(after[i - 1] >= after[i])
        out = []
        for i in range(1, n - 1):
            if un >> (lo + i) & 1:
                continue
            prev = before[i - 1] if un >> (lo + i - 1) & 1 else busy[i - 1]
            h = model.new_bool_var("")
            model.add(h + busy[i] + 1 >= after[i + 1] + prev)
            out.append(h)
        return out

    def solve(
        self, seconds: float, seed: int, workers: int, core: bool = False
    ) -> tuple[cp_model.CpSolverStatus, cp_model.CpSolver]:
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.05, seconds)
        solver.parameters.random_seed = seed
        solver.parameters.num_workers = workers
        if core:  # core-based search proves "nothing more fits" fast on these models
            solver.parameters.num_workers = 1
            solver.parameters.optimize_with_core = True
        return solver.solve(self.model), solver

    def write_back(self, solver: cp_model.CpSolver) -> None:
        tt = self.tt
        for m in self.free:
            if tt.slot[m] >= 0:
                tt.remove(m)
        for (m, t), v in self.x.items():
            if solver.boolean_value(v):
                tt.place(m, t)


def maximise_priority(
    tt: Timetable, free: set[int], seconds: float, seed: int, workers: int, core: bool = False
) -> SubResult:
    """Phase 1 on the free meetings; when all meetings are free, `bound` is a proven upper
    bound on the scheduled priority. The objective is the priority left out (minimised), the
    form core-based search works on."""
    sub = SubModel(tt, free)
    total = sum(tt.c.prio[m] for m in sub.free)
    before = sub.current_priority()
    sub.model.minimize(total - sub.priority_expr())
    status, solver = sub.solve(seconds, seed, workers, core)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return SubResult(solver.status_name(status), False)
    improved = total - round(solver.objective_value) > before
    if improved:
        sub.write_back(solver)
    freeset = set(sub.free)
    held = sum(tt.c.prio[m] for m in range(tt.c.M) if m not in freeset and tt.slot[m] >= 0)
    bound = total - round(solver.best_objective_bound) + held
    return SubResult(solver.status_name(status), improved, bound)


def minimise_holes(
    tt: Timetable, free: set[int], seconds: float, seed: int, workers: int, session: int = -1
) -> SubResult:
    """Phase 2 step: keep the free meetings' priority, minimise the touched participants' holes.
    With `session` >= 0 only the free meetings held in that session move, and stay in it."""
    c = tt.c
    mask = -1 if session < 0 else c.session_mask(session)
    if session >= 0:
        free = {m for m in free if tt.slot[m] >= 0 and mask >> tt.slot[m] & 1}
    sub = SubModel(tt, free, mask)
    sub.model.add(sub.priority_expr() >= sub.current_priority())
    sub.model.minimize(sub.holes_expr())
    sessions = range(len(c.sessions)) if session < 0 else [session]
    current = sum(c.holes(p, tt.busy[p], s) for p in sub.held for s in sessions)
    status, solver = sub.solve(seconds, seed, workers)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return SubResult(solver.status_name(status), False)
    improved = round(solver.objective_value) < current
    if improved:
        sub.write_back(solver)
    return SubResult(solver.status_name(status), improved, round(solver.best_objective_bound))
