"""Score regularisation over the candidate pool."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from techbridge.engines.matching.regularise import regularise


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (rows / norms).astype(np.float32)


def test_a_candidate_its_fellows_resemble_overtakes_an_isolated_one() -> None:
    # Three candidates about one thing (rows 0-2) and an isolated one (row 3) that a single
    # channel scored a little higher than row 1.
    vectors = _unit(np.array([[1, 0.1, 0], [1, 0, 0.1], [1, 0.1, 0.1], [0, 0, 1]], dtype=float))
    values = np.array([0.9, 0.6, 0.8, 0.65], dtype=np.float32)
    out = regularise(values, vectors, k=2, weight=0.3)
    assert out[1] > out[3]
    assert out[0] == max(out)


def test_weight_zero_or_one_candidate_changes_nothing() -> None:
    vectors = _unit(np.eye(3))
    values = np.array([0.3, 0.2, 0.1], dtype=np.float32)
    assert np.array_equal(regularise(values, vectors, k=2, weight=0.0), values)
    assert np.array_equal(regularise(values[:1], vectors[:1], k=2, weight=0.5), values[:1])


def test_orthogonal_candidates_keep_their_values() -> None:
    values = np.array([0.3, 0.2, 0.1], dtype=np.float32)
    assert np.allclose(regularise(values, _unit(np.eye(3)), k=2, weight=0.5), values)


@settings(max_examples=60, deadline=None)
@given(
    values=arrays(np.float32, st.integers(2, 12), elements=st.floats(0, 3, width=32)),
    seed=st.integers(0, 2**16),
    k=st.integers(1, 12),
    weight=st.floats(0, 1),
)
def test_values_stay_in_their_range_and_the_result_is_deterministic(
    values: np.ndarray, seed: int, k: int, weight: float
) -> None:
    vectors = _unit(np.random.default_rng(seed).normal(size=(len(values), 8)))
    out = regularise(values, vectors, k=k, weight=weight)
    assert out.shape == values.shape
    assert float(out.min()) >= float(values.min()) - 1e-5
    assert float(out.max()) <= float(values.max()) + 1e-5
    assert np.array_equal(out, regularise(values, vectors, k=k, weight=weight))
