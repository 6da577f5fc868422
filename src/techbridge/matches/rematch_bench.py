"""`techbridge bench rematch --profiles N [--database URL] [--workers W] --json`.

Fills a scratch database (a temporary SQLite file, or a fresh PostgreSQL database
``ms_bench_rematch`` on the server of ``--database``: never the user's data) with N synthetic
profiles (``techbridge.demo.synthetic_profiles``) and 5,000 organisations, then times the
`rematch` service over it: the engine's build (document vectors come from the embedding
cache under ``VAR_DIR/matching`` when an earlier run filled it), every live profile's
proposals and the writes of the Match records, without notifications.
"""

from __future__ import annotations

import resource
import time
from typing import Any

from django.db import connections

from techbridge.core.scratch import Scratch, fill, open_scratch, progress

BENCH_DB = "ms_bench_rematch"


def _max_rss_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024.0, 1)


def prepare(*, profiles: int, seed: int = 0, database: str | None = None) -> Scratch:
    """Create and fill the scratch database (and make it Django's default)."""
    scratch = open_scratch(database, name=BENCH_DB)
    fill(profiles, seed, where=f" into {scratch.config['NAME']}")
    return scratch


def run(
    *, profiles: int, seed: int = 0, database: str | None = None, workers: int = 1
) -> dict[str, Any]:
    """Rematch N synthetic profiles in a scratch database; seconds, throughput, memory."""
    from techbridge.matches import engine, services

    name = str(prepare(profiles=profiles, seed=seed, database=database).config["NAME"])
    progress("bench: rematching")
    started = time.perf_counter()
    summary = services.match_compute_all(notify=False, workers=workers)
    seconds = time.perf_counter() - started
    from techbridge.matches.models import Match

    written = Match.objects.count()
    vendor = connections["default"].vendor
    connections.close_all()
    return {
        "profiles": profiles,
        "live_profiles": summary.profiles,
        "seconds": round(seconds, 1),
        "build_seconds": round(summary.build_seconds, 1),
        "write_seconds": round(summary.write_seconds, 1),
        "profiles_per_second": round(summary.profiles / seconds, 1) if seconds else None,
        "matches_written": written,
        "max_rss_mb": _max_rss_mb(resource.RUSAGE_SELF),
        "max_worker_rss_mb": _max_rss_mb(resource.RUSAGE_CHILDREN),
        "workers": workers,
        "database": vendor,
        "scratch": name,
        "engine": engine.engine_name(),
    }
