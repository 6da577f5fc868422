"""Non-text fit between two profiles: kind, partnership type, sector, TRL, geography, age.

Each component is a number in [0, 1], or None when a side does not say (then it is left out
of the weighted mean rather than counted against the match).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from techbridge.engines.matching.types import OFFER, REQUEST, ProfileDoc

# Partnership types that answer each other; symmetric.
_PARTNER_OF: dict[str, frozenset[str]] = {
    "licence_out": frozenset({"licence_in"}),
    "licence_in": frozenset({"licence_out"}),
    "sale": frozenset({"purchase"}),
    "purchase": frozenset({"sale"}),
    "investment_sought": frozenset({"investment_offered"}),
    "investment_offered": frozenset({"investment_sought"}),
    "distribution": frozenset({"distribution", "manufacturing"}),
    "manufacturing": frozenset({"manufacturing", "distribution"}),
    "joint_rd": frozenset({"joint_rd", "technical_cooperation"}),
    "technical_cooperation": frozenset({"technical_cooperation", "joint_rd"}),
    "joint_venture": frozenset({"joint_venture", "investment_offered", "investment_sought"}),
}
INVESTOR_ORG_TYPES = frozenset({"investor"})


@dataclass(frozen=True, slots=True)
class ComponentWeights:
    """Weights of the non-text components in the context score."""

    kind: float = 0.30
    partnership: float = 0.25
    sector: float = 0.20
    trl: float = 0.10
    geography: float = 0.05
    freshness: float = 0.10


# The fits' constants (context.py computes the same fits over arrays: one place for both).
KIND_OTHER = 0.4  # two profiles of the same kind
PARTNER_MISS = 0.2  # partnership types known on both sides, none answering the other
TRL_STEP = 0.2  # less per readiness level beyond one step apart
GEO_OTHER = 0.6  # countries of interest known on both sides, none shared
HALF_LIFE_DAYS = 365.0  # freshness halves every year


def is_investor(doc: ProfileDoc) -> bool:
    return doc.org_type in INVESTOR_ORG_TYPES or "investment_offered" in doc.partnership_types


def kind_fit(a: ProfileDoc, b: ProfileDoc) -> float | None:
    """1 for an offer and a request, or an investor for a profile seeking investment."""
    kinds = {a.kind, b.kind}
    if kinds == {OFFER, REQUEST}:
        return 1.0
    seeks = "investment_sought" in a.partnership_types or "investment_sought" in b.partnership_types
    if seeks and (is_investor(a) or is_investor(b)):
        return 1.0
    if not kinds <= {OFFER, REQUEST}:
        return None
    return KIND_OTHER


def complementary(a: ProfileDoc, b: ProfileDoc) -> bool:
    """Whether ``b`` can be a partner of ``a`` at all (the default candidate filter)."""
    return kind_fit(a, b) != KIND_OTHER


def partnership_fit(a: ProfileDoc, b: ProfileDoc) -> tuple[float | None, tuple[str, ...]]:
    """Fit of the partnership types and the pairs that fit (e.g. ``licence_out<->licence_in``)."""
    if not a.partnership_types or not b.partnership_types:
        return None, ()
    pairs = tuple(
        f"{x}<->{y}"
        for x in a.partnership_types
        for y in b.partnership_types
        if y in _PARTNER_OF.get(x, frozenset())
    )
    return (1.0 if pairs else PARTNER_MISS), pairs


def sector_fit(a: ProfileDoc, b: ProfileDoc) -> tuple[float | None, tuple[str, ...]]:
    """Overlap of the taxonomy sectors relative to the smaller set, and the shared ones."""
    if not a.sectors or not b.sectors:
        return None, ()
    shared = tuple(s for s in a.sectors if s in set(b.sectors))
    return len(shared) / min(len(set(a.sectors)), len(set(b.sectors))), shared


def trl_fit(a: ProfileDoc, b: ProfileDoc) -> float | None:
    """1 when the readiness levels are within one step, 0.2 less per further step."""
    if a.trl is None or b.trl is None:
        return None
    gap = abs(a.trl - b.trl)
    return max(0.0, 1.0 - TRL_STEP * max(0, gap - 1))


def geography_fit(a: ProfileDoc, b: ProfileDoc) -> float | None:
    """1 when the organisations share a country of interest; cross-border is still fine."""
    if not a.countries or not b.countries:
        return None
    return 1.0 if set(a.countries) & set(b.countries) else GEO_OTHER


def freshness(doc: ProfileDoc, now: datetime | None) -> float | None:
    """Half-life of one year since publication; None without a date or ``now``."""
    if doc.published_at is None or now is None:
        return None
    age_days = max(0.0, (now - doc.published_at).total_seconds() / 86400.0)
    return math.pow(0.5, age_days / HALF_LIFE_DAYS)


def weighted_mean(parts: dict[str, float | None], weights: ComponentWeights) -> float:
    """Mean of the known components by their weights; 1.0 when none is known."""
    total = 0.0
    norm = 0.0
    for name, value in parts.items():
        if value is None:
            continue
        w = float(getattr(weights, name))
        total += w * value
        norm += w
    return total / norm if norm > 0 else 1.0
