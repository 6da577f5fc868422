"""The repair's proven bounds (repair_bounds) against brute force and against the repair."""

from __future__ import annotations

import itertools
from dataclasses import replace

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from techbridge.engines.scheduling import (
    Assignment,
    Meeting,
    Problem,
    Schedule,
    check_schedule,
    count_holes,
    greedy_schedule,
    priority_scheduled,
)
from techbridge.engines.scheduling.checker import repair_changes
from techbridge.engines.scheduling.repair import repair
from techbridge.engines.scheduling.repair_bounds import repair_bounds

from .test_scheduling_engine import problems


@st.composite
def tiny_repairs(draw: st.DrawFn) -> tuple[Problem, Schedule]:
    """A changed event of at most 5 meetings and 4 slots with its announced schedule (the
    greedy one, so that moves can pay): people lose slots, a late request comes in."""
    before = draw(problems(interpreters=False, max_meetings=4))
    keep = {s.id for s in before.slots[:4]}
    people = tuple(replace(p, unavailable=p.unavailable & keep) for p in before.participants)
    before = replace(before, slots=before.slots[:4], participants=people)
    announced = greedy_schedule(before)
    slot_ids = sorted(keep)
    late = draw(st.lists(st.sampled_from(people), max_size=2, unique_by=lambda p: p.id))
    lost = {p.id: frozenset(draw(st.lists(st.sampled_from(slot_ids), max_size=2))) for p in late}
    people = tuple(replace(p, unavailable=p.unavailable | lost.get(p.id, frozenset()))
                   for p in people)  # fmt: skip
    meetings = list(before.meetings)
    a, b = draw(st.sampled_from(people)).id, draw(st.sampled_from(people)).id
    if a != b and all({m.a, m.b} != {a, b} for m in meetings):
        meetings.append(Meeting("late", a, b, draw(st.integers(1, 3))))
    after = replace(before, participants=people, meetings=tuple(meetings))
    assume(announced.assignments)
    return after, announced


def brute_force(
    problem: Problem, announced: Schedule, budget: int, floor: int | None
) -> tuple[int, int | None]:
    """(most priority with at most `budget` non-hit moves, fewest holes with priority >= floor,
    by default that most priority), every slot choice tried, judged by the checker and by
    repair_changes: the benchmark's definitions, not the model's."""
    results = []
    for choice in itertools.product([None, *[s.id for s in problem.slots]],
                                    repeat=len(problem.meetings)):  # fmt: skip
        rows, used = [], {}
        for m, slot in zip(problem.meetings, choice, strict=True):
            if slot is not None:
                used[slot] = used.get(slot, 0) + 1
                rows.append(Assignment(m.id, slot, used[slot]))
        sched = Schedule(tuple(rows), ())
        sched = Schedule(sched.assignments, tuple(
            m.id for m, s in zip(problem.meetings, choice, strict=True) if s is None))  # fmt: skip
        if check_schedule(problem, sched):
            continue
        if repair_changes(problem, announced, sched).moved_extra > budget:
            continue
        results.append((priority_scheduled(problem, sched), count_holes(problem, sched)))
    best = max(p for p, _ in results)
    keep = best if floor is None else floor
    holes = [h for p, h in results if p >= keep]
    return best, min(holes) if holes else None


@settings(deadline=None, max_examples=20)
@given(tiny_repairs(), st.integers(0, 2), st.integers(-2, 0),
       st.sampled_from(["SCIP", "CP-SAT", "GLOP"]))  # fmt: skip
def test_the_bounds_are_the_brute_force_optimum_and_never_cut_off_a_repair(
    case: tuple[Problem, Schedule], budget: int, slack: int, engine: str
) -> None:
    after, announced = case
    best, _ = brute_force(after, announced, budget, None)
    floor = best + slack  # the holes stage with a lower floor, as for a target's priority
    _, fewest = brute_force(after, announced, budget, floor)
    bounds = repair_bounds(after, announced, max_moves=budget, time_limit=4, floor=floor,
                           workers=1, engine=engine)  # fmt: skip
    assert bounds.priority.optimal and bounds.priority.found == bounds.priority.bound == best
    if engine == "GLOP":  # the LP relaxation: a bound, no solution
        assert bounds.holes.found is None and bounds.holes.bound <= fewest
    else:
        assert bounds.holes.optimal and bounds.holes.found == bounds.holes.bound == fewest
    result = repair(after, announced, max_moves=budget, time_limit=0.5, workers=1)
    assert result.stats.priority_scheduled <= bounds.priority.bound
    if result.stats.priority_scheduled >= floor:
        assert result.stats.holes >= bounds.holes.bound
    hinted = repair_bounds(after, announced, max_moves=budget, time_limit=4,
                           hint=result.schedule, workers=1, engine="CP-SAT")  # fmt: skip
    assert hinted.priority.found == best
    assert result.stats.priority_scheduled < best or hinted.holes.found <= result.stats.holes
