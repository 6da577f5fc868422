"""The matching engine shared by the task workers of a machine.

The first worker that needs the engine builds it and saves it as a snapshot
(`engines.snapshots`: its BM25 postings and vectors out of band, memory-mapped by whoever
loads it) under ``TECHBRIDGE["MATCH_ENGINE_DIR"]`` (default ``var/matching/engine``), one
directory per database. Another worker loads the snapshot instead of building (seconds
instead of minutes at a million profiles; the page cache holds one copy of the arrays for
all of them) and follows the changes made since (`matches.catchup`). One builder at a time
per machine (a file lock); a damaged snapshot is rebuilt with a warning, never served; a
directory that cannot be written is reported and the engine served from memory."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection

from techbridge.engines import snapshots
from techbridge.engines.matching import MatchingEngine
from techbridge.engines.searchindex.segments import CorruptSegment, SegmentWriteError

logger = logging.getLogger(__name__)
FORMAT = 2  # bump when the engine's classes change shape: older snapshots are then rebuilt


def _setting(name: str, default: Any) -> Any:
    return getattr(settings, "TECHBRIDGE", {}).get(name, default)


def enabled() -> bool:
    """Snapshots are on unless MATCH_ENGINE_SHARED says otherwise (off in tests)."""
    return bool(_setting("MATCH_ENGINE_SHARED", not settings.TESTING))


def directory() -> Path:
    root = Path(_setting("MATCH_ENGINE_DIR", "") or Path(settings.VAR_DIR) / "matching" / "engine")
    name = str(connection.settings_dict["NAME"])
    readable = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(name).name)[:60]
    digest = hashlib.sha256(f"{connection.vendor}:{name}".encode()).hexdigest()[:10]
    return root / f"{connection.vendor}-{readable}-{digest}"


def exists() -> bool:
    return (directory() / "CURRENT").exists()


def _external(engine: MatchingEngine) -> dict[str, Any]:
    """What is not saved (a loaded model, its thread pool, the settings): the loader's own."""
    held = {
        "config": engine.config,
        "encoder": engine.encoder,
        "senses": engine.senses,
        "cross_lingual": engine.cross_lingual,
        "background": engine._background,
    }
    return {name: value for name, value in held.items() if value is not None}


def _kind(engine: MatchingEngine) -> dict[str, Any]:
    config = engine.config
    return {
        "format": FORMAT,
        "class": type(engine).__name__,
        "encoder": engine.encoder.name if engine.encoder is not None else None,
        "ivf_threshold": config.ivf_threshold,
        "k1": config.k1,
        "b": config.b,
        "max_chars": config.max_chars,
        "embed_chars": config.embed_chars,
    }


def load(fresh: MatchingEngine) -> tuple[MatchingEngine, tuple[Any, ...]] | None:
    """The saved engine (arrays mapped, ``fresh``'s model and settings) and the signature
    of the population it holds; None when there is none usable (damaged: with a warning)."""
    try:
        found = snapshots.load(directory(), external=_external(fresh))
    except CorruptSegment as exc:
        logger.warning("matching: %s: not served, rebuilding the engine", exc)
        return None
    if found is None:
        return None
    (engine, signature), meta = found
    if meta.get("kind") != _kind(fresh) or not isinstance(engine, MatchingEngine):
        return None  # saved by another version or configuration
    return engine, signature


def save(engine: MatchingEngine, signature: tuple[Any, ...]) -> None:
    """Save ``engine`` for the other workers (an unwritable directory is logged: this
    process keeps serving its engine from memory)."""
    try:
        snapshots.save(
            (engine, signature),
            directory(),
            {"kind": _kind(engine), "documents": len(engine)},
            external=_external(engine),
        )
    except SegmentWriteError as exc:
        logger.error("matching: %s; the engine is served from this process's memory", exc)


@contextlib.contextmanager
def lock() -> Iterator[None]:
    """One builder per machine (an advisory file lock; none when it cannot be created)."""
    try:
        path = directory()
        path.mkdir(parents=True, exist_ok=True)
        fd = os.open(path / "lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        logger.error("matching: cannot lock %s (%s); building without the lock", path, exc)
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
