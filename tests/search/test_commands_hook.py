"""`techbridge reindex`, the query-expander hook, and the index after deletions."""

from __future__ import annotations

import json
from io import StringIO
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection

from techbridge.search.expansion import set_query_expander
from techbridge.search.forms import parse_params
from techbridge.search.models import SearchDocument
from techbridge.search.selectors import search


def test_reindex_rebuilds_with_json_summary(corpus: Any) -> None:
    SearchDocument.objects.all().delete()
    out = StringIO()
    call_command("reindex", "--json", stdout=out, stderr=StringIO())
    summary = json.loads(out.getvalue())
    assert summary["profiles"] == SearchDocument.objects.count() == 5
    assert search(actor=AnonymousUser(), params=parse_params({"q": "电池回收"})).total == 1


class ChineseForBattery:
    def expand(self, text: str, terms: list[str]) -> list[list[str]]:
        return [["电池", "回收"]] if "batteri" in terms else []


def test_a_query_expander_plugs_in(corpus: Any) -> None:
    params = parse_params({"q": "battery", "language": "zh"})
    assert search(actor=AnonymousUser(), params=params).total == 0
    set_query_expander(ChineseForBattery())
    try:
        found = search(actor=AnonymousUser(), params=params)
    finally:
        set_query_expander(None)
    assert [i.card.id for i in found.items] == [corpus["zh"].id]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's GIN index")
def test_a_fresh_rebuild_restores_the_gin_index(corpus: Any) -> None:
    SearchDocument.objects.all().delete()
    call_command("reindex", "--json", stdout=StringIO(), stderr=StringIO())
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'search_document_tsv'")
        assert cursor.fetchone() is not None
    assert search(actor=AnonymousUser(), params=parse_params({"q": "电池回收"})).total == 1


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 segments")
def test_rows_are_written_in_ascending_id_order(db: Any) -> None:
    """FTS5 starts a new segment whenever a row's id is not above the previous one's in a
    transaction: profiles come newest first, so unsorted writes made a segment per row and
    indexing grew faster than the data (issue 16). Written in id order: one segment."""
    from techbridge.search.services import index_profiles
    from tests.factories import OrganisationFactory, ProfileFactory

    org = OrganisationFactory()
    profiles = [ProfileFactory(organisation=org, title=f"Battery {i}") for i in range(30)]
    index_profiles([p.id for p in reversed(profiles)])
    with connection.cursor() as cursor:
        cursor.execute("SELECT profile_id FROM search_document ORDER BY rowid")
        written = [r[0] for r in cursor.fetchall()]
        cursor.execute("SELECT count(DISTINCT segid) FROM search_fts_idx")
        segments = cursor.fetchone()[0]
    assert written == sorted(written) and len(written) == 30
    assert segments == 1


def _rows() -> list[tuple[Any, ...]]:
    columns = [f.attname for f in SearchDocument._meta.concrete_fields if f.name != "indexed_at"]
    return list(SearchDocument.objects.order_by("profile_id").values_list(*columns))


def test_a_fresh_rebuild_writes_the_rows_the_service_writes_in_bulk(
    corpus: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty index is filled in bulk (COPY on PostgreSQL, no change log per row), with
    the same rows as indexing profile by profile, each profile analysed once: the backend's
    first use in the process does not start a second rebuild inside the first."""
    from techbridge.search import backends, services
    from techbridge.search.models import IndexState, SearchChange

    by_service = _rows()
    SearchDocument.objects.all().delete()
    SearchChange.objects.all().delete()
    generation = IndexState.objects.get(id=1).generation
    analysed: list[int] = []
    original = services.profile_document

    def counted(profile: Any, **kwargs: Any) -> Any:
        analysed.append(profile.id)
        return original(profile, **kwargs)

    monkeypatch.setattr(services, "profile_document", counted)
    monkeypatch.setattr(backends, "_backends", {})  # a new process: first use of the backend
    services.reindex_all()
    assert _rows() == by_service
    assert sorted(analysed) == [row[0] for row in by_service]
    assert not SearchChange.objects.exists()
    assert IndexState.objects.get(id=1).generation != generation
    assert search(actor=AnonymousUser(), params=parse_params({"q": "电池回收"})).total == 1
