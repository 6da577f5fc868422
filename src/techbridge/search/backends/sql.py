"""The SQL pieces the search backends share: the index table's compact columns, the facet
fields, sort orders, the live-profile condition, the audience filter and its SQL, and the
TRL and posted-date cases."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.sql.where import WhereNode

from techbridge.profiles.models import live_condition
from techbridge.search.models import (
    SearchDocument,
)
from techbridge.search.query import POSTED_WITHIN, TRL_BANDS, Filters

# The compact columns of a match (``j``), after its id and score.
COLUMNS = (
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


SINGLE = ("kind", "language", "country", "province", "org_type", "ip_status")


MULTI = {"sector": "sectors", "partnership": "partnership_types"}


ORDER = {
    "relevance": "score DESC, published_at DESC NULLS LAST, id DESC",
    "newest": "published_at DESC NULLS LAST, id DESC",
    "expiring": "expires_on ASC NULLS LAST, id ASC",
}


def live(today: date) -> Q:
    """Index rows of live profiles: the profiles' one rule (`profiles.models.live_condition`)
    over the same two columns."""
    return live_condition(today)


def audience(filters: Filters) -> QuerySet[SearchDocument]:
    """Index rows the audience may see (no facet filter)."""
    qs = SearchDocument.objects.filter(live(filters.today or date.today()))  # noqa: DTZ011
    if filters.visibility is not None:
        qs = qs.filter(filters.visibility)
    if filters.ids is not None:
        qs = qs.filter(profile_id__in=filters.ids)
    return qs


def where_of(qs: QuerySet[Any]) -> tuple[str, list[Any]]:
    """The WHERE clause Django writes for a queryset (columns qualified by table name)."""
    where: WhereNode = qs.query.where
    compiler = qs.query.get_compiler(using=qs.db)
    try:
        sql, params = compiler.compile(where)
    except EmptyResultSet:
        return "1=0", []
    except FullResultSet:
        return "1=1", []
    return (sql or "1=1"), list(params)


def when(now: datetime, days: int) -> Any:
    return connection.ops.adapt_datetimefield_value(now - timedelta(days=days))


def trl_case() -> str:
    arms = " ".join(
        f"WHEN trl BETWEEN {lo} AND {hi} THEN '{band}'" for band, (lo, hi) in TRL_BANDS.items()
    )
    return f"CASE {arms} ELSE '' END"


def posted_case(now: datetime) -> tuple[str, list[Any]]:
    arms = " ".join(f"WHEN published_at >= %s THEN '{d}'" for d in POSTED_WITHIN)
    return f"CASE {arms} ELSE '' END", [when(now, d) for d in POSTED_WITHIN]
