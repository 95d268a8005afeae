"""What training refuses before it starts, and its calibration fit (no database)."""

from __future__ import annotations

import numpy as np
import pytest

from graph.errors import EvaluationError
from graph.learning.training import logistic_fit, train


def test_training_needs_two_labelled_groups_to_cross_validate() -> None:
    with pytest.raises(EvaluationError, match="two labelled name groups or more"):
        train([])


def _likelihood_gradient(a: float, b: float, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    p = 1.0 / (1.0 + np.exp(-(a * x + b)))
    return np.array([np.sum((p - y) * x), np.sum(p - y)])


def test_the_calibration_fit_recovers_a_known_slope_and_intercept() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(0.0, 2.0, 20_000)
    y = (rng.random(len(x)) < 1.0 / (1.0 + np.exp(-(0.6 * x - 0.4)))).astype(float)
    a, b = logistic_fit(x, y, np.ones(len(x)))
    assert a == pytest.approx(0.6, abs=0.03) and b == pytest.approx(-0.4, abs=0.05)
    assert np.abs(_likelihood_gradient(a, b, x, y)).max() < 1e-6


def test_the_calibration_fit_does_not_diverge_where_full_newton_steps_do() -> None:
    # Interleaved labels, so the best fit is finite; from (1, 0), full Newton steps on these
    # points run off to a slope of about -7e9 (found by a random search).
    x = np.array([0.8, -0.8, 3.8, 0.6, -3.2, 2.2, 7.8, 5.7])
    y = np.array([0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0])
    a, b = logistic_fit(x, y, np.ones(len(x)))
    assert np.isfinite([a, b]).all() and abs(a) < 10 and abs(b) < 10
    assert np.abs(_likelihood_gradient(a, b, x, y)).max() < 1e-6
