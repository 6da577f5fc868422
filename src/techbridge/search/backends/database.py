"""What both database backends share: writing rows, filters, facet counts, sort and paging.

One SQL statement per search does everything over the full-text match, materialised once
(``j``: the matching rows the audience may see, with their compact facet columns): the total,
the page (``ORDER BY … LIMIT``) and the facet counts (``GROUP BY``, one branch of a
``UNION ALL`` per facet). Only the page and ~200 count rows reach Python, and the counts come
from the same rows and the same conditions as the total, so they always agree.

Facets are *disjunctive*: each facet is counted with every filter except its own, so a
selected facet still shows its other values, each with the number of results a click on it
gives. Multi-valued facets (sectors, partnership types: `` code code `` columns) are split in
SQL: ``json_each`` on SQLite, ``unnest(string_to_array(…))`` on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from django.core.cache import cache
from django.db import connection, transaction

from techbridge.core.bulkcopy import copy_objects
from techbridge.search.backends.interface import Facets, Hit
from techbridge.search.backends.sql import (
    MULTI,
    ORDER,
    SINGLE,
    audience,
    posted_case,
    trl_case,
    when,
    where_of,
)
from techbridge.search.models import (
    IndexState,
    OrganisationDocument,
    SearchChange,
    SearchDocument,
)
from techbridge.search.query import POSTED_WITHIN, TRL_BANDS, Filters, TextQuery

BATCH = 500


KEEP_CHANGES = 50_000  # change log entries kept (a process further behind reloads)


PRUNE_EVERY = 5_000


CACHE_SECONDS = 60  # browse counts (no query text); any index write invalidates them


class DatabaseBackend:
    """The common part; subclasses give the full-text match and the dialect's pieces."""

    postgres = False
    # instr/strpos: an exact test for ' code ' in a multi-valued column
    contains = "instr({col}, %s) > 0"
    order = ORDER

    # --- dialect -------------------------------------------------------------------------

    def _match(
        self, q: TextQuery, base: str, params: list[Any], rank: bool, *, materialize: bool = True
    ) -> tuple[str, list[Any]]:
        """``WITH … j AS (…)``: the visible rows of the match with id, score and COLUMNS
        (browsing: every visible row; copied once unless ``materialize`` is False)."""
        raise NotImplementedError

    def _split(self, expr: str) -> str:
        """A FROM item ``s`` with one ``s.value`` per code of a multi-valued column value."""
        raise NotImplementedError

    def _page_score(self, q: TextQuery) -> tuple[str, list[Any]]:
        """The score of a page row ``h`` when the match did not rank (sort by date)."""
        return "h.score", []

    def _matching_orgs(self, q: TextQuery, limit: int) -> tuple[list[Hit], int]:
        raise NotImplementedError

    # --- writes --------------------------------------------------------------------------

    @staticmethod
    def touch(ids: Iterable[int] = (), *, generation: bool = False) -> None:
        """A new state token (in the writer's transaction): cached counts are stale. Then
        the change log entries of ``ids``: the upsert locked the state row until commit,
        so their sequence numbers follow commit order. ``generation``: a full rebuild."""
        fields = ["token", "generation"] if generation else ["token"]
        IndexState.objects.bulk_create(
            [IndexState(id=1, token=uuid.uuid4().hex, generation=uuid.uuid4().hex)],
            update_conflicts=True,
            unique_fields=["id"],
            update_fields=fields,
        )
        changes = SearchChange.objects.bulk_create(
            [SearchChange(profile_id=i) for i in ids], batch_size=BATCH
        )
        last = max((c.seq for c in changes if c.seq is not None), default=0)
        if last and last % PRUNE_EVERY < len(changes):  # crossed a multiple: prune
            SearchChange.objects.filter(seq__lte=last - KEEP_CHANGES).delete()
            IndexState.objects.filter(id=1, pruned_below__lt=last - KEEP_CHANGES).update(
                pruned_below=last - KEEP_CHANGES
            )

    @contextmanager
    def bulk_build(self, *, fresh: bool) -> Iterator[None]:
        """Around a rebuild of the whole index (``fresh``: it starts empty): then fresh
        planner statistics (SQLite walks the date index for browsing only with them)."""
        try:
            yield
        finally:
            self.touch(generation=True)
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE search_document")

    def index(self, docs: list[SearchDocument]) -> None:
        if not docs:
            return
        # In ascending id order: SQLite's FTS5 writes its pending terms out as a new segment
        # whenever a row's id is not above the previous one's in the transaction, so rows in
        # any other order (profiles come newest first) made one segment per row, and merging
        # those cost more the larger the index (indexing 100,000 profiles: 823 s).
        docs = sorted(docs, key=lambda d: d.profile_id)
        with transaction.atomic():
            self.touch(d.profile_id for d in docs)
            for start in range(0, len(docs), BATCH):
                batch = docs[start : start + BATCH]
                ids = [d.profile_id for d in batch]
                SearchDocument.objects.filter(profile_id__in=ids).delete()
                SearchDocument.objects.bulk_create(batch)

    def append(self, docs: list[SearchDocument]) -> None:
        """Rows of profiles that have none (a rebuild of an empty index, in bulk_build):
        no delete, no change log (the rebuild's new generation makes every process
        reload), PostgreSQL's COPY."""
        docs = sorted(docs, key=lambda d: d.profile_id)  # ascending ids: see index()
        with transaction.atomic():
            copy_objects(SearchDocument, docs)

    def delete(self, ids: Iterable[int]) -> None:
        ids = sorted(ids)
        if not ids:
            return
        with transaction.atomic():
            self.touch(ids)
            self._delete(ids)

    @staticmethod
    def _delete(ids: list[int]) -> None:
        for start in range(0, len(ids), BATCH):
            SearchDocument.objects.filter(profile_id__in=ids[start : start + BATCH]).delete()

    def index_organisations(self, docs: list[OrganisationDocument]) -> None:
        docs = sorted(docs, key=lambda d: d.organisation_id)  # ascending ids: see index()
        with transaction.atomic():
            for start in range(0, len(docs), BATCH):
                batch = docs[start : start + BATCH]
                ids = [d.organisation_id for d in batch]
                OrganisationDocument.objects.filter(organisation_id__in=ids).delete()
                OrganisationDocument.objects.bulk_create(batch)

    # --- reads ---------------------------------------------------------------------------

    def snapshot(self) -> DatabaseBackend:
        """Each statement reads the rows as they are: nothing to hold for a search."""
        return self

    def conditions(self, filters: Filters) -> dict[str, tuple[str, list[Any]]]:
        """One SQL condition over j's columns per active facet filter."""
        v = filters.values
        out: dict[str, tuple[str, list[Any]]] = {}
        for key in SINGLE:
            if v.get(key):
                out[key] = (f"{key} = %s", [v[key]])
        for key, col in MULTI.items():
            if v.get(key):
                out[key] = (self.contains.format(col=col), [f" {v[key]} "])
        if v.get("trl") in TRL_BANDS:
            out["trl"] = ("trl BETWEEN %s AND %s", list(TRL_BANDS[v["trl"]]))
        if v.get("posted") and filters.now is not None:
            out["posted"] = ("published_at >= %s", [when(filters.now, int(v["posted"]))])
        return out

    @staticmethod
    def _where(conds: dict[str, tuple[str, list[Any]]], but: str = "") -> tuple[str, list[Any]]:
        parts = [(sql, p) for key, (sql, p) in conds.items() if key != but]
        if not parts:
            return "1=1", []
        return " AND ".join(f"({sql})" for sql, _p in parts), [x for _s, p in parts for x in p]

    def _facet_branches(
        self, conds: dict[str, tuple[str, list[Any]]], now: datetime | None
    ) -> tuple[list[str], list[Any]]:
        """SELECT facet, value, count, 0 FROM j … GROUP BY value; one per facet, each with
        every filter but its own."""
        branches: list[str] = []
        params: list[Any] = []

        def branch(name: str, value_sql: str, value_params: list[Any]) -> None:
            where, wp = self._where(conds, but=name)
            branches.append(
                f"SELECT '{name}', {value_sql}, CAST(count(*) AS DOUBLE PRECISION), 0 "  # noqa: S608
                f"FROM j WHERE {where} GROUP BY 2"
            )
            params.extend([*value_params, *wp])

        for key in SINGLE:
            branch(key, key, [])
        for key, col in MULTI.items():
            # Split the few distinct code lists (~60 sector combinations), not every row.
            where, wp = self._where(conds, but=key)
            branches.append(
                f"SELECT '{key}', s.value, CAST(sum(g.n) AS DOUBLE PRECISION), 0 "  # noqa: S608
                f"FROM (SELECT {col} AS v, count(*) AS n FROM j WHERE {where} GROUP BY {col}) "
                f"AS g, {self._split('g.v')} GROUP BY 2"
            )
            params.extend(wp)
        branch("trl", trl_case(), [])
        if now is not None:
            case, cp = posted_case(now)
            branch("posted", case, cp)
        return branches, params

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
        if filters.ids is not None and not filters.ids:
            return [], 0, {}
        sort = sort if sort in self.order else "relevance"
        if q.empty and sort == "relevance":
            sort = "newest"  # no score: the same order, and the date index serves it
        base, base_params = where_of(audience(filters))
        conds = self.conditions(filters)
        page = max(1, page)
        key = self._cache_key(base, base_params, conds, filters.now) if q.empty and facets else None
        cached = cache.get(key) if key else None
        if cached is not None:  # browsing: the counts of this audience and these filters
            total, counts = cached
            page = min(page, max(1, -(-total // per_page)))
            rows = self._statement(
                q, base, base_params, conds, sort, page, per_page, False, filters.now
            )
            return self._hits(rows), total, counts
        while True:
            rows = self._statement(
                q, base, base_params, conds, sort, page, per_page, facets, filters.now
            )
            total = next(int(r[2]) for r in rows if r[0] == "total")
            last = max(1, -(-total // per_page))
            if page <= last:
                break
            page = last  # past the last page: show the last one (rare; one more statement)
        counts = self._counts(rows)
        if key:
            cache.set(key, (total, counts), CACHE_SECONDS)
        return self._hits(rows), total, counts

    def _statement(
        self,
        q: TextQuery,
        base: str,
        base_params: list[Any],
        conds: dict[str, tuple[str, list[Any]]],
        sort: str,
        page: int,
        per_page: int,
        facets: bool,
        now: datetime | None,
    ) -> list[tuple[Any, ...]]:
        """Run the one statement: the page, then (unless ``facets`` is False, the page
        alone) the total, then (if ``facets``) a count branch per facet."""
        rank = sort == "relevance"
        alone = facets is False and q.empty  # browsing with cached counts: no copy of j
        with_sql, with_params = self._match(q, base, base_params, rank, materialize=not alone)
        where, where_params = self._where(conds)
        score, score_params = ("h.score", []) if rank or q.empty else self._page_score(q)
        sql = [
            # The page: ORDER BY … LIMIT in SQL; row_number keeps its order through UNION.
            f"SELECT 'hit', CAST(h.id AS TEXT), {score}, "  # noqa: S608
            f"row_number() OVER (ORDER BY {_prefixed(self.order[sort])}) "
            f"FROM (SELECT * FROM j WHERE {where} ORDER BY {self.order[sort]} "
            "LIMIT %s OFFSET %s) AS h"
        ]
        params: list[Any] = [
            *with_params,
            *score_params,
            *where_params,
            per_page,
            (page - 1) * per_page,
        ]
        if not alone:
            sql.append(
                "SELECT 'total', '', CAST(count(*) AS DOUBLE PRECISION), 0 "  # noqa: S608
                f"FROM j WHERE {where}"
            )
            params.extend(where_params)
        if facets:
            branches, branch_params = self._facet_branches(conds, now)
            sql.extend(branches)
            params.extend(branch_params)
        return self._search_fetch(with_sql + " " + " UNION ALL ".join(sql), params, q.empty)

    def _search_fetch(self, sql: str, params: list[Any], browse: bool) -> list[tuple[Any, ...]]:
        return self._fetch(sql, params)

    @staticmethod
    def _hits(rows: list[tuple[Any, ...]]) -> list[Hit]:
        hits = sorted((r for r in rows if r[0] == "hit"), key=lambda r: r[3])
        return [Hit(id=int(r[1]), score=float(r[2] or 0.0)) for r in hits]

    @staticmethod
    def _cache_key(
        base: str, base_params: list[Any], conds: dict[str, Any], now: datetime | None
    ) -> str:
        """The cache key of browse counts: the index's state token, the audience's SQL, the
        filters and the minute (``now``, which "posted within" counts depend on). Any index
        write changes the token (in its transaction)."""
        token = IndexState.objects.filter(id=1).values_list("token", flat=True).first() or ""
        raw = repr(
            (connection.settings_dict["NAME"], token, base, base_params, sorted(conds.items()), now)
        )
        return "search:facets:" + hashlib.sha256(raw.encode()).hexdigest()

    @staticmethod
    def _counts(rows: list[tuple[Any, ...]]) -> Facets:
        out: dict[str, list[tuple[str, int]]] = {}
        posted: dict[str, int] = {}
        for name, value, n, _pos in rows:
            if name in ("hit", "total") or not value:
                continue
            if name == "posted":
                posted[str(value)] = int(n)
            else:
                out.setdefault(name, []).append((str(value), int(n)))
        for values in out.values():
            values.sort(key=lambda x: (-x[1], x[0]))
        if "trl" in out:
            trl = dict(out["trl"])
            out["trl"] = [(k, trl[k]) for k in TRL_BANDS if trl.get(k)]
        running, cumulative = 0, []
        for d in POSTED_WITHIN:  # buckets are disjoint: "within 30 days" includes "within 7"
            running += posted.get(str(d), 0)
            if running:
                cumulative.append((str(d), running))
        out["posted"] = cumulative
        return out

    def query_organisations(self, q: TextQuery, limit: int) -> tuple[list[Hit], int]:
        if q.empty:
            return [], 0
        return self._matching_orgs(q, limit)

    @staticmethod
    def _fetch(sql: str, params: Iterable[Any]) -> list[tuple[Any, ...]]:
        with connection.cursor() as cursor:
            cursor.execute(sql, list(params))
            return [tuple(r) for r in cursor.fetchall()]


def _prefixed(order: str) -> str:
    """An ORDER BY over j's columns, qualified with the page alias h."""
    return ", ".join(f"h.{part.strip()}" for part in order.split(","))
