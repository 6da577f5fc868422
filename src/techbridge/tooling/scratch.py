"""The benchmarks' scratch database (`techbridge bench search|rematch`), never the user's data.

Either a temporary SQLite file, removed when the benchmark ends unless it is kept (at
100,000 profiles it takes 2 GB of /tmp), or a database of its own on the PostgreSQL server of
``--database`` (never the named database; left in place for a later run to reuse).
:func:`fill` loads synthetic organisations and profiles
(``techbridge.demo.synthetic_profiles``) into it.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.management import call_command
from django.db import connections
from django.utils import timezone

SCRATCH_SUFFIX = "_scratch"
N_ORGS = 5000
ORG_TYPES = ("company", "company", "university", "research_institute", "investor")
COUNTRIES = ("DE", "FR", "IT", "ES", "NL", "GB", "US", "JP", "KR", "IL", "FI", "AT")
PROVINCES = ("JS", "ZJ", "GD", "BJ", "SH", "SD", "SC", "HB", "HN", "FJ")
FILL_BATCH = 10_000  # profiles per COPY (PostgreSQL) or per bulk_create batch


@dataclass(frozen=True)
class Scratch:
    """A scratch database in use: its Django settings and, for a temporary SQLite file,
    the directory holding it."""

    config: dict[str, Any]
    directory: Path | None


def progress(message: str) -> None:
    """A benchmark's progress line (stderr: stdout carries its JSON)."""
    print(message, file=sys.stderr, flush=True)


def open_scratch(database: str | None, *, name: str | None = None, reuse: bool = False) -> Scratch:
    """A scratch database, made Django's default database and migrated: on the PostgreSQL
    server of a ``postgresql://`` ``database``, the database ``name`` (default: the named
    database's name + ``_scratch``), created empty unless ``reuse`` finds it; with ``reuse``
    and a ``sqlite:///`` ``database``, that file of an earlier run; else a new temporary
    SQLite file."""
    scratch = _settings(database, name=name, reuse=reuse)
    _use(scratch.config)
    call_command("migrate", verbosity=0, interactive=False)
    return scratch


def close_scratch(scratch: Scratch, *, keep: bool = False) -> None:
    """Close the scratch database's connections; remove a temporary SQLite file unless
    ``keep``."""
    connections.close_all()
    if scratch.directory is not None and not keep:
        shutil.rmtree(scratch.directory, ignore_errors=True)


@contextmanager
def scratch_database(
    database: str | None, *, name: str | None = None, reuse: bool = False, keep: bool = False
) -> Iterator[Scratch]:
    """:func:`open_scratch` for the block, :func:`close_scratch` at its end, however it
    ends (an exception, Ctrl-C)."""
    scratch = open_scratch(database, name=name, reuse=reuse)
    try:
        yield scratch
    finally:
        close_scratch(scratch, keep=keep)


def _settings(database: str | None, *, name: str | None, reuse: bool) -> Scratch:
    if database and database.startswith(("postgres://", "postgresql://")):
        return Scratch(_postgres(database, name=name, reuse=reuse), None)
    if reuse and database and database.startswith("sqlite:///"):  # an earlier run's file
        config = dj_database_url.parse(database)
        if not Path(config["NAME"]).is_file():
            raise ValueError(f"no such SQLite file: {config['NAME']}")
        return Scratch(config, None)
    tmp = Path(tempfile.mkdtemp(prefix="techbridge-bench-"))
    config = dj_database_url.parse(f"sqlite:///{tmp / 'bench.sqlite3'}")
    config["OPTIONS"] = {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"}
    return Scratch(config, tmp)


def _postgres(database: str, *, name: str | None, reuse: bool) -> dict[str, Any]:
    import psycopg

    config = dj_database_url.parse(database)
    name = name or f"{config.get('NAME') or 'techbridge'}{SCRATCH_SUFFIX}"
    if not name.replace("_", "").isalnum():
        raise ValueError(f"unexpected database name {name!r}")
    admin = {k: config[k] for k in ("HOST", "PORT", "USER", "PASSWORD") if config.get(k)}
    with psycopg.connect(
        dbname="postgres",
        host=admin.get("HOST"),
        port=admin.get("PORT") or None,
        user=admin.get("USER"),
        password=admin.get("PASSWORD"),
        autocommit=True,
    ) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not (reuse and exists):
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
    config["NAME"] = name
    return config


def _use(config: dict[str, Any]) -> None:
    connections.close_all()
    config.setdefault("TIME_ZONE", None)
    config.setdefault("CONN_HEALTH_CHECKS", False)
    config.setdefault("CONN_MAX_AGE", 0)
    config.setdefault("AUTOCOMMIT", True)
    config.setdefault("ATOMIC_REQUESTS", False)
    config.setdefault("OPTIONS", {})
    config.setdefault("TEST", {})
    connections.settings["default"] = config
    del connections["default"]


def fill(profiles: int, seed: int, *, where: str = "") -> None:
    """Load ``N_ORGS`` synthetic organisations and ``profiles`` synthetic profiles, then
    gather the planner's statistics (as autovacuum would soon have them on a live database:
    without them PostgreSQL reads search's 20 result cards through the status index)."""
    progress(f"bench: loading {profiles} synthetic profiles{where}")
    _load(profiles, seed, _organisations(random.Random(seed)))
    with connections["default"].cursor() as cursor:
        cursor.execute("ANALYZE")


def _organisations(rng: random.Random) -> list[int]:
    from techbridge.accounts.models import Organisation

    orgs = []
    for i in range(N_ORGS):
        cn = rng.random() < 0.5
        orgs.append(
            Organisation(
                name=f"Synthetic organisation {i}",
                name_alt=f"合成机构{i}",
                slug=f"synth-org-{i}",
                type=rng.choice(ORG_TYPES),
                country="CN" if cn else rng.choice(COUNTRIES),
                province=rng.choice(PROVINCES) if cn else "",
                description="A synthetic organisation for the benchmark.",
            )
        )
    Organisation.objects.bulk_create(orgs, batch_size=1000)
    return list(Organisation.objects.order_by("id").values_list("id", flat=True))


def _load(n: int, seed: int, org_ids: list[int]) -> None:
    from techbridge.core.bulkcopy import copy_objects
    from techbridge.demo import synthetic_profiles
    from techbridge.profiles.models import TechnologyProfile

    now = timezone.now()
    batch: list[TechnologyProfile] = []
    for i, r in enumerate(synthetic_profiles(n, seed)):
        posted = now - timedelta(days=r["posted_days_ago"])
        batch.append(
            TechnologyProfile(
                organisation_id=org_ids[i % len(org_ids)],
                **{k: r[k] for k in ("kind", "language", "sectors", "keywords", "trl")},
                title=r["title"][:200],
                summary=r["summary"][:500],
                description=r["description"],
                ip_status=r["ip_status"],
                partnership_types=r["partnership_types"],
                value_min=Decimal(r["value_min"]) if r.get("value_min") is not None else None,
                value_max=Decimal(r["value_max"]) if r.get("value_max") is not None else None,
                currency=r.get("currency") or "",
                visibility=r["visibility"],
                status=r["status"],
                expires_on=(now + timedelta(days=r["expires_in_days"])).date(),
                published_at=posted if r["status"] == "published" else None,
                ref=r["key"],
            )
        )
        if len(batch) >= FILL_BATCH:
            copy_objects(TechnologyProfile, batch)
            batch = []
    copy_objects(TechnologyProfile, batch)
