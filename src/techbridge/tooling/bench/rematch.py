"""`techbridge bench rematch --profiles N [--database URL] [--workers W] --json`.

Fills a scratch database (a temporary SQLite file, or a fresh PostgreSQL database
``ms_bench_rematch`` on the server of ``--database``: never the user's data) with N synthetic
profiles (``techbridge.demo.synthetic_profiles``) and 5,000 organisations, then times the
`rematch` service over it: the engine's build (document vectors come from the embedding
cache under ``VAR_DIR/matching`` when an earlier run filled it), every live profile's
proposals and the writes of the Match records, without notifications. A temporary SQLite
file is removed when the run ends unless ``--keep`` is given.
"""

from __future__ import annotations

import resource
import time
from typing import Any

from django.db import connections

from techbridge.tooling.scratch import fill, progress, scratch_database

BENCH_DB = "ms_bench_rematch"


def _max_rss_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024.0, 1)


def run(
    *,
    profiles: int,
    seed: int = 0,
    database: str | None = None,
    workers: int = 1,
    keep: bool = False,
) -> dict[str, Any]:
    """Rematch N synthetic profiles in a scratch database; seconds, throughput, memory. A
    temporary SQLite file is removed at the end unless ``keep``."""
    with scratch_database(database, name=BENCH_DB, keep=keep) as scratch:
        fill(profiles, seed, where=f" into {scratch.config['NAME']}")
        result = _rematch(workers)
    return {
        "profiles": profiles,
        **result,
        "scratch": str(scratch.config["NAME"]),
        "scratch_kept": keep or scratch.directory is None,
    }


def _rematch(workers: int) -> dict[str, Any]:
    from techbridge.matches import engine, services
    from techbridge.matches.models import Match

    progress("bench: rematching")
    started = time.perf_counter()
    summary = services.match_compute_all(notify=False, workers=workers)
    seconds = time.perf_counter() - started
    return {
        "live_profiles": summary.profiles,
        "seconds": round(seconds, 1),
        "build_seconds": round(summary.build_seconds, 1),
        "write_seconds": round(summary.write_seconds, 1),
        "profiles_per_second": round(summary.profiles / seconds, 1) if seconds else None,
        "matches_written": Match.objects.count(),
        "max_rss_mb": _max_rss_mb(resource.RUSAGE_SELF),
        "max_worker_rss_mb": _max_rss_mb(resource.RUSAGE_CHILDREN),
        "workers": workers,
        "database": connections["default"].vendor,
        "engine": engine.engine_name(),
    }
