"""Offline evaluation on a labelled benchmark (corpus JSONL, queries JSONL, qrels TSV).

Metrics as the benchmark's README defines them: nDCG@10 with gains 2^grade - 1, Recall@20
of documents graded >= 2, MRR@10 of the first document graded >= 2, averaged over queries
overall and per ``pair``. Everything is built from the files alone (no database).
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from techbridge.engines.matching.engine import MatchingEngine
from techbridge.engines.matching.lexical import BM25Index
from techbridge.engines.matching.types import ProfileDoc
from techbridge.engines.text import detect_language, index_terms

Ranker = Callable[[ProfileDoc], list[tuple[str, float]]]


@dataclass(frozen=True, slots=True)
class Query:
    doc: ProfileDoc
    pair: str


def _doc(row: dict[str, Any], kind: str) -> ProfileDoc:
    sectors = row.get("sectors") or ()
    return ProfileDoc(
        id=str(row["id"]),
        kind=str(row.get("kind") or kind),
        lang=row.get("lang"),
        title=str(row.get("title") or ""),
        summary=str(row.get("summary") or ""),
        description=str(row.get("description") or ""),
        sectors=tuple(str(s) for s in sectors),
    )


def load_corpus(path: Path) -> list[ProfileDoc]:
    """Offers from a JSONL file (one object a line: id, kind, lang, title, description...)."""
    with path.open(encoding="utf-8") as f:
        return [_doc(json.loads(line), "offer") for line in f if line.strip()]


def load_queries(path: Path) -> list[Query]:
    """Requests from a JSONL file; only id, title and description reach the system."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                doc = ProfileDoc(
                    id=str(row["id"]),
                    kind="request",
                    title=str(row.get("title") or ""),
                    description=str(row.get("description") or ""),
                )
                out.append(Query(doc=doc, pair=str(row.get("pair") or "all")))
    return out


def load_qrels(path: Path) -> dict[str, dict[str, int]]:
    """query id -> document id -> grade."""
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                qrels[parts[0]][parts[1]] = int(parts[2])
    return dict(qrels)


def query_metrics(ranked: Sequence[str], rel: dict[str, int]) -> dict[str, float]:
    """nDCG@10, Recall@20 and MRR@10 of one ranking."""
    dcg = sum((2 ** rel.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:10]))
    ideal = sorted((2**g - 1 for g in rel.values()), reverse=True)[:10]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    good = {d for d, g in rel.items() if g >= 2}
    recall = len(good & set(ranked[:20])) / len(good) if good else 0.0
    mrr = next((1.0 / (i + 1) for i, d in enumerate(ranked[:10]) if d in good), 0.0)
    return {"ndcg@10": dcg / idcg if idcg else 0.0, "recall@20": recall, "mrr@10": mrr}


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    keys = ("ndcg@10", "recall@20", "mrr@10")
    return {k: round(float(np.mean([r[k] for r in rows])), 4) if rows else 0.0 for k in keys}


def score_runs(
    runs: dict[str, list[str]], queries: Sequence[Query], qrels: dict[str, dict[str, int]]
) -> dict[str, Any]:
    """Aggregate metrics overall and per pair (queries without a grade-2 document skipped)."""
    by_pair: dict[str, list[dict[str, float]]] = defaultdict(list)
    for q in queries:
        rel = qrels.get(q.doc.id, {})
        if not any(g >= 2 for g in rel.values()):
            continue
        by_pair[q.pair].append(query_metrics(runs.get(q.doc.id, []), rel))
    every = [m for rows in by_pair.values() for m in rows]
    result: dict[str, Any] = {"queries": len(every), **_mean(every)}
    result["by_pair"] = {p: {"n": len(r), **_mean(r)} for p, r in sorted(by_pair.items())}
    return result


def fold_of(query_id: str) -> int:
    """The query's fold (0 or 1), from a hash of its id: a fixed split for tuning on one
    half of a development set and confirming on the other."""
    return hashlib.sha1(query_id.encode("utf-8"), usedforsecurity=False).digest()[-1] % 2


def score_folds(
    runs: dict[str, list[str]], queries: Sequence[Query], qrels: dict[str, dict[str, int]]
) -> dict[str, Any]:
    """:func:`score_runs` on each fold of :func:`fold_of`."""
    return {
        str(f): score_runs(runs, [q for q in queries if fold_of(q.doc.id) == f], qrels)
        for f in (0, 1)
    }


def same_language_bm25(corpus: Sequence[ProfileDoc]) -> Ranker:
    """The baseline: BM25 over words, a query matched only against its own language."""
    index = BM25Index()
    index.build([index_terms(f"{d.title} {d.description}") for d in corpus])
    langs = np.array([d.lang or detect_language(d.title + d.description) for d in corpus])
    ids = [d.id for d in corpus]

    def rank(query: ProfileDoc) -> list[tuple[str, float]]:
        text = f"{query.title} {query.description}"
        scores = index.score_all(index_terms(text))
        scores[langs != detect_language(text)] = -1.0
        order = np.lexsort((np.arange(len(scores)), -scores))[:100]
        return [(ids[i], float(scores[i])) for i in order if scores[i] > 0]

    return rank


def run_queries(
    ranker: Ranker, queries: Iterable[Query]
) -> tuple[dict[str, list[tuple[str, float]]], list[float]]:
    """Rank every query; return the runs and each query's latency in milliseconds."""
    runs: dict[str, list[tuple[str, float]]] = {}
    latencies: list[float] = []
    for q in queries:
        start = time.perf_counter()
        runs[q.doc.id] = ranker(q.doc)
        latencies.append((time.perf_counter() - start) * 1000.0)
    return runs, latencies


def write_trec_run(path: Path, runs: dict[str, list[tuple[str, float]]], tag: str) -> None:
    """TREC run format: ``query_id Q0 doc_id rank score tag``, ranks from 1."""
    with path.open("w", encoding="utf-8") as f:
        for qid, ranked in runs.items():
            for rank, (doc_id, score) in enumerate(ranked[:100], start=1):
                f.write(f"{qid} Q0 {doc_id} {rank} {score:.6f} {tag}\n")


def evaluate(
    engine: MatchingEngine,
    corpus: Sequence[ProfileDoc],
    queries: Sequence[Query],
    qrels: dict[str, dict[str, int]],
    *,
    run_path: Path | None = None,
    baseline: bool = True,
) -> dict[str, Any]:
    """Build the engine on ``corpus``, rank every query, and score the runs (and baseline)."""
    start = time.perf_counter()
    engine.build(corpus)
    build_seconds = time.perf_counter() - start
    runs, latencies = run_queries(lambda d: engine.rank(d, 100), queries)
    ranked = {q: [d for d, _ in r] for q, r in runs.items()}
    result = score_runs(ranked, queries, qrels)
    result["folds"] = score_folds(ranked, queries, qrels)
    result["latency_ms"] = {
        "p50": round(float(np.percentile(latencies, 50)), 2),
        "p95": round(float(np.percentile(latencies, 95)), 2),
    }
    result["build_seconds"] = round(build_seconds, 2)
    result["encoder"] = engine.encoder.name if engine.encoder is not None else None
    if run_path is not None:
        write_trec_run(run_path, runs, "techbridge")
    if baseline:
        base_runs, _ = run_queries(same_language_bm25(corpus), queries)
        result["baseline"] = score_runs(
            {q: [d for d, _ in r] for q, r in base_runs.items()}, queries, qrels
        )
    return result


def feedback_experiment(
    engine: MatchingEngine,
    queries: Sequence[Query],
    qrels: dict[str, dict[str, int]],
    *,
    marked_ranks: tuple[int, int] = (10, 30),
) -> dict[str, Any]:
    """Measure per-organisation feedback by residual ranking (the engine must be built).

    Each query is its own organisation. Its owner marks the matches at ranks 11-30 of the
    plain ranking (useful when graded >= 2, else not useful); a :class:`FeedbackModel`
    is fitted on every mark ("with"; "with_not_relevant": the not-useful marks carry the
    reason "not relevant", so similar candidates are lowered too; "not_relevant_only": that
    lowering alone), and every ranking is scored on the documents that were not
    marked (the residual collection), so that feedback gets no credit for what it was told.
    """
    from dataclasses import replace

    from techbridge.engines.matching.feedback import NOT_RELEVANT, FeedbackModel, Mark, fit

    lo, hi = marked_ranks
    asked = [replace(q.doc, org_id=f"org-{q.doc.id}") for q in queries]
    plain = {d.id: [r.id for r in engine.top(d, k=100)] for d in asked}
    marks = [
        Mark(f"org-{qid}", doc_id, useful=qrels.get(qid, {}).get(doc_id, 0) >= 2)
        for qid, ranked in plain.items()
        for doc_id in ranked[lo:hi]
    ]
    # The same marks with a reason: a profile judged below 2 was not relevant to the query.
    with_reason = [m if m.useful else replace(m, reason=NOT_RELEVANT) for m in marks]
    indexed = {doc.id: doc for doc in engine.indexed()}
    full = fit(with_reason, indexed)
    models = {
        "with": fit(marks, indexed),
        "with_not_relevant": full,
        "not_relevant_only": FeedbackModel(not_relevant=full.not_relevant),
    }
    saved = engine.config
    learnt: dict[str, dict[str, list[str]]] = {}
    try:
        for name, model in models.items():
            engine.config = replace(saved, feedback=model)
            learnt[name] = {d.id: [r.id for r in engine.top(d, k=100)] for d in asked}
    finally:
        engine.config = saved
    marked = {(m.org_id, m.profile_id) for m in marks}

    def residual(runs: dict[str, list[str]]) -> dict[str, list[str]]:
        return {q: [d for d in r if (f"org-{q}", d) not in marked] for q, r in runs.items()}

    residual_qrels = {
        q: {d: g for d, g in rel.items() if (f"org-{q}", d) not in marked}
        for q, rel in qrels.items()
    }
    return {
        "marks": len(marks),
        "without": score_runs(residual(plain), queries, residual_qrels),
        **{
            name: score_runs(residual(runs), queries, residual_qrels)
            for name, runs in learnt.items()
        },
    }
