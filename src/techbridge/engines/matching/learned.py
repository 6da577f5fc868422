"""Learned fusion: the text relevance of a candidate pool as a linear function of features
the engine already computes, with weights learnt on the development set (a pairwise,
RankNet-style logistic loss, L2 0.1, cross-validated on its two folds; protocol and table
in docs/matching.md).

The features of each pool candidate: the channels (``max(lexical, translated)``, ``pivot``,
``dense``); whether it is written in the query's language; for each BM25 channel the
IDF-weighted share of the query's terms it contains anywhere and in its title; and the log
of its length. The weighted sum is then regularised over the pool like the hand-set fusion
(:mod:`.regularise`) -- the weights were learnt on features so regularised, which is the
same because regularisation is linear.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from techbridge.engines.matching.lexical import BM25Index

FloatArray = npt.NDArray[np.float32]

# Learnt on all 124 development queries, scaled (with BIAS) to the hand-set fusion's range so
# that 1 - e^-relevance and the context fit keep their balance (least squares on the pools).
WEIGHTS: dict[str, float] = {
    "lexical_or_translated": 0.4666,
    "pivot": 0.5603,
    "dense": 0.4764,
    "same_language": -0.0254,
    "lexical_share": 0.1007,
    "translated_share": 0.5139,
    "pivot_share": 0.1446,
    "lexical_title_share": 0.5121,
    "translated_title_share": 0.4521,
    "pivot_title_share": 0.3960,
    "log_length": -0.0189,
}
BIAS = 0.1190


def term_shares(
    index: BM25Index, titles: BM25Index, terms: list[str], positions: list[int]
) -> tuple[FloatArray, FloatArray]:
    """For each position, the IDF-weighted share of the distinct query ``terms`` that its
    text (``index``) and its title (``titles``) contain: how much of the query it names."""
    idf = {t: index.idf(t) for t in set(terms)}
    total = sum(idf.values())
    if total <= 0 or not positions:
        zeros = np.zeros(len(positions), dtype=np.float32)
        return zeros, zeros.copy()

    def share(where: BM25Index) -> FloatArray:
        known = [(tid, w) for t, w in idf.items() if (tid := where.term_id(t)) is not None]
        weights = np.array([w for _, w in known], dtype=np.float32) / np.float32(total)
        found = where.contains([tid for tid, _ in known], positions)
        out: FloatArray = (found @ weights).astype(np.float32)
        return out

    return share(index), share(titles)


def relevance(features: dict[str, FloatArray]) -> FloatArray:
    """``BIAS + sum of WEIGHTS[name] * features[name]``, at least 0."""
    out = np.full(len(features["dense"]), BIAS, dtype=np.float32)
    for name, weight in WEIGHTS.items():
        out += np.float32(weight) * features[name]
    result: FloatArray = np.maximum(out, 0.0)
    return result
