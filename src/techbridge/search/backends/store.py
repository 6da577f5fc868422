"""Where the resident index comes from: segment files on disk, shared by every process of a
machine (``engines.searchindex.segments``), made from the ``search_document`` rows.

One directory per database, under ``TECHBRIDGE["SEARCH_INDEX_DIR"]`` (default
``var/search``). A process opens the current segment memory-mapped (no load of the corpus:
the page cache holds one copy for every process), then applies the change log written after
it. When there is no segment for the database's index generation, or it fails its checksum,
or it is too far behind the pruned change log, one process builds it from the rows (under a
file lock; the others wait and open it) and writes it. ``merge()`` (a task) writes a new
segment that includes the changes since, so that processes stop carrying them in memory."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection

from techbridge.engines.searchindex import Batch, Schema, SearchIndex
from techbridge.engines.searchindex.segments import (
    CURRENT,
    CorruptSegment,
    SegmentWriteError,
    current,
    open_segment,
    read_meta,
    write,
)
from techbridge.search.backends.sql import SINGLE
from techbridge.search.models import SearchChange, SearchDocument

logger = logging.getLogger(__name__)
SCHEMA = Schema(single=SINGLE, multi=("sector", "partnership"), number="trl", posted="posted")
MULTI_COLUMNS = {"sector": "sectors", "partnership": "partnership_types"}
COLUMNS = (
    "profile_id",
    "title_terms",
    "body_terms",
    *SINGLE,
    "sectors",
    "partnership_types",
    "trl",
    "published_at",
    "expires_on",
)
LOAD_CHUNK = 20_000
EPOCH = date(1970, 1, 1).toordinal()
# A merge (a new segment) is due when this many changes were written since the current one
# (or this share of its documents).
MERGE_CHANGES = 20_000
MERGE_SHARE = 0.05


def _seconds(value: datetime | None) -> int | None:
    return None if value is None else int(value.timestamp())


def _days(value: date | None) -> int | None:
    return None if value is None else value.toordinal() - EPOCH


def batch_of(rows: list[tuple[Any, ...]]) -> Batch:
    """Index rows (``COLUMNS``) in columns."""
    cols = list(zip(*rows, strict=True)) if rows else [()] * len(COLUMNS)
    by = dict(zip(COLUMNS, cols, strict=True))
    return Batch(
        ids=by["profile_id"],
        title=by["title_terms"],
        body=by["body_terms"],
        single={f: by[f] for f in SINGLE},
        multi={f: by[c] for f, c in MULTI_COLUMNS.items()},
        number=by["trl"],
        published=[_seconds(v) for v in by["published_at"]],
        expires=[_days(v) for v in by["expires_on"]],
    )


def rows_of(ids: list[int] | None = None) -> Iterator[list[tuple[Any, ...]]]:
    """The index rows (``COLUMNS``) of these profiles (all: None), in chunks."""
    qs = SearchDocument.objects.order_by()
    if ids is not None:
        qs = qs.filter(profile_id__in=ids)
    chunk: list[tuple[Any, ...]] = []
    for row in qs.values_list(*COLUMNS).iterator(chunk_size=LOAD_CHUNK):
        chunk.append(row)
        if len(chunk) >= LOAD_CHUNK:
            yield chunk
            chunk = []
    yield chunk


def last_change() -> int:
    return SearchChange.objects.order_by("-seq").values_list("seq", flat=True).first() or 0


def index_root() -> Path:
    return Path(settings.TECHBRIDGE.get("SEARCH_INDEX_DIR") or Path(settings.VAR_DIR) / "search")


def database_directory() -> Path:
    """The segment directory of the default database (its vendor and name, readable, plus
    a short hash so that two SQLite files of the same name do not share it)."""
    name = str(connection.settings_dict["NAME"])
    readable = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(name).name)[:60]
    digest = hashlib.sha256(f"{connection.vendor}:{name}".encode()).hexdigest()[:10]
    return index_root() / f"{connection.vendor}-{readable}-{digest}"


@dataclass
class SegmentStore:
    """The segments of one database, as one process sees them."""

    directory: Path
    opened: tuple[int, int] | None = None  # CURRENT's (inode, mtime) when it was opened

    @classmethod
    def for_default_database(cls) -> SegmentStore:
        return cls(database_directory())

    def _stamp(self) -> tuple[int, int] | None:
        try:
            st = (self.directory / CURRENT).stat()
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns

    def changed(self) -> bool:
        """Whether another process made a new segment current since this one opened its
        own (one ``stat``)."""
        stamp = self._stamp()
        return stamp is not None and stamp != self.opened

    def index(
        self, generation: str | None, pruned: int, *, rebuild: bool = False
    ) -> tuple[SearchIndex, int]:
        """The index of the current segment of ``generation`` and the last change it holds
        (see the module docstring)."""
        if not rebuild and (found := self._open(generation, pruned)) is not None:
            return found
        try:
            with self.lock():
                if not rebuild and (found := self._open(generation, pruned)) is not None:
                    return found  # another process wrote it while this one waited
                return self._build(generation)
        except SegmentWriteError as exc:
            logger.error("search: %s; this process serves the index from its own memory", exc)
            return self._in_memory()

    def _open(self, generation: str | None, pruned: int) -> tuple[SearchIndex, int] | None:
        stamp, segment = self._stamp(), current(self.directory)
        if segment is None:
            return None
        try:
            meta = read_meta(segment)
            if meta.get("generation") != (generation or "") or meta.get("seq", 0) < pruned:
                return None
            index, meta = open_segment(segment, SCHEMA)
        except CorruptSegment as exc:
            logger.warning("search: %s: not served, rebuilding it from the database", exc)
            return None
        self.opened = stamp
        return index, int(meta["seq"])

    def _in_memory(self) -> tuple[SearchIndex, int]:
        last = last_change()
        return SearchIndex.build(SCHEMA, (batch_of(rows) for rows in rows_of())), last

    def _build(self, generation: str | None) -> tuple[SearchIndex, int]:
        """Build from the rows (as of the last change read first: one that commits
        meanwhile is applied again by the caller, harmlessly), write, open mapped."""
        index, last = self._in_memory()
        self.save(index, generation=generation, seq=last)
        opened = self._open(generation, 0)
        return opened if opened is not None else (index, last)

    def save(self, index: SearchIndex, *, generation: str | None, seq: int) -> Path:
        """Write ``index`` (it is compacted) as the current segment."""
        meta = {"generation": generation or "", "seq": seq, "documents": len(index)}
        return write(index, self.directory, meta)

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """One builder or merger at a time per machine (an advisory file lock)."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.directory / "lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise SegmentWriteError(
                f"cannot write the search index under {self.directory}: {exc}"
            ) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def behind(self) -> int:
        """Changes written since the current segment (all of them when there is none)."""
        segment = current(self.directory)
        try:
            seq = int(read_meta(segment)["seq"]) if segment is not None else 0
        except CorruptSegment:
            seq = 0
        return max(0, last_change() - seq)

    def merge_due(self) -> bool:
        """Whether the changes since the current segment call for a new one."""
        segment = current(self.directory)
        try:
            documents = int(read_meta(segment).get("documents", 0)) if segment else 0
        except CorruptSegment:
            documents = 0
        return self.behind() > max(MERGE_CHANGES, MERGE_SHARE * documents)
