"""PostgreSQL: a weighted tsvector (title A, body B) over the pre-segmented terms, a GIN
index, ranking by ts_rank_cd. The tsquery is a literal cast (no text parser)."""

from __future__ import annotations

from typing import Any

from techbridge.search.backends import Hit
from techbridge.search.backends.database import COLUMNS, DatabaseBackend
from techbridge.search.query import TextQuery


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
        # ts_rank_cd reads each match's tsvector: only when the sort needs it.
        score = "ts_rank_cd(search_document.tsv, %s::tsquery)" if rank else "0.0::float8"
        return (
            "WITH j AS MATERIALIZED (SELECT search_document.profile_id AS id, "  # noqa: S608
            f"{score} AS score, {cols} FROM search_document "
            f"WHERE search_document.tsv @@ %s::tsquery AND {base})",
            [*([tsq] if rank else []), tsq, *params],
        )

    def _split(self, expr: str) -> str:
        return f"unnest(string_to_array(btrim({expr}), ' ')) AS s(value)"

    def _page_score(self, q: TextQuery) -> tuple[str, list[Any]]:
        return (
            "(SELECT ts_rank_cd(d.tsv, %s::tsquery) FROM search_document d "
            "WHERE d.profile_id = h.id)",
            [q.tsquery()],
        )

    def _matching_orgs(self, q: TextQuery, limit: int) -> tuple[list[Hit], int]:
        tsq = q.tsquery()
        rows = self._fetch(
            "SELECT organisation_id, ts_rank_cd(tsv, %s::tsquery) AS s FROM search_org_document "
            "WHERE tsv @@ %s::tsquery ORDER BY s DESC, organisation_id LIMIT %s",
            [tsq, tsq, limit],
        )
        total = self._fetch(
            "SELECT count(*) FROM search_org_document WHERE tsv @@ %s::tsquery", [tsq]
        )[0][0]
        return [Hit(id=r[0], score=float(r[1])) for r in rows], int(total)
