"""`techbridge bench repair --json`: the repair trade-off curve on a folder of instances.

For every `NAME-late.json` with its `NAME.previous.json` (the layout of
/work/shared/bench/b2b/repair/), repair with K = 0, 1 %, 2 %, 5 % of the kept meetings and
unlimited, each within its time limit (60 s; 120 s above 10,000 meetings), check every result
with the benchmark's own `check_repair.py` when it is next to the folder, and compare with
the anchors: those of the folder's README table, or measured (`anchors=True`: a solve from
scratch and a solve with every announced meeting pinned, as the README describes). Prints
nothing itself; returns one JSON-ready dict. The load average is recorded around every run:
the machine may be shared.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from .checker import count_holes, priority_scheduled, repair_changes
from .fileformat import load_problem, load_schedule, save_schedule
from .problem import Problem, Schedule
from .repair import repair
from .repair_bounds import repair_bounds
from .repair_plan import plan_repair
from .solver import solve

DEFAULT_DIR = "/work/shared/bench/b2b/repair"
SHARES = (("0", 0.0), ("1%", 0.01), ("2%", 0.02), ("5%", 0.05), ("unlimited", 1.0))
LARGE = 10_000  # meetings above which an instance gets the longer time limit


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def instances(directory: Path) -> list[tuple[str, Path, Path]]:
    """(name, changed file, previous file) for every complete pair in the folder."""
    out = []
    for late in sorted(directory.glob("*-late.json*")):
        name = late.name.split("-late.json")[0]
        previous = next(iter(sorted(directory.glob(f"{name}.previous.json*"))), None)
        if previous is not None:
            out.append((name, late, previous))
    return out


def readme_anchors(directory: Path) -> dict[str, dict[str, int]]:
    """The anchors table of the folder's README: per instance, from-scratch and pinned
    priority and holes (moved / dropped / holes / priority cells)."""
    readme = directory / "README.md"
    if not readme.exists():
        return {}
    out = {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 5 or not cells[0].endswith("-late"):
            continue
        nums = [re.findall(r"\d[\d,]*", c) for c in cells[3:5]]
        if len(nums[0]) != 4 or len(nums[1]) != 4:
            continue
        scratch, pinned = ([int(x.replace(",", "")) for x in n] for n in nums)
        out[cells[0][: -len("-late")]] = {
            "scratch_priority": scratch[3], "scratch_holes": scratch[2],
            "scratch_moved": scratch[0], "pinned_priority": pinned[3],
            "pinned_holes": pinned[2], "pinned_moved": pinned[0],
        }  # fmt: skip
    return out


def measured_anchors(
    problem: Problem, previous: Schedule, seconds: float, seed: int, workers: int
) -> dict[str, int]:
    """The README's two anchors, measured: `solve` from scratch, and `solve` with every
    announced meeting that can still be held pinned at its slot and table."""
    scratch = solve(problem, time_limit=seconds, seed=seed, workers=workers)
    plan = plan_repair(problem, previous)
    pinned_problem = replace(plan.problem, allow_moves=False)
    pinned = solve(pinned_problem, time_limit=seconds, seed=seed, workers=workers)
    plain = Schedule(pinned.assignments, pinned.unscheduled)
    return {
        "scratch_priority": scratch.stats.priority_scheduled,
        "scratch_holes": scratch.stats.holes,
        "scratch_moved": repair_changes(problem, previous, scratch).moved,
        "pinned_priority": priority_scheduled(problem, plain),
        "pinned_holes": count_holes(problem, plain),
        "pinned_moved": repair_changes(problem, previous, plain).moved,
    }


def _check_repair(script: Path, late: Path, previous: Path, new: Path) -> dict[str, Any] | None:
    if not script.exists():
        return None
    done = subprocess.run([sys.executable, str(script), str(late), str(previous), str(new)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    try:
        return dict(json.loads(done.stdout))
    except ValueError:
        return {"feasible": False, "error": done.stderr.strip()[-300:]}


def targets(runs: dict[str, dict[str, Any]], anchors: dict[str, int]) -> dict[str, Any]:
    """The issue's targets: K = 0, priority >= the pinned anchor and holes <= half of its
    holes; K = 5 %, priority >= the from-scratch anchor and holes <= a quarter of the pinned
    anchor's."""
    if not anchors:
        return {}
    zero, five = runs.get("0"), runs.get("5%")
    out: dict[str, Any] = {}
    if zero:
        out["k0_priority"] = zero["priority_scheduled"] >= anchors["pinned_priority"]
        out["k0_holes"] = zero["holes"] <= anchors["pinned_holes"] / 2
    if five:
        out["k5_priority"] = five["priority_scheduled"] >= anchors["scratch_priority"]
        out["k5_holes"] = five["holes"] <= anchors["pinned_holes"] / 4
    return out


BOUND_LABELS = ("0", "5%")  # the K of the targets


def _floor(label: str, anchor: dict[str, int]) -> int | None:
    """The targets' priority: the pinned anchor's at K = 0, from scratch's at K = 5 %."""
    key = "pinned_priority" if label == "0" else "scratch_priority"
    return anchor.get(key)


def bound_row(
    problem: Problem, previous: Schedule, label: str, k: int, *, floor: int | None,
    seconds: float, hint: Schedule | None, seed: int, workers: int,
) -> dict[str, Any]:  # fmt: skip
    """Proven bounds at this K (repair_bounds, `seconds` per stage, the repair's schedule as
    hint): the most priority (CP-SAT), then the fewest holes with the priority at least
    `floor` (the target's), or at least the best found when the target's priority is proven
    out of reach (SCIP, or the LP relaxation on large models)."""
    load_before, cpu0 = _load(), _cpu()
    out = repair_bounds(problem, previous, max_moves=k, time_limit=2 * seconds, floor=floor,
                        hint=hint, seed=seed, workers=workers)  # fmt: skip
    row = out.summary()
    row.update({"label": label, "cpu_seconds": round(_cpu() - cpu0, 1),
                "load_before": load_before, "load_after": _load()})  # fmt: skip
    return row


def _repair_row(
    name: str, late: Path, previous_path: Path, problem: Problem, previous: Schedule,
    label: str, k: int, seconds: float, seed: int, workers: int, tmp: str,
) -> tuple[dict[str, Any], Schedule]:  # fmt: skip
    """One repair at this K, checked by check_repair.py when it is there."""
    load_before, cpu0 = _load(), _cpu()
    result = repair(problem, previous, max_moves=k, time_limit=seconds, seed=seed,
                    workers=workers)  # fmt: skip
    row = result.stats.summary()
    row.update({"label": label, "cpu_seconds": round(_cpu() - cpu0, 1),
                "load_before": load_before, "load_after": _load()})  # fmt: skip
    out = Path(tmp) / f"{name}.{label}.json"
    save_schedule(problem, result.schedule, out)
    theirs = _check_repair(late.parent.parent / "check_repair.py", late, previous_path, out)
    if theirs is not None:
        keys = ("scheduled", "priority_scheduled", "holes", "moved", "dropped", "retabled",
                "moved_extra")  # fmt: skip
        row["checker_feasible"] = bool(theirs.get("feasible"))
        row["checker_agrees"] = all(theirs.get(x) == row[x] for x in keys)
    return row, result.schedule


def proven_targets(proofs: dict[str, dict[str, Any]], anchors: dict[str, int]) -> dict[str, Any]:
    """Which targets the bounds prove out of reach: the proven most priority below the
    target's, or the proven fewest holes (priority at least the target's) above the target's
    holes. True = reachable as far as the bounds tell, False = proven unreachable."""
    if not anchors:
        return {}
    out: dict[str, Any] = {}
    for label, key, share in (("0", "k0", 2), ("5%", "k5", 4)):
        row = proofs.get(label)
        if not row:
            continue
        prio, holes = row["priority"]["bound"], row["holes"]["bound"]
        floor = _floor(label, anchors)
        out[f"{key}_priority"] = prio is None or floor is None or prio >= floor
        joint = out[f"{key}_priority"] and row["priority_floor"] == floor
        limit = anchors["pinned_holes"] / share
        out[f"{key}_holes"] = holes is None or not joint or holes <= limit
    return out


def run_instance(
    name: str, late: Path, previous_path: Path, *, time_limit: float | None, seed: int,
    workers: int, anchors: bool, known: dict[str, int] | None, shares: tuple[tuple[str, float], ...] = SHARES,
    log: Any = None, bounds: bool = False, bound_seconds: float | None = None,
) -> dict[str, Any]:  # fmt: skip
    """The trade-off curve of one instance; with `bounds`, the proven bounds at the targets'
    K (0 and 5 %), each stage with the run's time limit, the repair's schedule as hint."""
    problem, previous = load_problem(late), load_schedule(previous_path)
    plan = plan_repair(problem, previous)
    kept = len(plan.kept)
    seconds = time_limit or (120.0 if len(problem.meetings) > LARGE else 60.0)
    anchor = (measured_anchors(problem, previous, seconds, seed, workers) if anchors
              else known) or {}  # fmt: skip
    runs: dict[str, dict[str, Any]] = {}
    proofs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, share in shares:
            k = kept if label == "unlimited" else int(kept * share)
            runs[label], schedule = _repair_row(name, late, previous_path, problem, previous,
                                                label, k, seconds, seed, workers, tmp)  # fmt: skip
            if log:
                log(f"{name} K={label} ({k}): {json.dumps(runs[label])}")
            if bounds and label in BOUND_LABELS:
                proofs[label] = bound_row(problem, previous, label, k,
                                          floor=_floor(label, anchor),
                                          seconds=bound_seconds or seconds,
                                          hint=schedule, seed=seed, workers=workers)  # fmt: skip
                if log:
                    log(f"{name} K={label} bounds: {json.dumps(proofs[label])}")
    return {
        "name": name, "meetings": len(problem.meetings), "kept": kept, "hit": len(plan.hit),
        "time_limit": seconds, "anchors": anchor,
        "anchors_source": "measured" if anchors else "README" if known else None,
        "runs": list(runs.values()), "targets": targets(runs, anchor),
        "bounds": list(proofs.values()), "proofs": proven_targets(proofs, anchor),
    }  # fmt: skip


def run(
    directory: str = DEFAULT_DIR, *, time_limit: float | None = None, seed: int = 0,
    workers: int = 2, anchors: bool = False, only: str | None = None, log: Any = None,
    bounds: bool = False, labels: tuple[str, ...] | None = None,
    bound_seconds: float | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Every instance of the folder (or those whose name contains `only`), at every K of
    SHARES (or those of `labels`), with the proven bounds at K = 0 and 5 % (`bounds`)."""
    folder = Path(directory)
    shares = SHARES if labels is None else tuple(x for x in SHARES if x[0] in labels)
    known = readme_anchors(folder)
    started, load0 = time.perf_counter(), _load()
    rows = [
        run_instance(
            name,
            late,
            prev,
            time_limit=time_limit,
            seed=seed,
            workers=workers,
            anchors=anchors,
            known=known.get(name),
            shares=shares,
            log=log,
            bounds=bounds,
            bound_seconds=bound_seconds,
        )
        for name, late, prev in instances(folder)
        if only is None or only in name
    ]
    return {
        "bench": "repair", "directory": str(folder), "cpus": os.cpu_count(),
        "load_start": load0, "load_end": _load(),
        "seconds": round(time.perf_counter() - started, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "instances": rows,
    }  # fmt: skip
