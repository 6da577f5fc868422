"""Repair an announced schedule after late changes, moving as few announced meetings as possible.

Input: the changed event (a Problem without pins) and the schedule that was announced for the
event before the changes. An announced meeting still in the event is *kept*; a kept meeting
whose announced slot became impossible (a side is now unavailable there, or the slot is gone)
is *hit* and must move or go. Every other kept meeting is *anchored* at its announced slot; a
*change* is an anchored meeting that ends up in another slot or unscheduled. The repair makes
at most `max_moves` changes (a table change inside the same slot is free, and reported).

Objective, lexicographic: (1) scheduled priority, (2) holes, (3) changes. How (docs/scheduling.md):
stage 1 keeps every anchored meeting where it was and fills in the hit and new meetings (the
solver's greedy, Kempe insertion, ejection tabu and hole annealing with the anchors fixed);
stage 2 spends the budget: Kempe moves priced in changes, then CP-SAT neighbourhoods with the
weighted objective of cpsat_repair (weights with proven bounds, so the weights are
lexicographic), and finally brings back what moved for nothing.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass, replace

from .anchors import (
    AnchoredTimetable,
    bring_back,
    insert_within_budget,
    swap_in,
)
from .anneal import BudgetedAnneal, put_back
from .bounds import priority_upper_bound
from .checker import RepairChanges, check_schedule, repair_changes
from .compiled import Compiled, compile_problem
from .cpsat_repair import repair_step
from .greedy import greedy_fill
from .localsearch import HoleSearch, PriorityRepair, insert_unscheduled
from .problem import (
    Problem,
    Schedule,
    SolveStats,
)
from .repair_plan import RepairError, plan_repair
from .solver import ScheduleError, finish
from .timetable import Timetable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RepairStats:
    scheduled: int
    total: int
    priority_scheduled: int
    priority_total: int
    priority_bound: int
    holes: int
    changes: RepairChanges
    max_moves: int
    seconds: float
    unchanged: bool = False
    phases: tuple[tuple[str, float, str], ...] = ()

    def summary(self) -> dict[str, object]:
        """The command's JSON: the figures of check_repair.py plus the budget."""
        ch = self.changes
        return {
            "scheduled": self.scheduled,
            "total": self.total,
            "priority_scheduled": self.priority_scheduled,
            "holes": self.holes,
            "moved": ch.moved,
            "dropped": ch.dropped,
            "retabled": ch.retabled,
            "seconds": round(self.seconds, 3),
            "kept": ch.kept,
            "hit": ch.hit,
            "moved_extra": ch.moved_extra,
            "dropped_extra": ch.dropped_extra,
            "max_moves": self.max_moves,
            "priority_total": self.priority_total,
            "priority_bound": self.priority_bound,
            "unchanged": self.unchanged,
        }


@dataclass(frozen=True)
class Repair:
    schedule: Schedule
    stats: RepairStats


def _fixed_view(c: Compiled, anchors: list[int]) -> Compiled:
    """The compiled problem with the anchored meetings fixed in their slot (tables free)."""
    cap = list(c.interp_cap)
    for m, t in enumerate(anchors):
        if t >= 0 and c.interp[m]:
            cap[t] -= 1
    if min(cap, default=0) < 0:
        t = cap.index(min(cap))
        raise RepairError(
            f"slot {c.slot_ids[t]} holds more announced interpreter meetings than equipped tables"
        )
    return replace(c, fixed=list(anchors), interp_cap=cap)


@dataclass
class _Run:
    rng: random.Random
    t0: float
    deadline: float
    seed: int
    workers: int
    budget: int
    phases: list[tuple[str, float, str]]

    def mark(self, name: str, note: str) -> None:
        self.phases.append((name, round(time.perf_counter() - self.t0, 3), note))
        log.info("%.2f s %s: %s", self.phases[-1][1], name, note)

    def left(self) -> float:
        return self.deadline - time.perf_counter()

    def share(self, fraction: float) -> float:
        return time.perf_counter() + max(0.0, self.left()) * fraction


def repair(
    problem: Problem,
    previous: Schedule,
    *,
    max_moves: int,
    time_limit: float = 60.0,
    seed: int = 0,
    workers: int = 2,
) -> Repair:
    """Repair `previous` (the announced schedule) for the changed `problem` with at most
    `max_moves` changes of anchored meetings. The result passed check_schedule and its
    changes were counted by repair_changes (independent of the search)."""
    t0 = time.perf_counter()
    if max_moves < 0:
        raise RepairError(f"max_moves must be >= 0, not {max_moves}")
    plan = plan_repair(problem, previous)
    budget = min(max_moves, plan.anchored)
    if plan.unchanged:
        return _unchanged(problem, previous, budget, t0)
    c = compile_problem(plan.problem)
    anchors = list(c.hint)

    reserve = 0.03 * time_limit + 0.3  # for the tables, the checks and the figures
    run = _Run(random.Random(seed), t0, t0 + time_limit - reserve, seed, workers, budget, [])
    first = _stage_one(c, anchors, run, 0.5 if budget == 0 else 0.05)
    tt = AnchoredTimetable(c, anchors)
    tt.load(first.slot)
    bound = priority_upper_bound(c)
    _stage_two(tt, run, bound)
    schedule = finish(tt, t0, phases=tuple(run.phases), priority_bound=bound)
    return Repair(schedule, _stats(problem, previous, schedule, budget, bound, t0, run))


def _stage_one(c: Compiled, anchors: list[int], run: _Run, share: float) -> Timetable:
    """Anchored meetings fixed: place the hit and new meetings around them."""
    tt = Timetable(_fixed_view(c, anchors))
    until = run.share(share)
    greedy_fill(tt)
    insert_unscheduled(tt, run.rng, until)
    run.mark("fixed-greedy", f"priority {tt.priority()} holes {tt.holes()}")
    tabu_until = time.perf_counter() + max(0.0, until - time.perf_counter()) * 0.4
    PriorityRepair(tt, run.rng).run(tabu_until, min(3_000, 200 + 20 * c.M))
    holes = HoleSearch(tt, run.rng).run(until, 2_000 + 20 * c.M)
    run.mark("fixed-search", f"priority {tt.priority()} holes {holes}")
    return tt


def _stage_two(tt: AnchoredTimetable, run: _Run, bound: int) -> None:
    insert_within_budget(tt, run.budget, run.share(0.1))
    swap_in(tt, run.budget, run.share(0.1))
    run.mark("insert", f"priority {tt.priority()} changes {tt.moves}")
    if tt.priority() < bound:
        _priority_lns(tt, run, bound, run.share(0.35))
    rounds = 0
    until = run.share(0.9)
    while time.perf_counter() < until:
        anneal = BudgetedAnneal(tt, run.budget, run.rng)
        anneal.weight = 0.5
        if not anneal.run(until, 20_000 + 20 * tt.c.M) and not anneal.pending:
            break
        rounds += 1
        insert_within_budget(tt, run.budget, until)  # what the annealing freed room for
        swap_in(tt, run.budget, until)
    run.mark("holes-anneal", f"{rounds} runs, priority {tt.priority()} holes {tt.holes()} "
             f"changes {tt.moves}")  # fmt: skip
    bring_back(tt, run.share(0.3))
    _changes_lns(tt, run, run.deadline)
    put_back(tt)
    run.mark("changes", f"holes {tt.holes()} moves {tt.moves} drops {tt.drops}")


def _around(tt: AnchoredTimetable, rng: random.Random, seeds: list[int], limit: int) -> set[int]:
    """Meetings of the seed participants and of their partners, up to about `limit`."""
    c = tt.c
    people = list(dict.fromkeys(seeds))
    for p in seeds:
        partners = [c.other(m, p) for m in c.by_person[p]]
        rng.shuffle(partners)
        people += partners
    free: set[int] = set()
    for p in dict.fromkeys(people):
        if len(free) >= limit:
            break
        free.update(c.by_person[p])
    return free


def _priority_lns(tt: AnchoredTimetable, run: _Run, bound: int, until: float) -> None:
    """The most priority within the budget: CP-SAT neighbourhoods around each unscheduled
    meeting (its participants and their partners), highest priority first; small
    neighbourhoods first (they solve to optimality in a fraction of a second), larger ones
    for what they could not place."""
    c = tt.c
    rounds = gained = idle = 0
    for size in (60, 120, 240):
        pending = sorted((m for m in range(c.M) if tt.slot[m] < 0 and c.domain[m]),
                         key=lambda m: -c.prio[m])  # fmt: skip
        for m in pending:
            if tt.priority() >= bound or time.perf_counter() > until or idle >= 12:
                break
            if tt.slot[m] >= 0:
                continue
            free = _around(tt, run.rng, [c.ma[m], c.mb[m]], size)
            seconds = min(size / 30, until - time.perf_counter())
            step = repair_step(tt, free, run.budget, seconds, run.seed + rounds, 1,
                               goal="priority")  # fmt: skip
            rounds += 1
            gained += step.improved
            idle = 0 if step.improved else idle + 1
        idle = 0
    run.mark("priority-lns", f"{rounds} rounds, {gained} better, priority {tt.priority()} "
             f"changes {tt.moves}")  # fmt: skip


def _changes_lns(tt: AnchoredTimetable, run: _Run, until: float) -> None:
    """Neighbourhoods around changed meetings: fewer changes, same priority and holes."""
    c = tt.c
    rounds = idle = 0
    while time.perf_counter() < until and idle < 10:
        changed = [m for m in range(c.M) if tt.moved(m)]
        if not changed:
            break
        m = run.rng.choice(changed)
        free = _around(tt, run.rng, [c.ma[m], c.mb[m]], 150)
        seconds = min(2.0, until - time.perf_counter())
        step = repair_step(tt, free, run.budget, seconds, run.seed + rounds, run.workers,
                           goal="changes")  # fmt: skip
        rounds += 1
        idle = 0 if step.improved else idle + 1


def _stats(
    problem: Problem,
    previous: Schedule,
    schedule: Schedule,
    budget: int,
    bound: int,
    t0: float,
    run: _Run,
) -> RepairStats:
    plain = Schedule(schedule.assignments, schedule.unscheduled)
    problems = check_schedule(problem, plain)
    if problems:
        raise ScheduleError(f"checker rejected the repair: {problems[0].message}")
    changes = repair_changes(problem, previous, plain)
    if changes.moved_extra > budget + changes.forced:
        raise ScheduleError(
            f"the repair moved {changes.moved_extra} meetings, budget {budget} + "
            f"{changes.forced} forced"
        )
    st = schedule.stats
    return RepairStats(
        scheduled=st.scheduled, total=st.total, priority_scheduled=st.priority_scheduled,
        priority_total=st.priority_total, priority_bound=bound, holes=st.holes,
        changes=changes, max_moves=budget, seconds=time.perf_counter() - t0,
        phases=tuple(run.phases),
    )  # fmt: skip


def _unchanged(problem: Problem, previous: Schedule, budget: int, t0: float) -> Repair:
    """Nothing changed: the announced schedule is the answer (a no-op)."""
    from .checker import count_holes, priority_scheduled

    plain = Schedule(previous.assignments, previous.unscheduled)
    problems = check_schedule(problem, plain)
    if problems:
        raise RepairError(f"previous schedule is not feasible: {problems[0].message}")
    total = sum(m.priority for m in problem.meetings)
    prio = priority_scheduled(problem, plain)
    stats = RepairStats(
        scheduled=len(plain.assignments), total=len(problem.meetings), priority_scheduled=prio,
        priority_total=total, priority_bound=total, holes=count_holes(problem, plain),
        changes=repair_changes(problem, previous, plain), max_moves=budget,
        seconds=time.perf_counter() - t0, unchanged=True,
    )  # fmt: skip
    schedule = Schedule(plain.assignments, plain.unscheduled, SolveStats())
    return Repair(schedule, stats)
