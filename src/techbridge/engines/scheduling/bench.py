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


def run_instance(
    name: str, late: Path, previous_path: Path, *, time_limit: float | None, seed: int,
    workers: int, anchors: bool, known: dict[str, int] | None, shares: tuple[tuple[str, float], ...] = SHARES,
    log: Any = None,
) -> dict[str, Any]:  # fmt: skip
    problem, previous = load_problem(late), load_schedule(previous_path)
    plan = plan_repair(problem, previous)
    kept = len(plan.kept)
    seconds = time_limit or (120.0 if len(problem.meetings) > LARGE else 60.0)
    script = late.parent.parent / "check_repair.py"
    runs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, share in shares:
            k = kept if label == "unlimited" else int(kept * share)
            load_before, cpu0 = _load(), _cpu()
            result = repair(problem, previous, max_moves=k, time_limit=seconds, seed=seed,
                            workers=workers)  # fmt: skip
            row = result.stats.summary()
            row.update({"label": label, "cpu_seconds": round(_cpu() - cpu0, 1),
                        "load_before": load_before, "load_after": _load()})  # fmt: skip
            out = Path(tmp) / f"{name}.{label}.json"
            save_schedule(problem, result.schedule, out)
            theirs = _check_repair(script, late, previous_path, out)
            if theirs is not None:
                keys = ("scheduled", "priority_scheduled", "holes", "moved", "dropped",
                        "retabled", "moved_extra")  # fmt: skip
                row["checker_feasible"] = bool(theirs.get("feasible"))
                row["checker_agrees"] = all(theirs.get(x) == row[x] for x in keys)
            runs[label] = row
            if log:
                log(f"{name} K={label} ({k}): {json.dumps(row)}")
    anchor = measured_anchors(problem, previous, seconds, seed, workers) if anchors else known
    return {
        "name": name, "meetings": len(problem.meetings), "kept": kept, "hit": len(plan.hit),
        "time_limit": seconds, "anchors": anchor or {},
        "anchors_source": "measured" if anchors else "README" if known else None,
        "runs": list(runs.values()), "targets": targets(runs, anchor or {}),
    }  # fmt: skip


def run(
    directory: str = DEFAULT_DIR, *, time_limit: float | None = None, seed: int = 0,
    workers: int = 2, anchors: bool = False, only: str | None = None, log: Any = None,
) -> dict[str, Any]:  # fmt: skip
    """Every instance of the folder (or those whose name contains `only`)."""
    folder = Path(directory)
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
            log=log,
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
