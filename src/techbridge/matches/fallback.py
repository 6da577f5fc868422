"""The lexical stand-in for the matching engine, used ONLY while the engine package cannot
be imported (`matches.engine` picks it), so that pages, tasks and tests keep working."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from techbridge.core.choices import COMPLEMENT_OF
from techbridge.engines.text import index_terms


@dataclass(frozen=True)
class _FallbackResult:
    id: str
    score: float
    components: dict[str, float]
    explanation: dict[str, Any]


class LexicalFallbackEngine:
    """Stand-in for the matching engine: TF-IDF cosine of the analysed text (same language
    only), sector overlap, partnership and TRL fit, offers against requests. Weak across
    languages by design; it exists so the platform works before the engine lands."""

    def __init__(self) -> None:
        self.docs: dict[str, Any] = {}
        self.vectors: dict[str, dict[str, float]] = {}
        self.df: Counter[str] = Counter()
        self._postings: dict[str, list[tuple[str, float]]] | None = None
        self._by_sector: dict[str, set[str]] = {}

    def _terms(self, doc: Any) -> Counter[str]:
        text = " ".join([doc.title, doc.summary, " ".join(doc.keywords), doc.description[:3000]])
        return Counter(index_terms(text))

    def build(self, docs: list[Any]) -> None:
        self.docs, self.vectors, self.df, self._by_sector = {}, {}, Counter(), {}
        for doc in docs:
            self.add(doc)

    def add(self, doc: Any) -> None:
        self.remove(doc.id)
        terms = self._terms(doc)
        self.df.update(terms.keys())
        self.docs[doc.id] = doc
        self.vectors[doc.id] = dict(terms)
        for sector in doc.sectors:
            self._by_sector.setdefault(sector, set()).add(doc.id)
        self._postings = None

    def remove(self, doc_id: str) -> None:
        if doc_id in self.docs:
            self.df.subtract(self.vectors[doc_id].keys())
            for sector in self.docs[doc_id].sectors:
                self._by_sector.get(sector, set()).discard(doc_id)
            del self.docs[doc_id], self.vectors[doc_id]
            self._postings = None

    def _weighted(self, tf: dict[str, float]) -> dict[str, float]:
        n = len(self.docs) + 1
        w = {
            t: (1 + math.log(c)) * math.log(n / (1 + self.df.get(t, 0)) + 1) for t, c in tf.items()
        }
        norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
        return {t: v / norm for t, v in w.items()}

    def _index(self) -> dict[str, list[tuple[str, float]]]:
        if self._postings is None:
            postings: dict[str, list[tuple[str, float]]] = {}
            for doc_id, tf in self.vectors.items():
                for term, weight in self._weighted(tf).items():
                    postings.setdefault(term, []).append((doc_id, weight))
            self._postings = postings
        return self._postings

    def top(self, query: Any, k: int, now: datetime) -> list[_FallbackResult]:
        tf = self.vectors.get(query.id) or dict(self._terms(query))
        postings = self._index()
        text: dict[str, float] = {}
        for term, weight in self._weighted(tf).items():
            for doc_id, w in postings.get(term, ()):
                text[doc_id] = text.get(doc_id, 0.0) + weight * w
        candidates = set(text)
        for sector in query.sectors:
            candidates |= self._by_sector.get(sector, set())
        out = [
            self._result(query, self.docs[doc_id], text.get(doc_id, 0.0))
            for doc_id in candidates
            if doc_id != query.id and _complementary(query, self.docs[doc_id])
        ]
        out.sort(key=lambda r: (-r.score, r.id))
        return out[:k]

    def _result(self, query: Any, doc: Any, text: float) -> _FallbackResult:
        shared = sorted(set(query.sectors) & set(doc.sectors))
        union = set(query.sectors) | set(doc.sectors)
        sectors = len(shared) / len(union) if union else 0.0
        pairs = [
            f"{p}:{COMPLEMENT_OF.get(p, p)}"
            for p in query.partnership_types
            if COMPLEMENT_OF.get(p, p) in doc.partnership_types
        ]
        trl = 1.0 if query.trl is None or doc.trl is None else 1 - abs(query.trl - doc.trl) / 8
        parts = {"text": text, "sectors": sectors, "partnership": float(bool(pairs)), "trl": trl}
        score = 0.45 * text + 0.35 * sectors + 0.1 * parts["partnership"] + 0.1 * trl
        keywords = {kw.casefold() for kw in query.keywords} & {kw.casefold() for kw in doc.keywords}
        concepts = [
            {"en": kw, "zh": ""} if kw.isascii() else {"en": "", "zh": kw}
            for kw in sorted(keywords)
        ]
        explanation = {"summary": "", "concepts": concepts, "sectors": shared, "partnership": pairs}
        return _FallbackResult(doc.id, min(1.0, score), parts, explanation)


def _complementary(query: Any, doc: Any) -> bool:
    return {query.kind, doc.kind} == {"offer", "request"}
