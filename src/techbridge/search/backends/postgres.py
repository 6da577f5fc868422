"""PostgreSQL: a weighted tsvector (title A, body B) over the pre-segmented terms, a GIN
index, ranking by ts_rank (term frequency with the weights A 1.0, B 0.4 and length
normalisation 1: divided by 1 + log(length), BM25-like). ts_rank_cd (cover density) ranked
alike but cost 3x as much per matching row (60 vs 22 ms over 15,000 rows at 100k).
The tsquery is a literal cast (no text parser)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import connection, transaction

from techbridge.search.backends.database import DatabaseBackend
from techbridge.search.backends.interface import Hit
from techbridge.search.backends.sql import COLUMNS
from techbridge.search.query import TextQuery

RANK = "ts_rank({tsv}, %s::tsquery, 1)"
# As migration 0002 creates it.
GIN = "CREATE INDEX IF NOT EXISTS search_document_tsv ON search_document USING gin (tsv)"


class PostgresBackend(DatabaseBackend):
    postgres = True
    contains = "strpos({col}, %s) > 0"

    def _match(
        self, q: TextQuery, base: str, params: list[Any], rank: bool, *, materialize: bool = True
    ) -> tuple[str, list[Any]]:
        cols = ", ".join(f"search_document.{c}" for c in COLUMNS)
        if q.empty:
            # Browsing: no copy of the whole table; each branch reads it with its filters.
            return (
                "WITH j AS NOT MATERIALIZED (SELECT search_document.profile_id AS id, "  # noqa: S608
                f"0.0::float8 AS score, {cols} FROM search_document WHERE {base})",
                params,
            )
        tsq = q.tsquery()
        # Ranking reads each match's tsvector: only when the sort needs it.
        score = RANK.format(tsv="search_document.tsv") if rank else "0.0::float8"
        return (
            "WITH j AS MATERIALIZED (SELECT search_document.profile_id AS id, "  # noqa: S608
            f"{score} AS score, {cols} FROM search_document "
            f"WHERE search_document.tsv @@ %s::tsquery AND {base})",
            [*([tsq] if rank else []), tsq, *params],
        )

    @contextmanager
    def bulk_build(self, *, fresh: bool) -> Iterator[None]:
        """A first build loads the rows without the GIN index and builds it once at the end
        (much faster than growing it row by row); then fresh planner statistics."""
        if fresh:
            with connection.cursor() as cursor:
                cursor.execute("DROP INDEX IF EXISTS search_document_tsv")
        try:
            yield
        finally:
            self.touch(generation=True)
            with connection.cursor() as cursor:
                if connection.in_atomic_block:  # pending deferred FK checks block CREATE INDEX
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute(GIN)
                if connection.in_atomic_block:
                    cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # Django's FKs' default
                cursor.execute("ANALYZE search_document")

    def _search_fetch(self, sql: str, params: list[Any], browse: bool) -> list[tuple[Any, ...]]:
        if browse:
            return self._fetch(sql, params)
        # The planner underrates reading (detoasting) a tsvector: with a match of ~20% of the
        # rows it scans the whole table, testing and ranking every row (4x slower than the
        # GIN index, measured at 100k). The index is always right for a text match.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)"
            )
            before = cursor.fetchone()[0]
            cursor.execute(sql, params)
            rows = [tuple(r) for r in cursor.fetchall()]
            # SET LOCAL outlives a savepoint: restore it for an enclosing transaction
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [before])
            return rows

    def _split(self, expr: str) -> str:
        return f"unnest(string_to_array(btrim({expr}), ' ')) AS s(value)"

    def _page_score(self, q: TextQuery) -> tuple[str, list[Any]]:
        return (
            f"(SELECT {RANK.format(tsv='d.tsv')} FROM search_document d WHERE d.profile_id = h.id)",  # noqa: S608
            [q.tsquery()],
        )

    def _matching_orgs(self, q: TextQuery, limit: int) -> tuple[list[Hit], int]:
        tsq = q.tsquery()
        rows = self._fetch(
            f"SELECT organisation_id, {RANK.format(tsv='tsv')} AS s FROM search_org_document "  # noqa: S608
            "WHERE tsv @@ %s::tsquery ORDER BY s DESC, organisation_id LIMIT %s",
            [tsq, tsq, limit],
        )
        total = self._fetch(
            "SELECT count(*) FROM search_org_document WHERE tsv @@ %s::tsquery", [tsq]
        )[0][0]
        return [Hit(id=r[0], score=float(r[1])) for r in rows], int(total)
