"""Ranking a round's applications from their reviews, in plain Python on plain values.

A review's weighted score is 100 × Σ weight·score/maximum ÷ Σ weight (0 to 100 whatever the
rubric's scales). An application's score aggregates its submitted reviews only (abstentions
and recusals count for nothing): their mean, their sum, or the mean after normalising each
reviewer (a reviewer's scores are shifted and scaled to the round's overall mean and spread,
so a severe and a lenient reviewer weigh alike). Ties are ordered by more reviews, then the
earlier submission, and say so. Decimal arithmetic throughout: the same ranking on every CPU."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class RubricItem:
    key: str
    weight: Decimal
    max_score: int


@dataclass(frozen=True)
class Review:
    entry_id: int
    reviewer_id: int
    values: dict[str, int]


@dataclass(frozen=True)
class Candidate:
    entry_id: int
    submitted_at: datetime


@dataclass
class Ranked:
    entry_id: int
    score: Decimal | None
    reviews: int
    rank: int = 0
    tied_with: list[int] = field(default_factory=list)


def weighted(rubric: list[RubricItem], values: dict[str, int]) -> Decimal:
    """One review's score on 0-100."""
    total = sum((c.weight for c in rubric), Decimal(0))
    if not total:
        return Decimal(0)
    got = sum(
        (c.weight * Decimal(values.get(c.key, 0)) / Decimal(c.max_score) for c in rubric),
        Decimal(0),
    )
    return HUNDRED * got / total


def _spread(values: list[Decimal]) -> tuple[Decimal, Decimal]:
    mean = sum(values, Decimal(0)) / len(values)
    var = sum(((v - mean) ** 2 for v in values), Decimal(0)) / len(values)
    return mean, var.sqrt()


def normalise(totals: list[tuple[int, int, Decimal]]) -> list[tuple[int, int, Decimal]]:
    """(entry, reviewer, score) with each reviewer's scores mapped onto the overall mean and
    spread (a reviewer with one review, or all alike, is only shifted)."""
    if not totals:
        return []
    mean, spread = _spread([t for _e, _r, t in totals])
    by_reviewer: dict[int, list[Decimal]] = defaultdict(list)
    for _e, r, t in totals:
        by_reviewer[r].append(t)
    stats = {r: _spread(v) for r, v in by_reviewer.items()}
    out = []
    for e, r, t in totals:
        r_mean, r_spread = stats[r]
        scaled = (t - r_mean) * (spread / r_spread) if r_spread else t - r_mean
        out.append((e, r, mean + scaled))
    return out


def aggregate(
    rubric: list[RubricItem], reviews: list[Review], how: str
) -> dict[int, tuple[Decimal, int]]:
    """entry → (aggregated score rounded to 0.01, number of reviews)."""
    totals = [(r.entry_id, r.reviewer_id, weighted(rubric, r.values)) for r in reviews]
    if how == "normalised":
        totals = normalise(totals)
    per_entry: dict[int, list[Decimal]] = defaultdict(list)
    for e, _r, t in totals:
        per_entry[e].append(t)
    out = {}
    for e, values in per_entry.items():
        value = sum(values, Decimal(0))
        if how != "sum":
            value /= len(values)
        out[e] = (value.quantize(CENT), len(values))
    return out


def rank(
    rubric: list[RubricItem], reviews: list[Review], candidates: list[Candidate], how: str
) -> list[Ranked]:
    """Best first; unreviewed candidates last. Equal scores share their rank and name each
    other in `tied_with` (ordered by more reviews, then the earlier submission)."""
    scores = aggregate(rubric, reviews, how)
    order = {c.entry_id: c.submitted_at for c in candidates}
    rows = [Ranked(c.entry_id, *scores.get(c.entry_id, (None, 0))) for c in candidates]
    rows.sort(
        key=lambda r: (r.score is None, -(r.score or 0), -r.reviews, order[r.entry_id], r.entry_id)
    )
    groups: dict[Decimal, list[Ranked]] = defaultdict(list)
    for position, row in enumerate(rows, start=1):
        if row.score is None:
            row.rank = position
            continue
        group = groups[row.score]
        row.rank = group[0].rank if group else position
        group.append(row)
    for group in groups.values():
        for row in group:
            row.tied_with = [o.entry_id for o in group if o is not row]
    return rows
