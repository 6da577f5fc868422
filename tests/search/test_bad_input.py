"""Nothing a user types into a search is an error: a property test feeds random strings to the
service (on SQLite and on PostgreSQL, as the suite runs on both)."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techbridge.search.forms import parse_params
from techbridge.search.selectors import search

NASTY = [
    '"',
    '"battery',
    "battery*",
    "title:battery",
    "(battery OR",
    "AND OR NOT NEAR",
    "NEAR(battery recycling, 2)",
    "-battery",
    "battery' OR 1=1; DROP TABLE search_document; --",
    "\x00battery\x00",
    "\ud800battery\udfff",
    "🔋♻️ 电池 🔋",
    "電池回收",
    "&|!():*<>'\\",
    "x" * 20_000,
    "电" * 3000,
    "",
    "   ",
]


@pytest.mark.parametrize("q", NASTY)
def test_nasty_queries_give_results_not_errors(corpus: Any, q: str) -> None:
    result = search(actor=AnonymousUser(), params=parse_params({"q": q}))
    assert result.total >= 0
    assert len(result.params.q) <= 500


def test_long_query_is_cut_and_says_so(corpus: Any) -> None:
    params = parse_params({"q": "battery " * 200})
    assert params.truncated and len(params.q) <= 500
    assert search(actor=AnonymousUser(), params=params).total > 0


def test_unknown_facet_values_and_pages(corpus: Any) -> None:
    params = parse_params(
        {"kind": "nonsense", "sector": "'; --", "country": "ZZ", "trl": "0-99", "page": "-5"}
    )
    assert set(params.ignored) == {"kind", "sector", "country", "trl"}
    assert params.values == {} and params.page == 1
    far = search(actor=AnonymousUser(), params=parse_params({"q": "battery", "page": "99999"}))
    assert far.page == far.num_pages and far.items
    assert parse_params({"page": "1e999"}).page == 1


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    q=st.text(max_size=80),
    kind=st.sampled_from(["", "offer", "request", "x"]),
    page=st.text(max_size=6),
)
def test_random_strings_never_fail(corpus: Any, q: str, kind: str, page: str) -> None:
    result = search(
        actor=AnonymousUser(), params=parse_params({"q": q, "kind": kind, "page": page})
    )
    assert 0 <= len(result.items) <= result.total or result.total == 0
    kinds = {f.name: f for f in result.facets}["kind"].options
    # Disjunctive: the kind facet counts the results of every kind; the selected one's count
    # is the total.
    selected = [o.count for o in kinds if o.selected]
    assert selected == ([result.total] if result.params.values.get("kind") else [])
    if not result.params.values.get("kind"):
        assert sum(o.count for o in kinds) == result.total
