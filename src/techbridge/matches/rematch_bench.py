"""`techbridge bench rematch --profiles N [--database URL] [--workers W] --json`.

Fills a scratch database (a temporary SQLite file, or a fresh PostgreSQL database
``ms_bench_rematch`` on the server of ``--database``: never the user's data) with N synthetic
profiles (``techbridge.demo.synthetic_profiles``) and 5,000 organisations, then times the
`rematch` service over it: the engine's build (document vectors come from the embedding
cache under ``VAR_DIR/matching`` when an earlier run filled it), every live profile's
proposals and the writes of the Match records, without notifications.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from typing import Any

import dj_database_url
from django.db import connections

BENCH_DB = "ms_bench_rematch"


def _scratch(database: str | None) -> dict[str, Any]:
    """The scratch database's settings, created empty (PostgreSQL) or a new temporary file."""
    if database and database.startswith(("postgres://", "postgresql://")):
        import psycopg

        config = dj_database_url.parse(database)
        with psycopg.connect(
            dbname="postgres",
            host=config.get("HOST") or None,
            port=config.get("PORT") or None,
            user=config.get("USER") or None,
            password=config.get("PASSWORD") or None,
            autocommit=True,
        ) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
            conn.execute(f"CREATE DATABASE {BENCH_DB}")
        config["NAME"] = BENCH_DB
        return config
    from techbridge.search.bench import _scratch as sqlite_scratch

    return sqlite_scratch(None)[0]


def _max_rss_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024.0, 1)


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def prepare(*, profiles: int, seed: int = 0, database: str | None = None) -> str:
    """Create and fill the scratch database (and make it Django's default); its name."""
    from django.core.management import call_command

    from techbridge.search.bench import _load, _organisations, _use

    config = _scratch(database)
    _use(config)
    call_command("migrate", verbosity=0, interactive=False)
    _progress(f"bench: loading {profiles} synthetic profiles into {config['NAME']}")
    _load(profiles, seed, _organisations(random.Random(seed)))
    with connections["default"].cursor() as cursor:
        cursor.execute("ANALYZE")
    return str(config["NAME"])


def run(
    *, profiles: int, seed: int = 0, database: str | None = None, workers: int = 1
) -> dict[str, Any]:
    """Rematch N synthetic profiles in a scratch database; seconds, throughput, memory."""
    from techbridge.matches import engine, services

    name = prepare(profiles=profiles, seed=seed, database=database)
    _progress("bench: rematching")
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
