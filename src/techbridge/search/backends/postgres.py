"""PostgreSQL: a weighted tsvector (title A, body B) over the pre-segmented terms, a GIN
index, ranking by ts_rank_cd. The tsquery is a literal cast (no text parser)."""

from __future__ import annotations

from typing import Any

from django.db.models import BooleanField, FloatField, QuerySet
from django.db.models.expressions import RawSQL

from techbridge.search.backends import Hit
from techbridge.search.backends.database import COLUMNS, DatabaseBackend
from techbridge.search.models import SearchDocument
from techbridge.search.query import TextQuery


class PostgresBackend(DatabaseBackend):
    postgres = True

    def _matching(self, q: TextQuery, base: QuerySet[SearchDocument]) -> list[tuple[Any, ...]]:
        tsq = q.tsquery()
        qs = base.filter(
            RawSQL("search_document.tsv @@ %s::tsquery", [tsq], output_field=BooleanField())
        ).annotate(
            score=RawSQL(
                "ts_rank_cd(search_document.tsv, %s::tsquery)", [tsq], output_field=FloatField()
            )
        )
        return list(qs.values_list(*COLUMNS, "score"))

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
