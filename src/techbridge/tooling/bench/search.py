"""`techbridge bench search --profiles N [--database URL] --json`.

Builds a scratch database (a temporary SQLite file, or a fresh PostgreSQL database
``<name of --database>_scratch`` on the server of ``--database``: never the named database),
loads N synthetic profiles (``techbridge.demo.synthetic_profiles``) with 5,000 organisations,
indexes them through the same service as the signal receiver, loads the resident index (as a
process does at its first search), then times a fixed mix of 200 queries through the search
selector (index query, facet counts, 20 result cards with highlighted snippets).
``TECHBRIDGE_SEARCH_BACKEND=database`` measures the SQL backend; ``--reuse`` keeps a
PostgreSQL scratch database built by an earlier run, or with ``--database sqlite:///<file>``
the SQLite file of an earlier run (no ``index_seconds`` then). A new temporary SQLite file
is removed when the run ends unless ``--keep`` (or ``--reuse``) is given."""

from __future__ import annotations

import resource
import statistics
import time
from pathlib import Path
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db import connections

from techbridge.tooling.bench.search_queries import query_mix
from techbridge.tooling.scratch import fill, progress, scratch_database


def _rss_mb() -> float:
    """The process's resident memory now (Linux), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


def _build(profiles: int, seed: int, *, reuse: bool, workers: int) -> tuple[int, float]:
    """Load the synthetic profiles (unless ``reuse`` finds them: an earlier run filled the
    database and stopped before its index was built) and index them: (published, indexing
    seconds)."""
    from techbridge.profiles.models import TechnologyProfile
    from techbridge.search.services import reindex_all

    if not (reuse and TechnologyProfile.objects.count() == profiles):
        fill(profiles, seed)
    progress("bench: indexing")
    started, cpu = time.perf_counter(), time.process_time()
    summary = reindex_all(workers=workers)
    _cpu["index"] = time.process_time() - cpu
    return summary["profiles"], time.perf_counter() - started


# CPU seconds of this process (the machine is shared: wall-clock seconds depend on the load)
_cpu: dict[str, float] = {}


def _warm() -> tuple[float, float]:
    """Load the resident index (as a process does at its first search): (seconds, MB of
    the index's arrays); (0, 0) with the database backend."""
    from techbridge.search.backends import get_backend
    from techbridge.search.backends.resident import ResidentBackend, resident

    if not isinstance(get_backend(), ResidentBackend):
        return 0.0, 0.0
    progress("bench: loading the resident index")
    started, cpu = time.perf_counter(), time.process_time()
    index = resident().sync()
    _cpu["load"] = time.process_time() - cpu
    return time.perf_counter() - started, index.nbytes / 2**20


def run(
    *,
    profiles: int,
    seed: int = 0,
    database: str | None = None,
    reuse: bool = False,
    keep: bool = False,
    processes: int = 0,
    workers: int = 1,
) -> dict[str, Any]:
    """Build (or with ``reuse``, keep the scratch database of an earlier run with the same
    N), then time the query mix. A new temporary SQLite file is removed at the end unless
    ``keep`` or ``reuse`` (a later run may reuse it). ``processes``: then as many serving
    processes at once (``search.bench_processes``), reported under ``"serving"``.
    ``workers``: processes analysing the rows of the new index (``reindex_all``)."""
    keep = keep or reuse
    with scratch_database(database, reuse=reuse, keep=keep) as scratch:
        result = _measure(profiles=profiles, seed=seed, reuse=reuse, workers=workers)
        if processes:
            from techbridge.tooling.bench import search_processes as bench_processes

            result["serving"] = bench_processes.run(processes=processes, seed=seed)
    return {
        **result,
        "scratch": str(scratch.directory or scratch.config["NAME"]),
        "scratch_kept": keep or scratch.directory is None,
    }


def _measure(*, profiles: int, seed: int, reuse: bool, workers: int) -> dict[str, Any]:
    from techbridge.search import selectors
    from techbridge.search.backends import backend_name
    from techbridge.search.forms import parse_params
    from techbridge.search.models import SearchDocument

    built = reuse and SearchDocument.objects.exists()
    if built:
        indexed, index_seconds = SearchDocument.objects.count(), None
    else:
        indexed, index_seconds = _build(profiles, seed, reuse=reuse, workers=workers)
    load_seconds, index_mb = _warm()
    visitor = AnonymousUser()
    mix = query_mix(seed)
    for params in mix[:10]:  # warm-up: jieba, caches, the visitor's audience
        selectors.search(actor=visitor, params=parse_params(params))
    progress("bench: querying")
    timings, totals = [], []
    for params in mix:
        t0 = time.perf_counter()
        result = selectors.search(actor=visitor, params=parse_params(params))
        timings.append((time.perf_counter() - t0) * 1000)
        totals.append(result.total)
    timings.sort()
    return {
        "profiles": profiles,
        # indexing (rows + full-text) plus loading the resident index, as a process would
        "index_seconds": None if index_seconds is None else round(index_seconds + load_seconds, 2),
        "load_seconds": round(load_seconds, 2),
        "index_cpu_seconds": round(_cpu["index"] + _cpu.get("load", 0.0), 2)
        if index_seconds is not None
        else None,
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
        "max_ms": round(timings[-1], 2),
        # peak of this whole process (loading and indexing the data included)
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_after_mb": _rss_mb(),
        "index_mb": round(index_mb, 1),
        "backend": backend_name(),
        "database": connections["default"].vendor,
        "indexed": indexed,
        "reused": built,
        "queries": len(mix),
        "mean_total": round(statistics.mean(totals), 1),
    }
