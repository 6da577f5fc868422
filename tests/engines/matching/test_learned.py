"""The learned fusion: its features, its range, and the switch back to the hand-set fusion."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techbridge.engines.matching import learned
from techbridge.engines.matching.engine import MatchingConfig, MatchingEngine
from techbridge.engines.matching.lexical import BM25Index
from techbridge.engines.matching.types import ProfileDoc


def _index(docs: list[list[str]]) -> BM25Index:
    index = BM25Index()
    index.build(docs)
    return index


def test_term_shares_count_the_query_terms_a_text_and_its_title_name() -> None:
    texts = _index([["solar", "panel", "clean", "robot"], ["robot", "arm"], ["tea"]])
    titles = _index([["solar", "panel"], ["robot"], []])
    body, title = learned.term_shares(texts, titles, ["solar", "panel", "robot"], [0, 1, 2])
    assert body[0] == 1.0
    assert 0.0 < body[1] < 1.0
    assert body[2] == 0.0
    assert 0.0 < title[0] < 1.0 and title[0] > title[1] > 0.0
    assert title[2] == 0.0


def test_term_shares_of_nothing() -> None:
    index = _index([["a"]])
    body, title = learned.term_shares(index, index, [], [0])
    assert body.tolist() == title.tolist() == [0.0]


def test_relevance_is_never_negative_and_rises_with_a_title_match() -> None:
    zeros = {name: np.zeros(2, dtype=np.float32) for name in learned.WEIGHTS}
    low = learned.relevance(zeros)
    assert (low >= 0).all()
    titled = dict(zeros, lexical_title_share=np.array([0.0, 1.0], dtype=np.float32))
    out = learned.relevance(titled)
    assert out[1] > out[0] == low[0]


def test_the_engine_gives_every_feature_the_weights_name(engine: MatchingEngine) -> None:
    query = ProfileDoc(id="q", kind="request", title="锂电池回收", description="battery recycling")
    features = engine._features(engine._query_channels(query), [0, 1, 2])
    assert set(features) == set(learned.WEIGHTS)
    assert all(len(v) == 3 and np.isfinite(v).all() for v in features.values())


def test_learned_false_ranks_by_the_hand_set_fusion(
    engine: MatchingEngine, corpus: tuple[ProfileDoc, ...]
) -> None:
    query = ProfileDoc(id="q", kind="request", title="Lithium battery recycling", description="")
    hand = MatchingEngine(dataclasses.replace(engine.config, learned=False), engine.encoder)
    hand.build(corpus)
    _, ch = hand.channels(query)
    ranked = hand.rank(query, k=5)
    fused = hand.fuse(ch)
    pool = [hand._pos[i] for i, _ in ranked]
    smoothed = hand.smooth(np.where(hand._allowed(query), fused, -1.0), pool)
    assert [round(v, 5) for _, v in ranked] == [round(float(smoothed[p]), 5) for p in pool]
    assert MatchingConfig().learned


_text = st.text(
    alphabet=st.sampled_from(list("电池回收锂水茶 batteryrecylingtea0123😀")), max_size=40
)


@pytest.fixture(scope="module")
def lexical_only(corpus: tuple[ProfileDoc, ...]) -> MatchingEngine:
    eng = MatchingEngine(MatchingConfig(encoder="none"))
    eng.build(corpus)
    return eng


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=_text, description=_text)
def test_property_learned_relevance_in_range_and_deterministic_without_vectors(
    lexical_only: MatchingEngine, title: str, description: str
) -> None:
    query = ProfileDoc(id="p", kind="request", title=title, description=description)
    first = lexical_only.top(query, k=5)
    assert first == lexical_only.top(query, k=5)
    assert all(0.0 <= r.score <= 1.0 and 0.0 <= r.components["text"] <= 1.0 for r in first)
    assert all(v >= 0.0 for _, v in lexical_only.rank(query, k=5))
