"""``techbridge eval matching``: the matching engine's quality on a labelled benchmark."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "Evaluate an engine on a benchmark built from files alone (no database): "
        "`eval matching --corpus C.jsonl --queries Q.jsonl --qrels R.tsv [--run RUN.txt] --json`."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("engine", choices=["matching"])
        parser.add_argument("--corpus", required=True, type=Path)
        parser.add_argument("--queries", required=True, type=Path)
        parser.add_argument("--qrels", required=True, type=Path)
        parser.add_argument("--run", type=Path, help="write the top 100 per query (TREC format)")
        parser.add_argument("--json", action="store_true", help="print JSON on stdout")
        parser.add_argument(
            "--encoder",
            default="use",
            choices=["use", "e5", "hashing", "none"],
            help="dense representation (default: use, the measured choice)",
        )
        parser.add_argument(
            "--cache-dir",
            type=Path,
            default=None,
            help="embedding cache (default: the platform's, var/matching)",
        )
        parser.add_argument("--no-baseline", action="store_true")
        parser.add_argument(
            "--no-learned",
            action="store_true",
            help="the hand-set fusion instead of the learned one (for comparison)",
        )
        parser.add_argument(
            "--feedback",
            action="store_true",
            help="also measure per-organisation feedback (simulated marks, residual ranking)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        from techbridge.engines.matching import evaluation
        from techbridge.engines.matching.engine import MatchingConfig, MatchingEngine
        from techbridge.matches.engine import embedding_cache

        for name in ("corpus", "queries", "qrels"):
            if not options[name].is_file():
                raise CommandError(f"--{name}: no such file: {options[name]}")
        cache_dir = options["cache_dir"] or embedding_cache()
        config = MatchingConfig(
            encoder=options["encoder"], cache_dir=cache_dir, learned=not options["no_learned"]
        )
        engine = MatchingEngine(config)
        queries = evaluation.load_queries(options["queries"])
        qrels = evaluation.load_qrels(options["qrels"])
        result = evaluation.evaluate(
            engine,
            evaluation.load_corpus(options["corpus"]),
            queries,
            qrels,
            run_path=options["run"],
            baseline=not options["no_baseline"],
        )
        if options["feedback"]:
            result["feedback"] = evaluation.feedback_experiment(engine, queries, qrels)
        if options["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False))
            return
        self.stdout.write(_table(result))


def _table(result: dict[str, Any]) -> str:
    lines = [f"{'':10} {'nDCG@10':>8} {'R@20':>6} {'MRR@10':>7} {'n':>4}"]
    rows = [("all", {**result, "n": result["queries"]}), *result["by_pair"].items()]
    for name, m in rows:
        lines.append(
            f"{name:10} {m['ndcg@10']:8.3f} {m['recall@20']:6.3f} {m['mrr@10']:7.3f} {m['n']:4}"
        )
    lat = result["latency_ms"]
    lines.append(f"latency p50 {lat['p50']} ms, p95 {lat['p95']} ms")
    if "baseline" in result:
        lines.append(f"baseline (same-language BM25) nDCG@10 {result['baseline']['ndcg@10']:.3f}")
    return "\n".join(lines)
