"""``techbridge bench matching``: build time, latency and memory of the matching engine.

``run(profiles=N)`` indexes N synthetic profiles (the demo generator's, or taxonomy-made
ones when it is absent), then times top-20 matches for new profiles, embedding included.
Embeddings are cached in the platform's cache (``var/matching``, see
``matches.engine.embedding_cache``), so a second run builds much faster.
"""

from __future__ import annotations

import random
import resource
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from techbridge.engines.matching.engine import MatchingConfig, MatchingEngine
from techbridge.engines.matching.types import ProfileDoc
from techbridge.engines.text.taxonomy import FIELDS

NOW = datetime(2026, 6, 1, tzinfo=UTC)
QUERIES = 100


def _profiles(n: int, seed: int) -> Iterator[dict[str, Any]]:
    try:
        from techbridge.demo.generator import synthetic_profiles
    except ImportError:
        return _taxonomy_profiles(n, seed)
    return iter(synthetic_profiles(n, seed))


def _taxonomy_profiles(n: int, seed: int) -> Iterator[dict[str, Any]]:
    """Fallback profiles: a few taxonomy fields and their terms in templated sentences."""
    rng = random.Random(seed)
    for i in range(n):
        fields = rng.sample(FIELDS, 2)
        zh = rng.random() < 0.5
        terms = [t for f in fields for t in f.terms]
        words = rng.sample(terms, min(4, len(terms)))
        kind = rng.choice(["offer", "request"])
        title = ("、".join(words[:2]) + "技术") if zh else (" and ".join(words[:2]) + " technology")
        body = (
            ("，".join(words) + "的应用与推广。") if zh else (", ".join(words) + " for industry.")
        )
        yield {
            "key": f"tax-{seed}-{i}",
            "org": f"tax-org-{i % 5000}",
            "kind": kind,
            "language": "zh" if zh else "en",
            "title": title,
            "summary": body,
            "description": body * 3,
            "sectors": [f.code for f in fields],
            "trl": rng.randint(1, 9),
            "partnership_types": [rng.choice(["licence_out", "licence_in", "sale", "joint_rd"])],
            "posted_days_ago": rng.randint(0, 700),
        }


def to_doc(row: dict[str, Any], now: datetime = NOW) -> ProfileDoc:
    """A generator dict as the engine's profile."""
    days = row.get("posted_days_ago")
    return ProfileDoc(
        id=str(row.get("key") or row.get("id")),
        kind=str(row.get("kind") or ""),
        lang=row.get("language") or row.get("lang"),
        title=str(row.get("title") or ""),
        summary=str(row.get("summary") or ""),
        description=str(row.get("description") or ""),
        keywords=tuple(row.get("keywords") or ()),
        sectors=tuple(row.get("sectors") or ()),
        trl=row.get("trl"),
        partnership_types=tuple(row.get("partnership_types") or ()),
        countries=tuple(row.get("target_countries") or row.get("countries") or ()),
        org_id=row.get("org"),
        org_type=row.get("org_type"),
        published_at=now - timedelta(days=days) if days is not None else None,
    )


def _indexed(
    engine: MatchingEngine, profiles: int, seed: int, unique: int | None
) -> Iterator[tuple[ProfileDoc, Any]]:
    """The profiles to index, analysed. With ``unique``, only that many distinct profiles
    are generated and analysed, and the rest are copies under new ids and organisations (the
    index then has its full size at a fraction of the analysis and embedding time)."""
    distinct = min(profiles, unique or profiles)
    base = [(doc, engine.analyse(doc)) for doc in map(to_doc, _profiles(distinct, seed))]
    for i in range(profiles):
        doc, analysed = base[i % distinct]
        if i >= distinct:
            doc = replace(doc, id=f"{doc.id}~{i // distinct}", org_id=f"{doc.org_id}~{i}")
        yield doc, analysed


def run(
    *,
    profiles: int,
    seed: int = 0,
    cache_dir: Path | None = None,
    unique: int | None = None,
    queries: int = QUERIES,
    processes: int = 0,
) -> dict[str, Any]:
    """Index ``profiles`` synthetic profiles and time top-20 matching of new ones.

    ``unique`` caps the distinct profiles (see :func:`_indexed`); by default all are distinct.
    ``processes``: then that many processes share the engine (`bench.matching_processes`).
    """
    if cache_dir is None:
        from techbridge.matches.engine import embedding_cache

        cache_dir = embedding_cache()
    engine = MatchingEngine(MatchingConfig(encoder="use", cache_dir=cache_dir, threads=2))
    start = time.perf_counter()
    engine.build_analysed(_indexed(engine, profiles, seed, unique))
    build_seconds = time.perf_counter() - start
    # New profiles: another seed, so their texts are not in the index (nor the cache).
    new_profiles = [to_doc(row) for row in _profiles(queries, seed + 7919)]
    latencies, found = [], []
    for query in new_profiles:
        t = time.perf_counter()
        found.append([r.id for r in engine.top(query, k=20, now=NOW)])
        latencies.append((time.perf_counter() - t) * 1000.0)
    result: dict[str, Any] = {
        "profiles": profiles,
        "build_seconds": round(build_seconds, 1),
        "p50_ms": round(float(np.percentile(latencies, 50)), 1),
        "p95_ms": round(float(np.percentile(latencies, 95)), 1),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1),
        "queries": len(latencies),
        "encoder": engine.encoder.name if engine.encoder is not None else None,
    }
    if unique and unique < profiles:
        result["distinct_profiles"] = unique
    if processes:
        from techbridge.tooling.bench import matching_processes

        result["shared"] = matching_processes.run(
            engine, new_profiles, found, processes=processes, now=NOW
        )
    return result
