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
    """Exactly the same results: ids, scores, components and explanations."""
    assert a == b


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


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_any_batch_in_any_order_answers_what_one_query_answers(
    engine: MatchingEngine, data: st.DataObject
) -> None:
    """Batch size and order change nothing, to the last bit (issue 11)."""
    new = request("new", "锂电池回收", "寻找废旧锂电池回收技术。", lang="zh", org_id="org-x")
    pool = [*CORPUS, new, replace(CORPUS[0], description="Membrane treatment of dairy wastewater.")]
    batch = data.draw(st.permutations(pool)).copy()[: data.draw(st.integers(1, len(pool)))]
    alone = [engine.top(q, k=6, now=NOW) for q in batch]
    assert engine.top_many(batch, k=6, now=NOW) == alone
    assert [engine.rank(q, k=6) for q in batch] == [engine.rank(q, k=6) for q in batch[::-1]][::-1]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), n=st.integers(1, 60), dim=st.sampled_from([3, 8, 256, 512]))
def test_exact_dots_depend_on_their_own_two_vectors_only(seed: int, n: int, dim: int) -> None:
    from techbridge.engines.matching.dense import exact_dots

    rows = _unit_rows(seed, n, dim)
    q = _unit_rows(seed + 1, 1, dim)[0]
    whole = exact_dots(rows, q)
    order = np.random.default_rng(seed).permutation(n)
    np.testing.assert_array_equal(exact_dots(rows[order], q), whole[order])
    one = np.array([exact_dots(rows[i : i + 1], q)[0] for i in range(n)], dtype=np.float32)
    np.testing.assert_array_equal(one, whole)
    np.testing.assert_array_equal(exact_dots(rows, np.tile(q, (n, 1))), whole)
    np.testing.assert_allclose(whole, rows.astype(np.float64) @ q.astype(np.float64), atol=1e-6)


def test_exact_similarities_in_blocks_equal_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from techbridge.engines.matching import dense

    rows = _unit_rows(5, 50, 16)
    index = VectorIndex(16)
    index.build(rows)
    at = np.arange(50, dtype=np.int64)[::-1]
    whole = index.exact_similarities(rows[0], at)
    monkeypatch.setattr(dense, "EXACT_BLOCK", 7)
    np.testing.assert_array_equal(index.exact_similarities(rows[0], at), whole)


def test_a_matrix_products_rounding_never_reaches_a_result(
    engine: MatchingEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another CPU's kernels round the batch's matrix product differently (issue 11: an AMD
    EPYC with AVX-512): perturbed by more than any float32 rounding, the products still give
    the results one query at a time gives."""
    real = VectorIndex.similarities_many
    rng = np.random.default_rng(7)

    def jittered(self: VectorIndex, queries: np.ndarray) -> list:  # type: ignore[type-arg]
        out = []
        for positions, sims in real(self, queries):
            noise = rng.uniform(-3e-5, 3e-5, size=sims.shape).astype(np.float32)
            out.append((positions, (sims + noise).astype(np.float32)))
        return out

    alone = [engine.top(q, k=6, now=NOW) for q in CORPUS]
    monkeypatch.setattr(VectorIndex, "similarities_many", jittered)
    assert engine.top_many(list(CORPUS), k=6, now=NOW) == alone
