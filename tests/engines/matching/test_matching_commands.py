"""`techbridge eval matching` and the bench's run(): JSON contracts on tiny inputs."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from techbridge.tooling.bench import matching as bench


def _files(tmp_path: Path) -> list[str]:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in [
                {"id": "o1", "kind": "offer", "lang": "en", "title": "Lithium battery recycling"},
                {"id": "o2", "kind": "offer", "lang": "zh", "title": "茶叶深加工技术"},
            ]
        )
    )
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        json.dumps(
            {"id": "q1", "pair": "zh->en", "lang": "zh", "title": "锂电池回收"}, ensure_ascii=False
        )
    )
    qrels = tmp_path / "r.tsv"
    qrels.write_text("q1\to1\t3\n")
    return ["--corpus", str(corpus), "--queries", str(queries), "--qrels", str(qrels)]


def test_eval_matching_prints_json_and_writes_a_run(tmp_path: Path) -> None:
    out = StringIO()
    run = tmp_path / "run.txt"
    args = [*_files(tmp_path), "--run", str(run), "--json", "--encoder", "hashing"]
    call_command("eval", "matching", *args, "--cache-dir", str(tmp_path / "cache"), stdout=out)
    result = json.loads(out.getvalue())
    assert result["queries"] == 1
    assert set(result) >= {"ndcg@10", "recall@20", "mrr@10", "by_pair", "latency_ms", "baseline"}
    assert result["by_pair"]["zh->en"]["ndcg@10"] == 1.0
    assert run.read_text().startswith("q1 Q0 o1 1 ")


def test_eval_matching_table_and_missing_file(tmp_path: Path) -> None:
    out = StringIO()
    args = [*_files(tmp_path), "--encoder", "none", "--no-baseline"]
    call_command("eval", "matching", *args, stdout=out)
    assert "nDCG@10" in out.getvalue()
    with pytest.raises(CommandError):
        call_command("eval", "matching", "--corpus", "nope", "--queries", "x", "--qrels", "y")


def test_bench_run_reports_the_contract(tmp_path: Path) -> None:
    pytest.importorskip("onnxruntime")
    result = bench.run(profiles=12, seed=3, cache_dir=tmp_path, unique=4, queries=3)
    assert result["profiles"] == 12
    assert result["distinct_profiles"] == 4
    for key in ("build_seconds", "p50_ms", "p95_ms", "max_rss_mb"):
        assert result[key] >= 0


def test_bench_distinct_is_for_matching_only() -> None:
    with pytest.raises(CommandError, match="distinct"):
        call_command("bench", "search", "--distinct", "5", stdout=StringIO())
    with pytest.raises(CommandError, match="distinct"):
        call_command("bench", "matching", "--distinct", "0", stdout=StringIO())
