"""One query at a time (the engine's third layer, over :mod:`.rescoring`): the retrieval
channels of a query against every indexed profile, their fusion and the pool of candidates
regularised over their neighbours, then re-scored (:mod:`.rescoring`) and explained."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from techbridge.engines.matching import learned, scoring
from techbridge.engines.matching.context import KIND_CODE
from techbridge.engines.matching.crosslingual import translated_terms
from techbridge.engines.matching.indexing import AnalysedProfile, FloatArray, embed_key
from techbridge.engines.matching.lexical import BM25Index
from techbridge.engines.matching.regularise import regularise
from techbridge.engines.matching.rescoring import ProfileRescoring
from techbridge.engines.matching.types import Explanation, MatchResult, ProfileDoc

Channels = dict[str, FloatArray]  # channel name -> score of every indexed position
Terms = dict[str, list[str]]  # BM25 channel name -> the query's terms
# How far a matrix product's similarity may be from the exact one (float32 sums of 512
# products of unit vectors stray by at most ~3e-5): candidates this close to the pool's
# edge are re-scored exactly before the pool is chosen (see ProfileQueries._settle).
DENSE_SLACK = 1e-3


class Asked(NamedTuple):
    """A query's analysis, its terms per BM25 channel, every channel's scores and its dense
    vector (None without an encoder)."""

    analysed: AnalysedProfile
    terms: Terms
    channels: Channels
    vector: FloatArray | None = None


class ProfileQueries(ProfileRescoring):
    """The best partners of one profile at a time: :meth:`top`, :meth:`rank`."""

    # -- retrieval --------------------------------------------------------------------------

    def _coverage(self, index: BM25Index, terms: Sequence[str]) -> FloatArray:
        """BM25 scores divided by the query's best possible score: comparable across queries
        and languages (1.0 would be a document matching every query term at saturation)."""
        terms = index.select(terms, self.config.max_query_terms)
        bound = sum(index.idf(t) * (1.0 + math.log(c)) for t, c in Counter(terms).items())
        scores = index.score_all(terms)
        if bound <= 0:
            return scores
        return scores / np.float32(bound * (index.k1 + 1.0))

    def channels(self, query: ProfileDoc) -> tuple[AnalysedProfile, dict[str, FloatArray]]:
        """The analysed query and every channel's score for every indexed position."""
        asked = self._query_channels(query)
        return asked.analysed, asked.channels

    def _query_channels(self, query: ProfileDoc) -> Asked:
        """The analysed query, its terms per BM25 channel, every channel's scores and its
        vector."""
        qa = self._analyse(query)
        dense = np.zeros(len(self._docs), dtype=np.float32)
        if self.encoder is None or not len(self._docs):
            return self._asked(qa, dense)
        embedding = self._query_vector(query, qa)
        asked = self._asked(qa, dense)  # the lexical channels, while the query embeds
        vector = embedding()
        scatter(dense, *self._vectors.similarities(vector))
        asked.channels["dense"] = np.maximum(dense, 0.0)
        return asked._replace(vector=vector)

    def _asked(
        self, qa: AnalysedProfile, dense: FloatArray, vector: FloatArray | None = None
    ) -> Asked:
        """The analysed query with its terms per BM25 channel and every channel's scores
        (``dense`` as given)."""
        terms = self._terms(qa)
        return Asked(qa, terms, self._channels_of(terms, dense), vector)

    def _query_vector(self, query: ProfileDoc, qa: AnalysedProfile) -> Callable[[], FloatArray]:
        """The query's vector: an indexed profile's own stored row when the encoder embeds
        queries and documents alike and its text has not changed (what the batch path reads
        too), else its embedding (:meth:`_embed_query`)."""
        held = self._held_vector(query, qa)
        if held is not None:
            return lambda: held
        return self._embed_query(qa.embed_text)

    def _held_vector(self, query: ProfileDoc, qa: AnalysedProfile) -> FloatArray | None:
        pos = self._pos.get(query.id)
        if pos is None or not getattr(self.encoder, "symmetric", False):
            return None
        if self._embed_keys[pos] != embed_key(qa.embed_text):
            return None
        return self._vectors.row(pos)

    def _embed_query(self, text: str) -> Callable[[], FloatArray]:
        """The query's vector, computed in a background thread when the engine may use
        several (the encoder's runtime releases the GIL, so the BM25 channels proceed)."""
        assert self.encoder is not None
        if self.config.threads <= 1:
            vector = self.encoder.encode_queries([text])[0]
            return lambda: vector
        if self._background is None:
            self._background = ThreadPoolExecutor(max_workers=1)
        future = self._background.submit(self.encoder.encode_queries, [text])
        return lambda: future.result()[0]

    def _terms(self, qa: AnalysedProfile) -> Terms:
        """The query's terms for each BM25 channel (its own words, their translation, the
        English pivot), at most ``max_query_terms`` distinct ones each."""
        translated = translated_terms(
            qa.text[: self.config.translate_chars], normalised=True, senses=self.senses
        )
        n = self.config.max_query_terms
        return {
            "lexical": self._native.select(qa.native, n),
            "translated": self._native.select(translated, n),
            "pivot": self._pivot.select(qa.pivot, n),
        }

    def _channels_of(self, terms: Terms, dense: FloatArray) -> Channels:
        return {
            "lexical": self._coverage(self._native, terms["lexical"]),
            "translated": self._coverage(self._native, terms["translated"]),
            "pivot": self._coverage(self._pivot, terms["pivot"]),
            "dense": np.maximum(dense, 0.0),
        }

    def fuse(self, ch: dict[str, FloatArray]) -> FloatArray:
        """The fused text relevance (unbounded; see :meth:`top` for the [0, 1] score)."""
        c = self.config
        fused: FloatArray = (
            np.maximum(ch["lexical"], c.w_translated * ch["translated"])
            + c.w_pivot * ch["pivot"]
            + c.w_dense * ch["dense"]
        ).astype(np.float32)
        return fused

    def relevance(self, asked: Asked, fused: FloatArray, pool: list[int]) -> FloatArray:
        """``fused`` with the pool's values replaced by the learned fusion (:mod:`.learned`,
        unless ``learned=False``), then regularised (:meth:`smooth`)."""
        if self.config.learned and pool:
            fused = fused.astype(np.float32, copy=True)
            fused[pool] = learned.relevance(self._features(asked, pool))
        return self.smooth(fused, pool)

    def _features(self, asked: Asked, pool: list[int]) -> dict[str, FloatArray]:
        """The learned fusion's features of each pool position (see :mod:`.learned`)."""
        qa, terms, ch, _vector = asked
        at = np.asarray(pool, dtype=np.int64)
        zh = np.frombuffer(self._zh, dtype=np.int8)[at] == (1 if qa.lang == "zh" else 0)
        out = {
            "lexical_or_translated": np.maximum(ch["lexical"][at], ch["translated"][at]),
            "pivot": ch["pivot"][at],
            "dense": ch["dense"][at],
            "same_language": zh.astype(np.float32),
            "log_length": np.log1p(self._native.lengths(at)),
        }
        for name, index, titles in (
            ("lexical", self._native, self._title_native),
            ("translated", self._native, self._title_native),
            ("pivot", self._pivot, self._title_pivot),
        ):
            shares = learned.term_shares(index, titles, terms[name], pool)
            out[f"{name}_share"], out[f"{name}_title_share"] = shares
        return out

    def smooth(self, fused: FloatArray, pool: Sequence[int]) -> FloatArray:
        """``fused`` with the pool's values regularised over their nearest fellow candidates
        (:mod:`.regularise`; dense vectors); unchanged without an encoder."""
        c = self.config
        if self.encoder is None or c.w_neighbours <= 0 or len(pool) < 2:
            return fused
        positions = np.asarray(pool, dtype=np.int64)
        out: FloatArray = fused.astype(np.float32, copy=True)
        out[positions] = regularise(
            out[positions], self._vectors.rows(positions), k=c.neighbours, weight=c.w_neighbours
        )
        return out

    def _allowed(self, query: ProfileDoc) -> npt.NDArray[np.bool_]:
        allowed: npt.NDArray[np.bool_] = np.frombuffer(self._alive, dtype=np.int8) == 1
        if query.id in self._pos:
            allowed[self._pos[query.id]] = False
        if query.org_id is not None and query.org_id in self._org_codes:
            allowed &= np.frombuffer(self._orgs, dtype=np.int32) != self._org_codes[query.org_id]
        if self.config.complementary_only and query.kind in KIND_CODE:
            # the context table's columns (kind code, investor, seeks investment)
            table = self._table
            kinds = np.frombuffer(table.kinds, dtype=np.int8)
            ok = (kinds == 1 - KIND_CODE[query.kind]) | (kinds == 2)
            if "investment_sought" in query.partnership_types:
                ok |= np.frombuffer(table.investor, dtype=np.int8) == 1
            if scoring.is_investor(query):
                ok |= np.frombuffer(table.seeks, dtype=np.int8) == 1
            allowed &= ok
        return allowed

    def _pool(
        self, query: ProfileDoc, asked: Asked, k: int, *, with_zero: bool
    ) -> tuple[list[int], FloatArray]:
        """The allowed positions among the best ``max(pool, k)`` by fused relevance, best
        first, and the fused relevances with the pool's re-scored (:meth:`relevance`). A text
        ranking keeps candidates of zero relevance (``with_zero``); a match needs some."""
        size = max(self.config.pool, k)
        fused = np.where(self._allowed(query), self.fuse(asked.channels), -1.0)
        self._settle(asked, fused, size)
        best = _top(fused, size)
        pool = [i for i in best if (fused[i] >= 0 if with_zero else fused[i] > 0)]
        return pool, self.relevance(asked, fused, pool)

    def _settle(self, asked: Asked, fused: FloatArray, size: int) -> None:
        """Make the pool's choice and every score of its members independent of how the
        dense similarities were computed. A matrix-vector product (one query) and a
        matrix-matrix product (many queries) round differently in the last bit, and which
        one differs depends on the CPU's kernels, so every allowed position that could be
        among the ``size`` best gets its exact similarity (:func:`.dense.exact_dots`) and
        fused relevance, in place: a position left out is below the pool's edge by more
        than any rounding. An IVF index computes each query alone in both paths already."""
        if asked.vector is None or not self._vectors.exact or self.config.w_dense <= 0:
            return
        near = _top(fused, size)
        if not near:
            return
        edge = float(fused[near[-1]]) - DENSE_SLACK * self.config.w_dense
        at = np.flatnonzero(fused >= max(edge, -0.5))  # disallowed positions are at -1
        dense = asked.channels["dense"]
        dense[at] = np.maximum(self._vectors.exact_similarities(asked.vector, at), 0.0)
        fused[at] = self.fuse({name: ch[at] for name, ch in asked.channels.items()})

    def rank(self, query: ProfileDoc, k: int = 100) -> list[tuple[str, float]]:
        """Text-only ranking (ids and fused relevance), for evaluation and search."""
        if not self._pos:
            return []
        pool, fused = self._pool(query, self._query_channels(query), k, with_zero=True)
        pool.sort(key=lambda i: (-fused[i], i))
        return [(self._id(i), float(fused[i])) for i in pool[:k]]

    def top(self, query: ProfileDoc, k: int = 20, now: datetime | None = None) -> list[MatchResult]:
        """The ``k`` best partner profiles for ``query``, best first, explained.

        ``score`` is in [0, 1]: text relevance (1 - e^-fused) scaled by the context fit of
        both sides (``0.5 + 0.5 * sqrt(fit_for_query * fit_for_candidate)``).
        """
        if not self._pos or k <= 0:
            return []
        return self._top_of(query, self._query_channels(query), k, now)

    def _top_of(
        self,
        query: ProfileDoc,
        asked: Asked,
        k: int,
        now: datetime | None,
        explained: bool = True,
    ) -> list[MatchResult]:
        qa, ch = asked.analysed, asked.channels
        pool, fused = self._pool(query, asked, k, with_zero=False)
        scored = self._scored(query, pool, fused, now)
        scored.sort(key=lambda r: (r[0], r[1]))
        chosen = [
            (neg, pos, context, parts if parts is not None else self._parts(query, pos, now))
            for neg, pos, context, parts in scored[:k]
        ]
        positions = [r[1] for r in chosen]
        explanations = (
            self._explanations(query, qa, positions)
            if explained
            else [Explanation(summary="")] * len(positions)
        )
        results = []
        for (neg, pos, context, parts), explanation in zip(chosen, explanations, strict=True):
            components = {name: round(float(v[pos]), 4) for name, v in ch.items()}
            components["text"] = round(1.0 - math.exp(-max(float(fused[pos]), 0.0)), 4)
            components["context"] = round(context, 4)
            components.update({n: round(v, 4) for n, v in parts.items() if v is not None})
            doc = self._docs[pos]
            assert doc is not None
            results.append(
                MatchResult(
                    id=doc.id,
                    score=round(-neg, 6),
                    components=components,
                    explanation=explanation,
                    truncated=qa.truncated or self._truncated[pos],
                )
            )
        return results


def scatter(dense: FloatArray, positions: npt.NDArray[np.int64] | None, sims: FloatArray) -> None:
    """Put an index's similarities into a per-position array (all rows when ``positions``
    is None)."""
    if positions is None:
        dense[: len(sims)] = sims
    else:
        dense[positions] = sims


def _top(scores: FloatArray, k: int) -> list[int]:
    """Positions of the ``k`` highest scores, best first, ties by position (deterministic)."""
    if len(scores) == 0:
        return []
    k = min(k, len(scores))
    part = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    order = np.lexsort((part, -scores[part]))
    return [int(i) for i in part[order]]
