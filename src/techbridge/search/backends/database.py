"""What both database backends share: writing rows, filters, facet counts, sort and paging.

One SQL statement per search returns the compact facet columns of every matching row; counts,
order and the page are computed from them, so the counts always agree with the results."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from django.db import connection, transaction
from django.db.models import Q, QuerySet

from techbridge.search.backends import Facets, Hit
from techbridge.search.models import OrganisationDocument, SearchDocument
from techbridge.search.query import POSTED_WITHIN, TRL_BANDS, Filters, TextQuery

COLUMNS = (
    "profile_id",
    "kind",
    "language",
    "country",
    "province",
    "org_type",
    "trl",
    "ip_status",
    "sectors",
    "partnership_types",
    "published_at",
    "expires_on",
)
SINGLE = {"kind": 1, "language": 2, "country": 3, "province": 4, "org_type": 5, "ip_status": 7}
BATCH = 500
_FAR_FUTURE = date(9999, 12, 31)
_EPOCH = 0.0


def live(today: date) -> Q:
    """Published and not past its expiry date (as profiles.selectors decides it)."""
    return Q(status="published") & (Q(expires_on__isnull=True) | Q(expires_on__gte=today))


def filtered(filters: Filters) -> QuerySet[SearchDocument]:
    """Index rows the audience may see that pass the facet filters."""
    qs = SearchDocument.objects.filter(live(filters.today or date.today()))  # noqa: DTZ011
    if filters.visibility is not None:
        qs = qs.filter(filters.visibility)
    if filters.ids is not None:
        qs = qs.filter(profile_id__in=filters.ids)
    v = filters.values
    for key in ("kind", "language", "country", "province", "org_type", "ip_status"):
        if v.get(key):
            qs = qs.filter(**{key: v[key]})
    if v.get("sector"):
        qs = qs.filter(sectors__contains=f" {v['sector']} ")
    if v.get("partnership"):
        qs = qs.filter(partnership_types__contains=f" {v['partnership']} ")
    if v.get("trl") in TRL_BANDS:
        low, high = TRL_BANDS[v["trl"]]
        qs = qs.filter(trl__gte=low, trl__lte=high)
    if v.get("posted") and filters.now is not None:
        qs = qs.filter(published_at__gte=filters.now - timedelta(days=int(v["posted"])))
    return qs


def _trl_band(trl: int) -> str:
    return next((k for k, (lo, hi) in TRL_BANDS.items() if lo <= trl <= hi), "")


def count_facets(rows: list[tuple[Any, ...]], now: datetime | None) -> Facets:
    counters: dict[str, Counter[str]] = {k: Counter() for k in (*SINGLE, "sector", "partnership")}
    trl: Counter[str] = Counter()
    posted: Counter[str] = Counter()
    cutoffs = [(str(d), now - timedelta(days=d)) for d in POSTED_WITHIN] if now else []
    for row in rows:
        for key, i in SINGLE.items():
            if row[i]:
                counters[key][row[i]] += 1
        counters["sector"].update(row[8].split())
        counters["partnership"].update(row[9].split())
        trl[_trl_band(row[6])] += 1
        published = row[10]
        if published is not None:
            for label, cutoff in cutoffs:
                if published >= cutoff:
                    posted[label] += 1
    out: Facets = {k: c.most_common() for k, c in counters.items()}
    out["trl"] = [(k, trl[k]) for k in TRL_BANDS if trl[k]]
    out["posted"] = [(str(d), posted[str(d)]) for d in POSTED_WITHIN if posted[str(d)]]
    return out


def _timestamp(value: datetime | None) -> float:
    return value.timestamp() if value is not None else _EPOCH


def order(rows: list[tuple[Any, ...]], sort: str) -> list[tuple[Any, ...]]:
    """Rows are (columns..., score). Ties always break on the id, so pages are stable."""
    if sort == "newest":
        return sorted(rows, key=lambda r: (-_timestamp(r[10]), -r[0]))
    if sort == "expiring":
        return sorted(rows, key=lambda r: (r[11] or _FAR_FUTURE, r[0]))
    return sorted(rows, key=lambda r: (-r[-1], -_timestamp(r[10]), -r[0]))


class DatabaseBackend:
    """The common part; subclasses give the full-text statement of their database."""

    postgres = False

    def _matching(self, q: TextQuery, base: QuerySet[SearchDocument]) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _matching_orgs(self, q: TextQuery, limit: int) -> tuple[list[Hit], int]:
        raise NotImplementedError

    def index(self, docs: list[SearchDocument]) -> None:
        with transaction.atomic():
            for start in range(0, len(docs), BATCH):
                batch = docs[start : start + BATCH]
                ids = [d.profile_id for d in batch]
                SearchDocument.objects.filter(profile_id__in=ids).delete()
                SearchDocument.objects.bulk_create(batch)

    def delete(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        for start in range(0, len(ids), BATCH):
            SearchDocument.objects.filter(profile_id__in=ids[start : start + BATCH]).delete()

    def index_organisations(self, docs: list[OrganisationDocument]) -> None:
        with transaction.atomic():
            for start in range(0, len(docs), BATCH):
                batch = docs[start : start + BATCH]
                ids = [d.organisation_id for d in batch]
                OrganisationDocument.objects.filter(organisation_id__in=ids).delete()
                OrganisationDocument.objects.bulk_create(batch)

    def query(
        self, q: TextQuery, filters: Filters, sort: str, page: int, per_page: int
    ) -> tuple[list[Hit], int, Facets]:
        base = filtered(filters)
        if q.empty:
            rows = [(*r, 0.0) for r in base.values_list(*COLUMNS)]
        else:
            rows = self._matching(q, base)
        total = len(rows)
        facets = count_facets(rows, filters.now)
        pages = max(1, -(-total // per_page))
        start = (min(page, pages) - 1) * per_page
        ranked = order(rows, sort)[start : start + per_page]
        return [Hit(id=r[0], score=float(r[-1])) for r in ranked], total, facets

    def query_organisations(self, q: TextQuery, limit: int) -> tuple[list[Hit], int]:
        if q.empty:
            return [], 0
        return self._matching_orgs(q, limit)

    @staticmethod
    def _fetch(sql: str, params: Iterable[Any]) -> list[tuple[Any, ...]]:
        with connection.cursor() as cursor:
            cursor.execute(sql, list(params))
            return [tuple(r) for r in cursor.fetchall()]
