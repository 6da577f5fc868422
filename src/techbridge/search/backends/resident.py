"""The resident backend: the database rows stay the store of record (written exactly as by
the SQL backends, with their change log); queries are answered from an index
(``engines.searchindex``) whose arrays are segment files memory-mapped by every process of
the machine (``store``: built from ``search_document`` once, by the first process or by
``reindex``).

Before answering, a process reads the state row (one primary-key read): when its token
changed, it applies the change log's entries after the last it saw (re-reading those rows,
kept in memory over the shared arrays); it opens the current segment again after a rebuild
(new ``generation``), when a merge made a newer segment current, or when it is behind the
pruned part of the log; it rebuilds when too much changed.

Permissions stay in one place: the audience of a query is ``visible_filter(actor)`` + live,
run in SQL (``SELECT profile_id … WHERE <that>``) into a boolean mask by profile id, cached
per audience SQL and day, and brought up to date for the changed ids only."""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict, deque
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt
from django.db import connection

from techbridge.engines.searchindex import Query, SearchIndex
from techbridge.engines.searchindex.segments import SegmentWriteError
from techbridge.search.backends.audience import all_visible_ids, grown, visible_ids
from techbridge.search.backends.database import DatabaseBackend
from techbridge.search.backends.interface import RESIDENT, Facets, Hit, backend_name
from techbridge.search.backends.sql import SINGLE, audience, where_of
from techbridge.search.backends.store import MULTI_COLUMNS, SegmentStore, batch_of, rows_of
from techbridge.search.models import IndexState, OrganisationDocument, SearchChange, SearchDocument
from techbridge.search.query import POSTED_WITHIN, TRL_BANDS, Filters, TextQuery

logger = logging.getLogger(__name__)
RELOAD_SHARE = 0.2  # more changed ids than this share of the index: reload instead
MASKS = 64  # audiences kept per process
LOG_IDS = 100_000  # changed ids remembered for bringing masks up to date
ID_BATCH = 500  # ids per IN (...) list
BROWSE_CACHED = 256
BANDS = tuple((band, lo, hi) for band, (lo, hi) in TRL_BANDS.items())


AudienceKey = tuple[str, tuple[Any, ...]]  # an audience's SQL and parameters


@dataclass
class Mask:
    """The profile ids an audience may see (a boolean per id), as of change ``seq``, and
    the same as live slots of the index (for its ``version``)."""

    seen: npt.NDArray[np.bool_]
    seq: int
    slots: npt.NDArray[np.bool_] | None = None
    version: int = -1

    def visible(self, index: SearchIndex) -> npt.NDArray[np.bool_]:
        if self.slots is None or self.version != index.version:
            self.slots, self.version = index.visible(self.seen), index.version
        return self.slots


@dataclass
class Resident:
    """One database's index in this process."""

    lock: threading.RLock = field(default_factory=threading.RLock)
    index: SearchIndex | None = None
    token: str | None = None
    generation: str | None = None
    seq: int = 0
    masks: OrderedDict[AudienceKey, Mask] = field(default_factory=OrderedDict)
    log: deque[tuple[int, list[int]]] = field(default_factory=deque)  # (seq, ids changed)
    log_from: int = 0  # the log holds every change after this one
    logged: int = 0
    # browse counts (no query text) per audience and filters, until the index changes
    browse: OrderedDict[tuple[Any, ...], Facets] = field(default_factory=OrderedDict)
    store: SegmentStore = field(default_factory=SegmentStore.for_default_database)

    def sync(self) -> SearchIndex:
        """The index, brought up to date with the database (see the module docstring)."""
        state = IndexState.objects.filter(id=1).values_list("token", "generation", "pruned_below")
        token, generation, pruned = state.first() or (None, None, 0)
        newer = self.store.changed()
        if self.index is not None and token == self.token and not newer:
            return self.index
        self.browse.clear()
        if self.index is None or generation != self.generation or pruned > self.seq or newer:
            self.load(generation, pruned)
        return self.catch_up(token, generation, pruned)

    def catch_up(self, token: str | None, generation: str | None, pruned: int) -> SearchIndex:
        """Apply the change log after the last entry applied (rebuild when too much
        changed: a merge task normally writes a new segment long before)."""
        assert self.index is not None
        changes = list(
            SearchChange.objects.filter(seq__gt=self.seq)
            .order_by("seq")
            .values_list("seq", "profile_id")
        )
        ids = sorted({pid for _seq, pid in changes})
        if len(ids) > max(1000, RELOAD_SHARE * len(self.index)):
            self.load(generation, pruned, rebuild=True)
            return self.catch_up(token, generation, pruned)
        self.apply(self.index, ids)
        self.token = token
        if changes:
            self.seq = changes[-1][0]
            self.log.append((self.seq, ids))
            self.logged += len(ids)
            while self.logged > LOG_IDS:
                self.log_from, dropped = self.log.popleft()
                self.logged -= len(dropped)
        return self.index

    def load(self, generation: str | None, pruned: int, *, rebuild: bool = False) -> SearchIndex:
        """The current segment of this generation (memory-mapped; built from
        ``search_document`` and written first when there is none, it is stale or corrupt,
        or ``rebuild``); `catch_up` then applies the changes written after it."""
        self.index, self.seq = self.store.index(generation, pruned, rebuild=rebuild)
        self.token, self.generation = None, generation
        self.masks.clear()
        self.log.clear()
        self.log_from, self.logged = self.seq, 0
        return self.index

    def merge(self) -> bool:
        """Write a new segment holding every change applied so far (the background merge:
        processes then open it instead of carrying the changes in memory). False when the
        current segment is up to date or the directory cannot be written (logged)."""
        index = self.sync()
        try:
            with self.store.lock():
                if not self.store.behind():
                    return False
                self.store.save(index, generation=self.generation, seq=self.seq)
        except SegmentWriteError as exc:
            logger.error("search: %s", exc)
            return False
        token = self.token
        self.load(self.generation, 0)  # the saved index was compacted: open the segment
        self.catch_up(token, self.generation, 0)
        return True

    @staticmethod
    def apply(index: SearchIndex, ids: list[int]) -> None:
        """Re-read the rows of these profiles (absent ones are removed)."""
        present = [
            r
            for start in range(0, len(ids), ID_BATCH)
            for rows in rows_of(ids[start : start + ID_BATCH])
            for r in rows
        ]
        index.remove(ids)
        index.upsert(batch_of(present))

    @staticmethod
    def audience_key(filters: Filters) -> AudienceKey:
        """The SQL of the filters' audience (the permission filter and live), its masks' key."""
        base, params = where_of(
            audience(Filters(visibility=filters.visibility, today=filters.today))
        )
        return base, tuple(params)

    def mask(self, filters: Filters, key: AudienceKey | None = None) -> tuple[AudienceKey, Mask]:
        """The audience's key (``key`` when the caller built it already) and mask, computed
        in SQL by the permission filter (cached; after changes, only the changed ids are
        asked again)."""
        key = key or self.audience_key(filters)
        base, params = key[0], list(key[1])
        found = self.masks.pop(key, None)
        if found is not None and found.seq < self.seq:
            if found.seq >= self.log_from:
                changed = sorted({i for s, ids in self.log if s > found.seq for i in ids})
                found = self._update(found, base, params, changed)
            else:
                found = None
        if found is None:
            found = Mask(self._visible(base, params), self.seq)
        self.masks[key] = found
        while len(self.masks) > MASKS:
            self.masks.popitem(last=False)
        return key, found

    def _update(self, mask: Mask, base: str, params: list[Any], ids: list[int]) -> Mask:
        seen = grown(mask.seen, max(ids, default=0))
        seen[ids] = False
        for start in range(0, len(ids), ID_BATCH):
            seen[visible_ids(base, params, ids[start : start + ID_BATCH])] = True
        return Mask(seen, self.seq)

    def _visible(self, base: str, params: list[Any]) -> npt.NDArray[np.bool_]:
        ids = all_visible_ids(base, params)
        seen = np.zeros(int(ids.max()) + 1 if ids.size else 1, bool)
        seen[ids] = True
        return seen


_residents: dict[tuple[str, str], Resident] = {}
_residents_lock = threading.Lock()


def _after_fork() -> None:
    """A forked child (e.g. gunicorn --preload) starts without indexes and with free locks:
    a lock held by the parent's loading thread would otherwise never be released."""
    global _residents, _residents_lock
    _residents, _residents_lock = {}, threading.Lock()


os.register_at_fork(after_in_child=_after_fork)


def resident() -> Resident:
    """This process's index of the default database."""
    key = (connection.vendor, str(connection.settings_dict["NAME"]))
    with _residents_lock:
        return _residents.setdefault(key, Resident())


def warm() -> None:
    """Load this process's index now (a failure only means the first search loads it)."""
    if backend_name() != RESIDENT:
        return
    try:
        state = resident()
        with state.lock:
            state.sync()
    except Exception:  # no database yet, not migrated: the first search tries again
        logger.exception("search: could not load the resident index")


def warm_in_background() -> threading.Thread:
    """Load the index in a thread (a web process at start: its first search then waits
    only for what is left of the load), with its own database connection."""
    from django.db import connections

    def run() -> None:
        try:
            warm()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, name="search-warm", daemon=True)
    thread.start()
    return thread


def forget() -> None:
    """Drop every resident index of this process (tests; a reload follows on next use)."""
    with _residents_lock:
        _residents.clear()


def engine_query(
    q: TextQuery, filters: Filters, sort: str, page: int, per_page: int, facets: bool
) -> Query:
    """The engine's query for the search's plan and filters."""
    v = filters.values
    pairs = [(k, v[k]) for k in (*SINGLE, *MULTI_COLUMNS) if v.get(k)]
    now = filters.now
    windows: tuple[tuple[str, int], ...] = ()
    posted_since = None
    if now is not None:
        windows = tuple((str(d), int((now - timedelta(days=d)).timestamp())) for d in POSTED_WITHIN)
        if v.get("posted"):
            posted_since = int((now - timedelta(days=int(v["posted"]))).timestamp())
    return Query(
        groups=q.groups,
        weights=q.weights,
        filters=tuple(pairs),
        number=TRL_BANDS.get(v.get("trl", "")),
        posted_since=posted_since,
        sort=sort,
        page=page,
        per_page=per_page,
        facets=facets,
        bands=BANDS,
        windows=windows,
    )


def facets_of(counts: Any) -> Facets:
    """The engine's counts in the SQL backends' form (values by count, bands in order,
    "posted within" cumulative and always present)."""
    out: Facets = {}
    for name, values in counts.items():
        items = list(values)
        if name not in ("trl", "posted"):
            items.sort(key=lambda x: (-x[1], x[0]))
        if items or name == "posted":
            out[name] = items
    out.setdefault("posted", [])
    return out


class ResidentBackend:
    """Writes through the vendor's SQL backend; queries from the resident index."""

    def __init__(self, sql: DatabaseBackend, *, one_search: bool = False) -> None:
        self.sql = sql
        self.postgres = sql.postgres
        self.one_search = one_search  # a snapshot (see there) keeps the two below
        self.state: Resident | None = None  # synced at its first query
        self.audience: tuple[tuple[Any, date | None], AudienceKey] | None = None

    def snapshot(self) -> ResidentBackend:
        """For the queries of one search: the state row read (and the index synced) at the
        first only, the audience's SQL built once. Each still takes the index and mask as
        they are then (another thread's sync meanwhile is seen, consistently)."""
        return ResidentBackend(self.sql, one_search=True)

    def _audience_key(self, filters: Filters) -> AudienceKey:
        who = (filters.visibility, filters.today)
        if self.audience is not None and self.audience[0] == who:
            return self.audience[1]
        key = Resident.audience_key(filters)
        if self.one_search:
            self.audience = (who, key)
        return key

    def index(self, docs: list[SearchDocument]) -> None:
        self.sql.index(docs)

    def append(self, docs: list[SearchDocument]) -> None:
        self.sql.append(docs)

    def delete(self, ids: Iterable[int]) -> None:
        self.sql.delete(ids)

    def bulk_build(self, *, fresh: bool) -> AbstractContextManager[None]:
        return self.sql.bulk_build(fresh=fresh)

    def index_organisations(self, docs: list[OrganisationDocument]) -> None:
        self.sql.index_organisations(docs)

    def query_organisations(self, q: TextQuery, limit: int) -> tuple[list[Hit], int]:
        return self.sql.query_organisations(q, limit)

    def query(
        self,
        q: TextQuery,
        filters: Filters,
        sort: str,
        page: int,
        per_page: int,
        *,
        facets: bool = True,
    ) -> tuple[list[Hit], int, Facets]:
        if filters.ids is not None:  # a few given profiles (saved-search alerts): SQL
            return self.sql.query(q, filters, sort, page, per_page, facets=facets)
        state = self.state or resident()
        query = engine_query(q, filters, sort, page, per_page, facets)
        with state.lock:
            synced = self.state is not None and state.index is not None
            index = state.index if synced else state.sync()
            if self.one_search:
                self.state = state
            key, mask = state.mask(filters, self._audience_key(filters))
            # Browsing counts every visible row: cached (as the SQL backends do)
            browse = (key, replace(query, sort="", page=1, per_page=1)) if q.empty else None
            counts = state.browse.get(browse) if browse and facets else None
            if counts is not None:
                query = replace(query, facets=False)
            result = index.search_visible(query, mask.visible(index))
            if counts is None and facets:
                counts = facets_of(result.counts)
                if browse:
                    state.browse[browse] = counts
                    while len(state.browse) > BROWSE_CACHED:
                        state.browse.popitem(last=False)
        hits = [Hit(id=i, score=s) for i, s in zip(result.ids, result.scores, strict=True)]
        return hits, result.total, counts or {}
