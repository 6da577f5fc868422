"""Learning from users' marks: per-organisation preferences and global component weights.

A mark says that a member of ``org_id`` found the proposed profile useful or not, optionally
with a structured decline reason. Two things are learnt:

- per organisation, a preference in [-1, 1] for each sector and partnership type of the
  profiles it marked (smoothed, so one mark moves little);
- globally, the weights of the non-text components: each decline reason that blames a
  component ("wrong sector", "wrong stage"...) raises that component's weight;
- per organisation, the profiles it declined as "not relevant": candidates whose vector is
  close to one of them (cosine above ``SIMILAR_FROM``) lose up to ``SIMILAR_WEIGHT`` of their
  score, in proportion to how close (``MatchingEngine`` applies it; needs an encoder).

The engine applies a model only when ``MatchingConfig.feedback`` is set: switch it on after
measuring it (``docs/matching.md`` says how it was measured).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from techbridge.engines.matching.scoring import ComponentWeights
from techbridge.engines.matching.types import ProfileDoc

# Decline reason -> the component it blames.
REASON_COMPONENT: dict[str, str] = {
    "wrong_sector": "sector",
    "wrong_stage": "trl",
    "wrong_region": "geography",
    "wrong_partnership": "partnership",
    "wrong_kind": "kind",
    "outdated": "freshness",
}
SMOOTHING = 3.0
NOT_RELEVANT = "not_relevant"
# A candidate as close as this to a profile declined as not relevant starts to lose; one
# identical to it loses SIMILAR_WEIGHT of its score (set a priori, not fitted).
SIMILAR_FROM = 0.5
SIMILAR_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class Mark:
    """One user's verdict on a proposed match."""

    org_id: str
    profile_id: str
    useful: bool
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class FeedbackModel:
    """What was learnt from marks; :meth:`preference` is used when ranking for an org."""

    weights: ComponentWeights = field(default_factory=ComponentWeights)
    sector_pref: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    partnership_pref: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    not_relevant: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def declined(self, org_id: str | None) -> tuple[str, ...]:
        """The profiles ``org_id`` declined as not relevant."""
        return self.not_relevant.get(org_id, ()) if org_id is not None else ()

    def preference(self, org_id: str | None, doc: ProfileDoc) -> float:
        """The org's learnt liking of ``doc`` in [-1, 1] (0 without marks)."""
        if org_id is None:
            return 0.0
        values = [self.sector_pref.get(org_id, {}).get(s) for s in doc.sectors]
        values += [self.partnership_pref.get(org_id, {}).get(p) for p in doc.partnership_types]
        known = [v for v in values if v is not None]
        return sum(known) / len(known) if known else 0.0


def _smoothed(counts: dict[str, list[int]]) -> dict[str, float]:
    return {k: (up - down) / (up + down + SMOOTHING) for k, (up, down) in counts.items()}


def fit(
    marks: Iterable[Mark],
    profiles: Mapping[str, ProfileDoc],
    base: ComponentWeights | None = None,
) -> FeedbackModel:
    """Learn a :class:`FeedbackModel` from ``marks`` on the ``profiles`` they refer to."""
    base = base or ComponentWeights()
    sectors: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    partnerships: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    blamed: dict[str, int] = defaultdict(int)
    not_relevant: dict[str, list[str]] = defaultdict(list)
    declined = 0
    for mark in marks:
        doc = profiles.get(mark.profile_id)
        if doc is None:
            continue
        slot = 0 if mark.useful else 1
        for s in doc.sectors:
            sectors[mark.org_id][s][slot] += 1
        for p in doc.partnership_types:
            partnerships[mark.org_id][p][slot] += 1
        if not mark.useful:
            declined += 1
            if mark.reason == NOT_RELEVANT:
                not_relevant[mark.org_id].append(mark.profile_id)
            component = REASON_COMPONENT.get(mark.reason or "")
            if component:
                blamed[component] += 1
    weights = replace(
        base,
        **{c: getattr(base, c) * (1.0 + n / (declined + 10.0)) for c, n in blamed.items()},
    )
    return FeedbackModel(
        weights=weights,
        sector_pref={org: _smoothed(c) for org, c in sectors.items()},
        partnership_pref={org: _smoothed(c) for org, c in partnerships.items()},
        not_relevant={org: tuple(dict.fromkeys(ids)) for org, ids in not_relevant.items()},
    )
