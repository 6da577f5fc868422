"""Many queries at once (the engine's third layer): what rematching every profile uses.

The query vectors of indexed profiles whose embedded text is unchanged are read from the
index, the others computed in one call, and an exact index answers every similarity with
one matrix product; a caller that keeps a few of many results explains only those."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import numpy as np

from techbridge.engines.matching.dense import IntArray
from techbridge.engines.matching.indexing import AnalysedProfile, FloatArray
from techbridge.engines.matching.querying import ProfileQueries, scatter
from techbridge.engines.matching.types import Explanation, MatchResult, ProfileDoc


class BatchQueries(ProfileQueries):
    """:meth:`top_many` and :meth:`explain_many`: :meth:`top` for many queries, faster."""

    def top_many(
        self,
        queries: Sequence[ProfileDoc],
        k: int = 20,
        now: datetime | None = None,
        analysed: Sequence[AnalysedProfile | None] | None = None,
        explained: bool = True,
    ) -> list[list[MatchResult]]:
        """``[top(q, k, now) for q in queries]``, faster: the query vectors are computed in
        one call (or, for indexed profiles whose text is unchanged, taken from the index)
        and exact similarities in one matrix product (rematching every profile).
        ``analysed`` may give :meth:`analyse` of some queries (None: analyse here), e.g.
        those the caller made to build the index. ``explained=False``: results with an empty
        explanation (see :meth:`explain_many`)."""
        if not self._pos or k <= 0:
            return [[] for _ in queries]
        given = analysed if analysed is not None else [None] * len(queries)
        done = [a or self._analyse(q) for q, a in zip(queries, given, strict=True)]
        vectors: list[FloatArray | None] = [None] * len(queries)
        sims: list[tuple[IntArray | None, FloatArray] | None] = [None] * len(queries)
        if self.encoder is not None:
            matrix = self._query_vectors(queries, done)
            vectors = list(matrix)
            sims = list(self._vectors.similarities_many(matrix))
        results = []
        for q, qa, vector, found in zip(queries, done, vectors, sims, strict=True):
            # One query's dense row at a time: a batch of 64 at a million profiles would
            # otherwise hold 64 full-length rows (256 MB) besides the similarities.
            dense = np.zeros(len(self._docs), dtype=np.float32)
            if found is not None:
                scatter(dense, *found)
            asked = self._asked(qa, dense, vector)
            results.append(self._top_of(q, asked, k, now, explained))
        return results

    def _query_vectors(
        self, queries: Sequence[ProfileDoc], analysed: Sequence[AnalysedProfile]
    ) -> FloatArray:
        """One query vector per row; an indexed profile's own vector when the encoder embeds
        queries and documents alike and the profile's text has not changed."""
        assert self.encoder is not None
        out = np.empty((len(queries), self.encoder.dim), dtype=np.float32)
        missing: list[int] = []
        for i, (q, qa) in enumerate(zip(queries, analysed, strict=True)):
            held = self._held_vector(q, qa)
            if held is None:
                missing.append(i)
            else:
                out[i] = held
        if missing:
            # The encoder's rows depend on their own text only (see representation.Encoder).
            out[missing] = self.encoder.encode_queries([analysed[i].embed_text for i in missing])
        return out

    def explain_many(
        self,
        queries: Sequence[ProfileDoc],
        ids: Sequence[Sequence[str]],
        analysed: Sequence[AnalysedProfile | None] | None = None,
    ) -> list[list[Explanation]]:
        """The explanations :meth:`top_many` gives (with ``explained=True``) for the indexed
        profiles ``ids[i]`` as results of ``queries[i]``: a caller that keeps a few of many
        results asks ``top_many(..., explained=False)`` and explains only the kept ones."""
        given = analysed if analysed is not None else [None] * len(queries)
        out: list[list[Explanation]] = []
        for q, a, wanted in zip(queries, given, ids, strict=True):
            if not wanted:
                out.append([])
                continue
            qa = a or self._analyse(q)
            out.append(self._explanations(q, qa, [self._pos[i] for i in wanted]))
        return out
