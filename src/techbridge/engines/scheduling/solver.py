"""The scheduler: greedy start, Kempe-chain insertion and hole search, CP-SAT to prove and
repair. Every schedule goes through the independent checker before it is returned."""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Protocol

from .bounds import priority_upper_bound
from .checker import check_schedule
from .compiled import Compiled, compile_problem
from .cpsat import maximise_priority, minimise_holes
from .greedy import greedy_fill
from .localsearch import HoleSearch, PriorityRepair, insert_unscheduled
from .problem import Assignment, Problem, Schedule, SolveStats
from .timetable import Timetable

log = logging.getLogger(__name__)


class ScheduleError(RuntimeError):
    """A solver produced a schedule the checker rejects (a bug, never bad input)."""


class Scheduler(Protocol):
    def solve(self, problem: Problem) -> Schedule: ...


def _tables_for_slot(c: Compiled, meetings: list[int], t: int) -> dict[int, int]:
    """Tables for the meetings of slot t, among the tables open then: a meeting pinned to
    this slot keeps its table unless that would leave too few equipped tables for the
    interpreter meetings; then interpreter meetings take equipped tables (when the event has
    any), the others plain ones first."""
    problem = c.problem
    sid = c.slot_ids[t]
    open_tables = problem.open_tables(sid)
    is_open = set(open_tables)
    equipped_set = problem.interpreter_tables
    out: dict[int, int] = {}
    equipped_free = sum(1 for x in open_tables if x in equipped_set)
    needs_equipped = [m for m in meetings if c.interp[m] and equipped_set]
    waiting = len(needs_equipped)  # interpreter meetings without a table
    for m in sorted(meetings, key=lambda m: not c.interp[m]):  # interpreter meetings first
        table = problem.meetings[m].pinned_table
        if problem.meetings[m].pinned_slot != sid or table is None or table in out.values():
            continue
        if table not in is_open:
            continue
        on_equipped = table in equipped_set
        if c.interp[m] and equipped_set:
            if on_equipped:
                out[m], equipped_free, waiting = table, equipped_free - 1, waiting - 1
        elif not on_equipped or equipped_free > waiting:
            out[m] = table
            equipped_free -= on_equipped
    taken = set(out.values())
    equipped = [x for x in open_tables if x in equipped_set and x not in taken]
    plain = [x for x in open_tables if x not in taken and x not in equipped_set]
    for m in sorted((m for m in meetings if m not in out), key=lambda m: not c.interp[m]):
        wants = c.interp[m] and bool(equipped_set)
        out[m] = equipped.pop(0) if wants or not plain else plain.pop(0)
    return out


def finish(
    tt: Timetable,
    t0: float,
    *,
    phases: tuple[tuple[str, float, str], ...] = (),
    priority_bound: int | None = None,
    holes_proven: bool = False,
) -> Schedule:
    """Assign tables, compute the statistics, run the checker; raise if it objects."""
    c = tt.c
    per_slot: list[list[int]] = [[] for _ in range(c.T)]
    for m, t in enumerate(tt.slot):
        if t >= 0:
            per_slot[t].append(m)
    rows: list[Assignment] = []
    names = [i.id for i in c.problem.interpreters]
    for t, ms in enumerate(per_slot):
        for m, table in sorted(_tables_for_slot(c, ms, t).items()):
            i = tt.interpreter[m]
            who = names[i] if i >= 0 else None
            rows.append(Assignment(c.problem.meetings[m].id, c.slot_ids[t], table, who))
    rows.sort(key=lambda a: a.meeting)
    unscheduled = tuple(c.problem.meetings[m].id for m in range(c.M) if tt.slot[m] < 0)
    total_prio = sum(c.prio)
    prio = tt.priority()
    bound = total_prio if priority_bound is None else priority_bound
    holes = tt.holes()
    placed = {a.meeting: (a.slot, a.table) for a in rows}
    moved = sum(  # announced meetings now elsewhere (other slot or table, or dropped)
        1
        for m in c.problem.meetings
        if m.pinned and placed.get(m.id) != (m.pinned_slot, m.pinned_table)
    )
    stats = SolveStats(
        scheduled=len(rows), total=c.M, priority_scheduled=prio, priority_total=total_prio,
        holes=holes, optimal=prio >= bound and (holes == 0 or holes_proven),
        priority_optimal=prio >= bound,
        priority_bound=bound, moved=moved, seconds=time.perf_counter() - t0, phases=phases,
    )  # fmt: skip
    schedule = Schedule(tuple(rows), unscheduled, stats)
    problems = check_schedule(c.problem, schedule)
    if problems:
        raise ScheduleError(
            f"checker rejected the schedule: {problems[0].message} (+{len(problems) - 1})"
        )
    return schedule


@dataclass(frozen=True)
class CpSatScheduler:
    """The production scheduler. `time_limit` (seconds) bounds the whole solve."""

    time_limit: float = 60.0
    seed: int = 0
    workers: int = 2

    def solve(self, problem: Problem) -> Schedule:
        return solve(problem, time_limit=self.time_limit, seed=self.seed, workers=self.workers)


WHOLE_MODEL_VARS = 60_000  # x[m, t] count up to which phase 1 runs on the whole model
WHOLE_HOLES_VARS = 4_000  # ... and phase 2 too (bigger whole models stall, see docs)


@dataclass
class _Run:
    tt: Timetable
    rng: random.Random
    t0: float
    deadline: float
    seed: int
    workers: int
    phases: list[tuple[str, float, str]]
    bound: int | None = None
    holes_proven: bool = False  # the whole model proved the holes minimal

    def mark(self, name: str, note: str) -> None:
        self.phases.append((name, round(time.perf_counter() - self.t0, 3), note))
        log.info("%.2f s %s: %s", self.phases[-1][1], name, note)

    def left(self) -> float:
        return self.deadline - time.perf_counter()


def _size(c: Compiled) -> int:
    return sum(d.bit_count() for d in c.domain)


def _phase1(run: _Run) -> None:
    """Most priority: tabu search with ejections, CP-SAT neighbourhoods, then (small events)
    the whole model, which also proves the bound; stops as soon as the bound is reached."""
    tt, c = run.tt, run.tt.c
    run.bound = priority_upper_bound(c)
    if tt.priority() >= run.bound:
        return
    patience = min(3_000, 200 + 20 * c.M)
    until = time.perf_counter() + run.left() * 0.25
    prio, restarts, idle = tt.priority(), 0, 0
    while prio < run.bound and time.perf_counter() < until and idle < 5:
        before = prio  # each run restarts from the best state so far
        prio = PriorityRepair(tt, run.rng).run(until, patience)
        restarts += 1
        idle = 0 if prio > before else idle + 1
    run.mark("priority-tabu", f"priority {prio} bound {run.bound}, {restarts} runs")
    if prio < run.bound:
        _priority_lns(run, time.perf_counter() + run.left() * 0.05)
    if _size(c) > WHOLE_MODEL_VARS or tt.priority() >= run.bound:
        return
    budget = run.left() * 0.4
    everything = set(range(c.M))
    r = maximise_priority(tt, everything, budget * 0.3, run.seed, run.workers, core=True)
    run.mark(
        "priority-core", f"{r.status} priority {tt.priority()} bound {_min(r.bound, run.bound)}"
    )
    if r.status != "OPTIMAL":
        r = maximise_priority(tt, everything, budget * 0.7, run.seed, run.workers)
        note = f"{r.status} priority {tt.priority()} bound {_min(r.bound, run.bound)}"
        run.mark("priority-cpsat", note)
    run.bound = _min(r.bound, run.bound)


def _min(bound: int | None, other: int | None) -> int | None:
    return other if bound is None else bound if other is None else min(bound, other)


def _neighbourhood(run: _Run, seeds: list[int], limit: int) -> set[int]:
    """Meetings of the seed participants and of their partners, up to about `limit`."""
    c = run.tt.c
    people = list(dict.fromkeys(seeds))
    for p in seeds:
        partners = [c.other(m, p) for m in c.by_person[p]]
        run.rng.shuffle(partners)
        people += partners
    free: set[int] = set()
    for p in dict.fromkeys(people):
        if len(free) >= limit:
            break
        free.update(c.by_person[p])
    return free


def _priority_lns(run: _Run, until: float) -> None:
    tt, c = run.tt, run.tt.c
    rounds = idle = 0
    while time.perf_counter() < until and idle < 20:
        pending = [m for m in range(c.M) if tt.slot[m] < 0 and c.domain[m]]
        if not pending:
            break
        m = run.rng.choice(pending)
        free = _neighbourhood(run, [c.ma[m], c.mb[m]], 400)
        seconds = min(0.5, until - time.perf_counter())
        r = maximise_priority(tt, free, seconds, run.seed + rounds, 1)
        rounds += 1
        idle = 0 if r.improved else idle + 1
        if len(free) == c.M and r.status == "OPTIMAL":
            break  # the neighbourhood was the whole event: nothing more fits
    run.mark("priority-lns", f"{rounds} rounds, priority {tt.priority()}")


def _phase2(run: _Run) -> None:
    tt, c = run.tt, run.tt.c
    search = HoleSearch(tt, run.rng)
    holes = search.run(time.perf_counter() + max(0.0, run.left()) * 0.7, 2_000 + 20 * c.M)
    run.mark("holes-kempe", f"holes {holes}")
    if holes and _size(c) <= WHOLE_HOLES_VARS:
        r = minimise_holes(tt, set(range(c.M)), run.left(), run.seed, run.workers)
        run.holes_proven = r.status == "OPTIMAL"
        run.mark("holes-cpsat", f"{r.status} holes {tt.holes()}")
        return
    rounds = 0
    while holes and run.left() > 0.2:
        _hole_lns_round(run, rounds)
        rounds += 1
        search = HoleSearch(tt, run.rng)
        holes = search.run(time.perf_counter() + min(2.0, max(0.0, run.left())), 20_000)
        log.debug("hole LNS round %d: %d holes", rounds, holes)
    run.mark("holes-lns", f"{rounds} rounds, holes {holes}")


def _hole_lns_round(run: _Run, rounds: int) -> None:
    """One CP-SAT neighbourhood around participants with holes: on odd rounds the meetings of
    one session within a few steps of them (kept in that session), else a few participants'
    meetings anywhere."""
    tt, c = run.tt, run.tt.c
    bad = [p for p in range(c.P) if c.person_holes(p, tt.busy[p])]
    seconds = min(3.0, run.left())
    if rounds % 2 == 0:
        free = _neighbourhood(run, run.rng.sample(bad, min(3, len(bad))), 150)
        minimise_holes(tt, free, seconds, run.seed + rounds, run.workers)
        return
    p = run.rng.choice(bad)
    s = run.rng.choice([s for s in range(len(c.sessions)) if c.holes(p, tt.busy[p], s)])
    mask = c.session_mask(s)
    people, free = [p], set()
    for q in people:  # breadth first: the list grows while we walk it
        if len(free) >= 300:
            break
        for m in c.by_person[q]:
            if tt.slot[m] >= 0 and mask >> tt.slot[m] & 1 and m not in free:
                free.add(m)
                people.append(c.other(m, q))
    minimise_holes(tt, free, seconds, run.seed + rounds, run.workers, session=s)


def solve(
    problem: Problem, *, time_limit: float = 60.0, seed: int = 0, workers: int = 2
) -> Schedule:
    """Schedule the most priority, then the fewest holes, within `time_limit` seconds.

    Greedy start, Kempe-chain insertion, CP-SAT for the priority (whole model when small,
    neighbourhoods otherwise), then Kempe-chain hole search with CP-SAT neighbourhoods for what
    it cannot remove. The result has passed check_schedule.
    """
    t0 = time.perf_counter()
    tt = Timetable(compile_problem(problem))
    run = _Run(tt, random.Random(seed), t0, t0 + time_limit, seed, workers, [])
    greedy_fill(tt)
    run.mark("greedy", f"priority {tt.priority()} holes {tt.holes()}")
    insert_unscheduled(tt, run.rng, run.deadline)
    run.mark("insert", f"priority {tt.priority()}")
    _phase1(run)
    _phase2(run)
    phases = tuple(run.phases)
    return finish(tt, t0, phases=phases, priority_bound=run.bound, holes_proven=run.holes_proven)
