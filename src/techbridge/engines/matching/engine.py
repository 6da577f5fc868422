"""The matching engine: hybrid cross-lingual retrieval, fused and re-scored with context.

Retrieval channels, each a number per indexed profile:

- ``lexical``: BM25 of the query's own terms (jieba words, English stems) -- strong within
  a language;
- ``translated``: BM25 of the query translated word by word through CC-CEDICT, against the
  same index -- the query crossing into the other language;
- ``pivot``: BM25 in a shared English space where every Chinese word is glossed -- the
  documents crossing over;
- ``dense``: cosine of multilingual sentence vectors (USE-m3 by default).

BM25 channels are divided by the query's best possible score (so "how much of the query
is matched", comparable between languages), fused as ``max(lexical, translated) + pivot +
0.5 dense``; the best ``pool`` candidates get a learned text relevance (:mod:`.learned`),
are regularised over their nearest fellow candidates (:mod:`.regularise`), then re-scored with kind, partnership, sector, TRL,
geography and freshness fit, from both sides (reciprocity). The measured comparison is in
docs/matching.md.

The engine is built in four layers, a module each: :mod:`.indexing` (analysis, the BM25
and vector indexes, :class:`MatchingConfig`), :mod:`.rescoring` (context fit of candidates,
feedback, explanations), :mod:`.querying` (one query: channels, fusion, pool) and
:mod:`.batch` (many queries at once).
"""

from __future__ import annotations

from techbridge.engines.matching.batch import BatchQueries
from techbridge.engines.matching.indexing import AnalysedProfile, FloatArray, MatchingConfig

__all__ = ["AnalysedProfile", "FloatArray", "MatchingConfig", "MatchingEngine"]


class MatchingEngine(BatchQueries):
    """Index profiles, then ask for the best partners of any profile (indexed or not)."""
