"""SQLite: FTS5 external-content tables over the pre-segmented terms, ranked with bm25()."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from django.db.models import DateField, DateTimeField, QuerySet

from techbridge.search.backends import Hit
from techbridge.search.backends.database import COLUMNS, DatabaseBackend
from techbridge.search.models import SearchDocument
from techbridge.search.query import TextQuery

TITLE_WEIGHT, BODY_WEIGHT = 4.0, 1.0


class SqliteBackend(DatabaseBackend):
    postgres = False

    def _matching(self, q: TextQuery, base: QuerySet[SearchDocument]) -> list[tuple[Any, ...]]:
        inner, params = base.values_list(*COLUMNS).query.sql_with_params()
        # Constants and Django's own SQL only; the user's text is a parameter. The full-text
        # match is materialised first: otherwise SQLite may run it once per candidate row.
        sql = (
            "WITH m AS MATERIALIZED (SELECT rowid AS id, "  # noqa: S608
            f"-bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score FROM search_fts "
            "WHERE search_fts MATCH %s) "
            f"SELECT d.*, m.score FROM m JOIN ({inner}) AS d ON d.profile_id = m.id"
        )
        rows = self._fetch(sql, [q.fts5(), *params])
        return [self._convert(r) for r in rows]

    @staticmethod
    def _convert(row: tuple[Any, ...]) -> tuple[Any, ...]:
        # Raw SQL returns SQLite's text for dates: convert like the ORM would.
        published = DateTimeField().to_python(row[10]) if row[10] else None
        if published is not None and published.tzinfo is None:
            published = published.replace(tzinfo=UTC)
        expires = DateField().to_python(row[11]) if row[11] else None
        return (*row[:10], published, expires, row[12])

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
