"""The resident backend: the same answers as SQL, and every process follows the writes."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from techbridge.profiles.models import TechnologyProfile
from techbridge.search.backends import database as database_module
from techbridge.search.backends import database_backend
from techbridge.search.backends.resident import Resident, ResidentBackend
from techbridge.search.forms import parse_params
from techbridge.search.selectors import _filters, text_plan
from techbridge.search.services import index_profiles, reindex_all
from tests.factories import ProfileFactory
from tests.search.conftest import indexed

ANON = AnonymousUser()
QUERIES = [
    {},
    {"q": "battery recycling"},
    {"q": "battery", "kind": "offer"},
    {"q": "recycling", "sector": "recycling"},
    {"q": "电池回收"},
    {"kind": "request"},
    {"q": "battery solar", "trl": "4-6"},
    {"q": "battery", "posted": "30", "language": "en"},
    {"q": "nothing-matches-this"},
]


def answers(backend: Any, actor: Any, params: dict[str, str], sort: str) -> Any:
    p = parse_params(params)
    return backend.query(text_plan(p.q), _filters(actor, p), sort, 1, 50)


@pytest.mark.parametrize("who", ["anon", "member", "staff"])
def test_resident_and_sql_backends_agree(corpus: Any, who: str, request: Any) -> None:
    actor = ANON if who == "anon" else request.getfixturevalue(who)
    for i in range(6):
        indexed(title=f"Battery recycling line {i}", trl=1 + i, sectors=["recycling"])
    sql, resident = database_backend(), ResidentBackend(database_backend())
    for params in QUERIES:
        for sort in ("relevance", "newest", "expiring"):
            want, got = answers(sql, actor, params, sort), answers(resident, actor, params, sort)
            assert got[1] == want[1], (params, sort)  # total
            assert got[2] == want[2], (params, sort)  # facet counts
            got_ids, want_ids = [h.id for h in got[0]], [h.id for h in want[0]]
            if sort == "relevance" and params.get("q"):  # scores differ (ts_rank/bm25)
                assert sorted(got_ids) == sorted(want_ids), params
            else:
                assert got_ids == want_ids, (params, sort)


def test_another_process_follows_the_change_log(corpus: Any) -> None:
    other = Resident()  # a second process, loaded before the changes
    backend = ResidentBackend(database_backend())
    filters = _filters(ANON, parse_params({}))
    other.sync()
    before = other.mask(filters)[1].seen.sum()
    new = indexed(title="Quantum battery recycling")
    gone = corpus["solar"]
    TechnologyProfile.objects.filter(id=gone.id).update(status="closed")
    index_profiles([gone.id])
    other.sync()
    found = backend.query(text_plan("battery recycling"), filters, "newest", 1, 50)
    assert new.id in [h.id for h in found[0]]
    mask = other.mask(filters)[1].seen
    assert mask[new.id] and not (gone.id < mask.size and mask[gone.id])
    assert mask.sum() == before  # one more, one less: updated for the changed ids only
    assert other.seq > 0 and len(other.log) == 1


def test_a_rebuild_or_a_pruned_log_reloads(corpus: Any, monkeypatch: Any) -> None:
    other = Resident()
    first = other.sync()
    reindex_all()
    assert other.sync() is not first  # a new generation: reloaded
    monkeypatch.setattr(database_module, "PRUNE_EVERY", 2)
    monkeypatch.setattr(database_module, "KEEP_CHANGES", 1)
    behind = Resident()
    old = behind.sync()
    made = [ProfileFactory(title=f"Pruned heat pump {i}") for i in range(4)]
    for p in made:
        index_profiles([p.id])
    assert behind.sync() is not old  # behind the pruned part of the log: reloaded
    filters = _filters(ANON, parse_params({"q": "heat pump"}))
    total = ResidentBackend(database_backend()).query(
        text_plan("heat pump"), filters, "relevance", 1, 10
    )[1]
    assert total == 4


def test_warm_loads_the_index_before_the_first_search(
    corpus: Any, django_assert_num_queries: Any
) -> None:
    from techbridge.search.backends.resident import resident, warm

    warm()
    assert resident().index is not None and len(resident().index) == 5
    filters = _filters(ANON, parse_params({"q": "battery"}))
    backend = ResidentBackend(database_backend())
    backend.query(text_plan("battery"), filters, "relevance", 1, 10)  # the audience's mask
    with django_assert_num_queries(1):  # the state row only: no load, mask cached
        backend.query(text_plan("battery"), filters, "relevance", 1, 10)


def test_one_backend_per_name_that_follows_the_setting(settings: Any) -> None:
    from techbridge.search.backends import DATABASE, RESIDENT, backend_name, get_backend

    resident = get_backend()
    assert backend_name() == RESIDENT and isinstance(resident, ResidentBackend)
    assert get_backend() is resident
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "SEARCH_BACKEND": DATABASE}
    sql = get_backend()
    assert not isinstance(sql, ResidentBackend) and get_backend() is sql
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "SEARCH_BACKEND": RESIDENT}
    assert get_backend() is resident


def test_one_search_reads_the_index_state_once(corpus: Any, member: Any, monkeypatch: Any) -> None:
    """An empty page with two filters and no profile with every word asks the backend five
    times (the page, again with any word, the words alone, one per filter removed): one
    read of the state row and one audience for all of them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from techbridge.search.selectors import search

    params = parse_params({"q": "perovskite hydrometallurgy", "kind": "request", "language": "en"})
    search(actor=member, params=params)  # the index and the audience's mask are loaded
    built = []
    real = Resident.audience_key
    monkeypatch.setattr(Resident, "audience_key", lambda f: built.append(f) or real(f))
    with CaptureQueriesContext(connection) as ctx:
        result = search(actor=member, params=params)
    assert result.total == 0 and not result.loose
    assert {r.name: r.count for r in result.relax} == {"kind": 2, "language": 0}
    assert sum("search_index_state" in q["sql"] for q in ctx.captured_queries) == 1
    assert len(built) == 1
