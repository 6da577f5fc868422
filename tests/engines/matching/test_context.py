"""The context fit of a whole pool at once equals the scalar fit of each pair."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.engines.matching import scoring
from techbridge.engines.matching.context import ContextTable
from techbridge.engines.matching.engine import MatchingConfig, MatchingEngine
from techbridge.engines.matching.types import ProfileDoc

NOW = datetime(2026, 6, 1, tzinfo=UTC)
TYPES = [*sorted(scoring._PARTNER_OF), "unknown_type"]

docs = st.builds(
    ProfileDoc,
    id=st.uuids().map(str),
    kind=st.sampled_from(["offer", "request", "organisation"]),
    title=st.just("t"),
    sectors=st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=3, unique=True).map(tuple),
    trl=st.none() | st.integers(1, 9),
    partnership_types=st.lists(st.sampled_from(TYPES), max_size=3, unique=True).map(tuple),
    countries=st.lists(st.sampled_from(["CN", "DE", "FR"]), max_size=2).map(tuple),
    org_type=st.sampled_from([None, "company", "investor"]),
    published_at=st.none() | st.integers(0, 2000).map(lambda d: NOW - timedelta(days=d)),
)


def _scalar(engine: MatchingEngine, a: ProfileDoc, b: ProfileDoc) -> float:
    return engine._context(a, b, NOW)[0]


@settings(max_examples=150, deadline=None)
@given(query=docs, pool=st.lists(docs, min_size=1, max_size=8))
def test_fit_many_equals_the_scalar_fit_both_ways(query: ProfileDoc, pool: list[ProfileDoc]):
    table = ContextTable()
    for doc in pool:
        table.append(doc)
    engine = MatchingEngine(MatchingConfig(encoder="none"))
    fits = table.fit_many(query, np.arange(len(pool)), NOW, scoring.ComponentWeights())
    assert fits is not None
    for_query, for_other = fits
    for i, doc in enumerate(pool):
        assert abs(for_query[i] - _scalar(engine, query, doc)) < 1e-12
        assert abs(for_other[i] - _scalar(engine, doc, query)) < 1e-12


def test_profiles_it_cannot_represent_are_left_to_the_scalar_fit() -> None:
    table = ContextTable()
    table.append(ProfileDoc(id="1", kind="offer", title="t", sectors=("a", "a")))
    table.append(ProfileDoc(id="2", kind="offer", title="t", published_at=datetime(2026, 1, 1)))
    query = ProfileDoc(id="q", kind="request", title="t")
    weights = scoring.ComponentWeights()
    assert table.fit_many(query, np.array([0]), NOW, weights) is None
    assert table.fit_many(query, np.array([1]), NOW, weights) is None
    repeated = ProfileDoc(id="r", kind="request", title="t", sectors=("a", "a"))
    table.append(ProfileDoc(id="3", kind="offer", title="t"))
    assert table.fit_many(repeated, np.array([2]), NOW, weights) is None
    assert table.fit_many(query, np.array([2]), NOW, weights) is not None
