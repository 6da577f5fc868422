"""`techbridge bench matching --processes N`: N worker processes sharing one engine.

After the single-process run, the engine it built is saved as a snapshot
(`engines.snapshots`, what `matches.shared` does for the platform's workers) in a temporary
directory; N new interpreters (``spawn``: nothing inherited from the bench process) each
load it -- ``open_seconds``, from the start of the load (the encoder's model included)
until the engine is ready -- and answer the same new profiles as the single process did
(``p50_ms``/``p95_ms`` over all of them, one process at a time). Memory, with all N alive:
each one's ``Pss`` from ``/proc/PID/smaps_rollup``; ``pss_sum_mb`` against ``rss_one_mb``,
the largest single resident size (what one process holds alone). ``identical`` says
whether every process returned the single process's top-20 ids."""

from __future__ import annotations

import multiprocessing
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from techbridge.engines import snapshots
from techbridge.engines.matching import MatchingConfig, MatchingEngine, ProfileDoc
from techbridge.tooling.bench.search_processes import _memory
from techbridge.tooling.scratch import progress


def _external(engine: MatchingEngine) -> dict[str, Any]:
    return {"config": engine.config, "encoder": engine.encoder, "background": engine._background}


def _child(
    directory: str, config: MatchingConfig, queries: list[ProfileDoc], now: datetime, pipe: Any
) -> None:
    started = time.perf_counter()
    fresh = MatchingEngine(config)
    found = snapshots.load(Path(directory), external=_external(fresh))
    assert found is not None
    engine, _meta = found
    pipe.send({"open_seconds": time.perf_counter() - started})
    while pipe.recv() != "done":
        timings, ids = [], []
        for query in queries:
            t0 = time.perf_counter()
            ids.append([r.id for r in engine.top(query, k=20, now=now)])
            timings.append((time.perf_counter() - t0) * 1000.0)
        pipe.send({"timings": timings, "ids": ids})
    pipe.send(_memory())


def run(
    engine: MatchingEngine,
    queries: list[ProfileDoc],
    expected: list[list[str]],
    *,
    processes: int,
    now: datetime,
) -> dict[str, Any]:
    """Measure ``processes`` processes sharing ``engine`` (see the module docstring)."""
    with tempfile.TemporaryDirectory(prefix="bench-matching-") as directory:
        progress("bench: saving the engine's snapshot")
        t0 = time.perf_counter()
        snapshots.save(engine, Path(directory), {}, external=_external(engine))
        save_seconds = time.perf_counter() - t0
        context = multiprocessing.get_context("spawn")
        children, pipes, opened = [], [], []
        for i in range(processes):
            progress(f"bench: worker process {i + 1} of {processes} loads the snapshot")
            parent_end, child_end = context.Pipe()
            child = context.Process(
                target=_child, args=(directory, engine.config, queries, now, child_end)
            )
            child.start()
            children.append(child)
            pipes.append(parent_end)
            opened.append(parent_end.recv()["open_seconds"])
        timings: list[float] = []
        identical = True
        for pipe in pipes:
            pipe.send("go")
            answer = pipe.recv()
            timings += answer["timings"]
            identical = identical and answer["ids"] == expected
        memory = []
        for pipe in pipes:
            pipe.send("done")
            memory.append(pipe.recv())
        for child in children:
            child.join()
    timings.sort()
    pss = [m.get("Pss", 0.0) for m in memory]
    rss = [m.get("Rss", 0.0) for m in memory]
    return {
        "processes": processes,
        "save_seconds": round(save_seconds, 1),
        "open_seconds": [round(x, 1) for x in opened],
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
        "identical": identical,
        "pss_mb_each": [round(x, 1) for x in pss],
        "pss_sum_mb": round(sum(pss), 1),
        "rss_one_mb": round(max(rss), 1),
        "pss_sum_over_one": round(sum(pss) / max(rss), 2) if max(rss, default=0) else None,
        "shared_clean_mb_each": [round(m.get("Shared_Clean", 0.0), 1) for m in memory],
    }
