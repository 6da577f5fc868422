"""The context re-scoring of a query's candidates (the engine's second layer, between
:mod:`.indexing` and :mod:`.querying`): kind, partnership, sector, TRL, geography and freshness
fit from both sides (reciprocity), members' feedback, and the explanation of each result."""

from __future__ import annotations

import math
from datetime import datetime

import numpy as np

from techbridge.engines.matching import evidence, scoring
from techbridge.engines.matching.explanation import explain
from techbridge.engines.matching.feedback import SIMILAR_FROM, SIMILAR_WEIGHT
from techbridge.engines.matching.indexing import AnalysedProfile, FloatArray, ProfileIndex
from techbridge.engines.matching.types import OFFER, REQUEST, Concept, Explanation, ProfileDoc


class ProfileRescoring(ProfileIndex):
    """Scores of pool positions for a query: context fit, feedback, explanations."""

    def _explanations(
        self, query: ProfileDoc, qa: AnalysedProfile, positions: list[int]
    ) -> list[Explanation]:
        """The explanation of each result position for ``query`` (independent of the other
        results): only concepts both texts contain (:mod:`.evidence`)."""
        if not positions:
            return []
        shown = evidence.shown_concepts(self, qa, positions)
        return [
            self._explanation(query, qa, concepts, pos)
            for pos, concepts in zip(positions, shown, strict=True)
        ]

    def _context(
        self, owner: ProfileDoc, other: ProfileDoc, now: datetime | None
    ) -> tuple[float, dict[str, float | None]]:
        parts: dict[str, float | None] = {
            "kind": scoring.kind_fit(owner, other),
            "partnership": scoring.partnership_fit(owner, other)[0],
            "sector": scoring.sector_fit(owner, other)[0],
            "trl": scoring.trl_fit(owner, other),
            "geography": scoring.geography_fit(owner, other),
            "freshness": scoring.freshness(other, now),
        }
        fb = self.config.feedback
        weights = fb.weights if fb is not None else self.config.context
        value = scoring.weighted_mean(parts, weights)
        if fb is not None:
            value = min(1.0, max(0.0, value * (1.0 + 0.3 * fb.preference(owner.org_id, other))))
        return value, parts

    def _scored(
        self, query: ProfileDoc, pool: list[int], fused: FloatArray, now: datetime | None
    ) -> list[tuple[float, int, float, dict[str, float | None] | None]]:
        """(-score, position, context fit, context parts or None) of each pool position: the
        context fits of the whole pool from a few array operations (the parts, which only
        the kept results report, are left to the caller), else one by one."""
        fits = None
        if self.config.feedback is None and pool:
            positions = np.asarray(pool, dtype=np.int64)
            fits = self._table.fit_many(query, positions, now, self.config.context)
        if fits is None:
            kept = self._not_relevant_factors(query, pool)
            out: list[tuple[float, int, float, dict[str, float | None] | None]] = []
            for i, pos in enumerate(pool):
                score, context, parts = self._score(query, pos, float(fused[pos]), now)
                out.append((-score * kept[i], pos, context, parts))
            return out
        for_query, for_candidate = fits
        contexts = np.sqrt(for_query * for_candidate) if self.config.reciprocity else for_query
        values = fused[positions].tolist()
        return [
            (-final_score(value, context), pos, context, None)
            for pos, value, context in zip(pool, values, contexts.tolist(), strict=True)
        ]

    def _not_relevant_factors(self, query: ProfileDoc, pool: list[int]) -> list[float]:
        """Per pool position, the share of its score kept after the query's organisation
        declined similar profiles as not relevant (1.0 everywhere without such marks)."""
        fb = self.config.feedback
        ids = fb.declined(query.org_id) if fb is not None else ()
        declined = [self._pos[i] for i in ids if i in self._pos]
        if not declined or not pool or self.encoder is None:
            return [1.0] * len(pool)
        candidates = self._vectors.rows(np.asarray(pool, dtype=np.int64)).astype(np.float64)
        marked = self._vectors.rows(np.asarray(declined, dtype=np.int64)).astype(np.float64)
        closest = (candidates @ marked.T).max(axis=1)
        reach = np.clip((closest - SIMILAR_FROM) / (1.0 - SIMILAR_FROM), 0.0, 1.0)
        kept: list[float] = (1.0 - SIMILAR_WEIGHT * reach).tolist()
        return kept

    def _parts(self, query: ProfileDoc, pos: int, now: datetime | None) -> dict[str, float | None]:
        doc = self._docs[pos]
        assert doc is not None
        return self._context(query, doc, now)[1]

    def _score(
        self, query: ProfileDoc, pos: int, fused: float, now: datetime | None
    ) -> tuple[float, float, dict[str, float | None]]:
        """(final score, context fit, context parts) of the candidate at ``pos``."""
        doc = self._docs[pos]
        assert doc is not None
        for_query, parts = self._context(query, doc, now)
        context = for_query
        if self.config.reciprocity:
            for_candidate, _ = self._context(doc, query, now)
            context = math.sqrt(for_query * for_candidate)
        return final_score(fused, context), context, parts

    def _explanation(
        self, query: ProfileDoc, qa: AnalysedProfile, shown: tuple[Concept, ...], pos: int
    ) -> Explanation:
        doc = self._docs[pos]
        assert doc is not None
        truncated = qa.truncated or self._truncated[pos]
        notes: tuple[str, ...] = ()
        if truncated:
            notes = (
                f"Text beyond {self.config.max_chars:,} characters was not used for matching.",
            )
        kind_note = None
        if {query.kind, doc.kind} == {OFFER, REQUEST}:
            kind_note = "An offer meets a request."
        elif scoring.is_investor(doc) or scoring.is_investor(query):
            kind_note = "An investor meets a profile seeking investment."
        return explain(
            concepts=shown,
            sectors=scoring.sector_fit(query, doc)[1],
            partnership=scoring.partnership_fit(query, doc)[1],
            kind_note=kind_note,
            notes=notes,
        )


def final_score(fused: float, context: float) -> float:
    """The score in [0, 1]: text relevance (1 - e^-fused) scaled by the context fit."""
    text = 1.0 - math.exp(-max(fused, 0.0))
    return min(1.0, max(0.0, text * (0.5 + 0.5 * context)))
