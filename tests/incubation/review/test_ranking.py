"""The ranking arithmetic: weighted scores on 0-100, mean / sum / normalised per reviewer,
ties sharing their rank and naming each other (Decimal: the same on every CPU)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from techbridge.incubation.selectors.review_ranking import (
    Candidate,
    Review,
    RubricItem,
    aggregate,
    rank,
    weighted,
)

RUBRIC = [RubricItem("tech", Decimal(2), 10), RubricItem("team", Decimal(1), 5)]
T0 = datetime(2026, 1, 1, tzinfo=UTC)


@given(st.integers(0, 10), st.integers(0, 5))
def test_weighted_is_between_0_and_100(tech: int, team: int) -> None:
    assert Decimal(0) <= weighted(RUBRIC, {"tech": tech, "team": team}) <= Decimal(100)


def test_mean_and_sum() -> None:
    reviews = [Review(1, 10, {"tech": 10, "team": 5}), Review(1, 11, {"tech": 5, "team": 5})]
    assert aggregate(RUBRIC, reviews, "mean") == {1: (Decimal("83.33"), 2)}
    assert aggregate(RUBRIC, reviews, "sum") == {1: (Decimal("166.67"), 2)}


def test_normalisation_removes_a_severe_reviewers_bias() -> None:
    # reviewer 10 is severe (scores everybody low), 11 lenient: on their own scale both put
    # entry 1 first; a plain mean lets the lenient reviewer decide entry 3's place
    reviews = [
        Review(1, 10, {"tech": 4, "team": 2}), Review(2, 10, {"tech": 2, "team": 1}),
        Review(3, 11, {"tech": 9, "team": 5}), Review(1, 11, {"tech": 10, "team": 5}),
        Review(2, 11, {"tech": 8, "team": 4}),
    ]  # fmt: skip
    plain = aggregate(RUBRIC, reviews, "mean")
    fair = aggregate(RUBRIC, reviews, "normalised")
    assert plain[3][0] > plain[1][0]
    assert fair[1][0] > fair[3][0] > fair[2][0]


def test_ties_share_a_rank_and_are_explained() -> None:
    reviews = [
        Review(1, 10, {"tech": 5, "team": 5}), Review(2, 10, {"tech": 5, "team": 5}),
        Review(2, 11, {"tech": 5, "team": 5}), Review(3, 10, {"tech": 10, "team": 5}),
    ]  # fmt: skip
    candidates = [
        Candidate(1, T0), Candidate(2, T0 + timedelta(hours=1)),
        Candidate(3, T0 + timedelta(hours=2)), Candidate(4, T0),
    ]  # fmt: skip
    rows = rank(RUBRIC, reviews, candidates, "mean")
    assert [(r.entry_id, r.rank, r.tied_with) for r in rows] == [
        (3, 1, []),
        (2, 2, [1]),  # two reviews before one
        (1, 2, [2]),
        (4, 4, []),  # not reviewed: last
    ]
    assert rows[-1].score is None
