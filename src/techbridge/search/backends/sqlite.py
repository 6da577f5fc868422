"""SQLite: FTS5 external-content tables over the pre-segmented terms, ranked with bm25()."""

from __future__ import annotations

from typing import Any

from techbridge.search.backends.database import DatabaseBackend
from techbridge.search.backends.interface import Hit
from techbridge.search.backends.sql import COLUMNS, ORDER
from techbridge.search.query import TextQuery

TITLE_WEIGHT, BODY_WEIGHT = 4.0, 1.0


class SqliteBackend(DatabaseBackend):
    postgres = False
    contains = "instr({col}, %s) > 0"
    order = {k: v.replace("DESC NULLS LAST", "DESC") for k, v in ORDER.items()}

    def _match(
        self, q: TextQuery, base: str, params: list[Any], rank: bool, *, materialize: bool = True
    ) -> tuple[str, list[Any]]:
        cols = ", ".join(f"search_document.{c}" for c in COLUMNS)
        if q.empty:
            how = "MATERIALIZED" if materialize else "NOT MATERIALIZED"
            return (
                f"WITH j AS {how} (SELECT search_document.profile_id AS id, "  # noqa: S608
                f"0.0 AS score, {cols} FROM search_document WHERE {base})",
                params,
            )
        # Constants and Django's own SQL only; the user's text is a parameter. The full-text
        # match is materialised first: otherwise SQLite may run it once per candidate row.
        return (
            "WITH m AS MATERIALIZED (SELECT rowid AS id, "  # noqa: S608
            f"-bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score FROM search_fts "
            "WHERE search_fts MATCH %s), "
            f"j AS MATERIALIZED (SELECT m.id AS id, m.score AS score, {cols} FROM m "
            f"JOIN search_document ON search_document.profile_id = m.id WHERE {base})",
            [q.fts5(), *params],
        )

    def _split(self, expr: str) -> str:
        # ' a b ' -> '["a","b"]' (codes are slugs: no quotes, no backslashes)
        return f"""json_each('["' || replace(trim({expr}), ' ', '","') || '"]') AS s"""

    def _matching_orgs(self, q: TextQuery, limit: int) -> tuple[list[Hit], int]:
        match = q.fts5()
        rows = self._fetch(
            f"SELECT rowid, -bm25(search_org_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS s "  # noqa: S608
            "FROM search_org_fts WHERE search_org_fts MATCH %s ORDER BY s DESC, rowid LIMIT %s",
            [match, limit],
        )
        total = self._fetch(
            "SELECT count(*) FROM search_org_fts WHERE search_org_fts MATCH %s", [match]
        )[0][0]
        return [Hit(id=r[0], score=float(r[1])) for r in rows], int(total)
