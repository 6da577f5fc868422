"""The batch path (``top_many``, ``similarities_many``) gives what one query at a time gives."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.engines.matching.dense import VectorIndex
from techbridge.engines.matching.engine import MatchingConfig, MatchingEngine
from techbridge.engines.matching.lexical import BM25Index
from techbridge.engines.matching.representation import HashingEncoder
from techbridge.engines.matching.types import MatchResult
from tests.engines.matching.conftest import CORPUS, NOW, request


def _same(a: list[MatchResult], b: list[MatchResult]) -> None:
    assert [r.id for r in a] == [r.id for r in b]
    for x, y in zip(a, b, strict=True):
        assert abs(x.score - y.score) < 1e-5
        assert x.explanation == y.explanation
        assert x.components.keys() == y.components.keys()


def test_top_many_equals_top_for_indexed_and_new_profiles(engine: MatchingEngine) -> None:
    new = request("new", "锂电池回收", "寻找废旧锂电池回收技术。", lang="zh", org_id="org-x")
    changed = replace(CORPUS[0], description="Membrane treatment of dairy wastewater.")
    queries = [*CORPUS, new, changed]
    batch = engine.top_many(queries, k=5, now=NOW)
    assert len(batch) == len(queries)
    for query, results in zip(queries, batch, strict=True):
        _same(results, engine.top(query, k=5, now=NOW))
    assert any(batch)
    given = [engine.analyse(q) if i % 2 else None for i, q in enumerate(queries)]
    for a, b in zip(engine.top_many(queries, k=5, now=NOW, analysed=given), batch, strict=True):
        _same(a, b)


def test_explain_many_gives_the_explanations_top_many_gives(engine: MatchingEngine) -> None:
    """A caller may rank without explanations and explain only the results it keeps."""
    full = engine.top_many(CORPUS, k=5, now=NOW)
    bare = engine.top_many(CORPUS, k=5, now=NOW, explained=False)
    for a, b in zip(bare, full, strict=True):
        assert [(r.id, r.score, r.components) for r in a] == [
            (r.id, r.score, r.components) for r in b
        ]
    kept = [[r.id for r in results[1::2]] for results in full]
    explained = engine.explain_many(CORPUS, kept)
    assert explained == [[r.explanation for r in results[1::2]] for results in full]
    assert any(e.summary for found in explained for e in found)


def test_top_many_reuses_indexed_vectors_only_for_unchanged_texts() -> None:
    calls: list[int] = []

    class Counting(HashingEncoder):
        def encode_queries(self, texts):  # type: ignore[no-untyped-def]
            calls.append(len(texts))
            return super().encode_queries(texts)

    eng = MatchingEngine(MatchingConfig(encoder="none"), encoder=Counting())
    eng.build(CORPUS)
    eng.top_many(CORPUS, k=3, now=NOW)
    assert calls == []  # every query is indexed with the same text
    eng.top_many([replace(CORPUS[0], title="Another title"), CORPUS[1]], k=3, now=NOW)
    assert calls == [1]


def test_top_many_on_an_empty_engine() -> None:
    eng = MatchingEngine(MatchingConfig(encoder="none"), encoder=HashingEncoder())
    assert eng.top_many([CORPUS[0]], k=3) == [[]]


def _unit_rows(seed: int, n: int, dim: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    m = rng.normal(size=(n, dim))
    return (m / np.linalg.norm(m, axis=1, keepdims=True)).astype(np.float32)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(1, 300), queries=st.integers(1, 5))
def test_similarities_many_equals_one_at_a_time(seed: int, n: int, queries: int) -> None:
    m = _unit_rows(seed, n, 8)
    index = VectorIndex(8)
    index.build(m)
    q = _unit_rows(seed + 1, queries, 8)
    for row, (positions, sims) in zip(q, index.similarities_many(q), strict=True):
        one_positions, one = index.similarities(row)
        assert positions is None and one_positions is None
        np.testing.assert_allclose(sims, one, atol=1e-5)


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_ivf_rows_reconstruct_the_vectors_and_batch_search_is_deterministic(seed: int) -> None:
    m = _unit_rows(seed, 400, 16)
    ivf = VectorIndex(16, ivf_threshold=100, probe=4)
    ivf.build(m)
    for pos in (0, 199, 399):
        assert float(ivf.row(pos) @ m[pos]) > 0.99
    first = ivf.similarities_many(m[:3])
    again = ivf.similarities_many(m[:3])
    for (p1, s1), (p2, s2) in zip(first, again, strict=True):
        assert p1 is not None and p2 is not None
        assert np.array_equal(p1, p2) and np.array_equal(s1, s2)
    for i, (positions, sims) in enumerate(first):
        assert positions is not None  # its own row is probed and is the most similar
        assert int(positions[int(np.argmax(sims))]) == i


@settings(max_examples=30, deadline=None)
@given(
    docs=st.lists(st.lists(st.sampled_from("abcdefgh"), max_size=6), min_size=1, max_size=30),
    added=st.lists(st.lists(st.sampled_from("abcdefghij"), max_size=6), max_size=8),
    compact_every=st.integers(1, 10),
)
def test_shared_terms_agrees_with_the_documents(
    docs: list[list[str]], added: list[list[str]], compact_every: int
) -> None:
    """Which terms each document contains, read back from the postings (the built arrays
    and the segment of recent additions alike)."""
    index = BM25Index(compact_every=compact_every)
    index.build(docs)
    for terms in added:
        index.add(terms)
    everything = docs + added
    wanted = list("abcdefghij")
    ids = index.term_ids(wanted)
    positions = list(range(len(everything)))[::-1]
    found = index.shared_terms(ids, positions)
    for pos, terms in zip(positions, found, strict=True):
        assert index.terms_of(terms) == set(everything[pos])


def test_rows_added_after_ivf_training_are_found_exactly() -> None:
    m = _unit_rows(3, 300, 16)
    ivf = VectorIndex(16, ivf_threshold=100, probe=4)
    ivf.build(m)
    extra = _unit_rows(4, 3, 16)
    ivf.add(extra[:2])
    ivf.add(extra[2:])
    assert len(ivf) == 303
    positions, sims = ivf.similarities(extra[2])
    assert positions is not None
    best = int(np.argmax(sims))
    assert int(positions[best]) == 302 and float(sims[best]) == pytest.approx(1.0, abs=1e-5)
    np.testing.assert_allclose(ivf.row(301), extra[1], atol=1e-6)
    # rows(): the same vectors as row(), for codes and later rows alike, in the asked order
    picked = np.array([301, 0, 150, 302, 299])
    np.testing.assert_array_equal(ivf.rows(picked), np.stack([ivf.row(int(p)) for p in picked]))


def test_embedding_in_the_background_changes_nothing(engine: MatchingEngine) -> None:
    threaded = MatchingEngine(MatchingConfig(encoder="none", threads=2), encoder=HashingEncoder())
    threaded.build(CORPUS)
    new = request("new", "Battery recycling", "Recover lithium from spent cells.", lang="en")
    for query in [*CORPUS[:3], new]:
        _same(threaded.top(query, k=5, now=NOW), engine.top(query, k=5, now=NOW))
