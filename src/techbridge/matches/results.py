"""The engine's results in platform terms: a `Proposal` per partner, its explanation as the
plain dictionary stored with a match (sector names back to taxonomy codes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from techbridge.engines.matching import Explanation, MatchResult
from techbridge.engines.text.taxonomy import FIELD_BY_CODE, FIELDS
from techbridge.matches.documents import ORG_PREFIX, PROFILE_PREFIX


@dataclass(frozen=True)
class Proposal:
    """One engine result in platform terms: `ref` is "p:<profile id>" or "o:<org id>"."""

    ref: str
    score: float
    components: dict[str, float] = field(default_factory=dict)
    explanation: dict[str, Any] = field(default_factory=dict)

    @property
    def profile_id(self) -> int | None:
        return int(self.ref[2:]) if self.ref.startswith(PROFILE_PREFIX) else None

    @property
    def organisation_id(self) -> int | None:
        return int(self.ref[2:]) if self.ref.startswith(ORG_PREFIX) else None


def proposal_from(result: MatchResult, explained: bool = True) -> Proposal:
    """``result`` as a proposal (score clamped to [0, 1]); ``explained=False``: without its
    explanation (the engine made none)."""
    return Proposal(
        ref=result.id,
        score=min(1.0, max(0.0, float(result.score))),
        components={str(k): round(float(v), 4) for k, v in result.components.items()},
        explanation=explanation_dict(result.explanation) if explained else {},
    )


def explanation_dict(explanation: Explanation) -> dict[str, Any]:
    """The engine's explanation as stored with a match."""
    return {
        "summary": explanation.summary,
        "concepts": [{"en": c.en, "zh": c.zh} for c in explanation.shared_concepts],
        "sectors": [_sector_code(s) for s in explanation.shared_sectors],
        "partnership": [p.replace("<->", ":") for p in explanation.partnership],
        "notes": list(explanation.notes),
    }


def _sector_code(value: str) -> str:
    """A taxonomy code for the engine's "English / 中文" sector name (or the value itself)."""
    if value in FIELD_BY_CODE:
        return value
    english = value.split(" / ")[0].strip()
    return next((f.code for f in FIELDS if f.en == english), value)
