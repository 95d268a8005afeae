"""A merge model file: a model that reads some of the features keeps working (no database)."""

from __future__ import annotations

import sys

import lightgbm
import numpy as np
import pytest

from graph.errors import ConfigError
from graph.resolution.cluster_space import FEATURES
from graph.resolution.model import (
    MergeModel,
    _compiled,
    _predict_compiled,
    from_json,
    load_model,
)


def small_model(features: tuple[str, ...]) -> MergeModel:
    """Trees that read only `features`: one person when the first of them is high."""
    rng = np.random.default_rng(1)
    x = rng.random((400, len(features)))
    y = (x[:, 0] > 0.5).astype(float)
    data = lightgbm.Dataset(x, y, feature_name=list(features))
    parameters = {"objective": "binary", "verbose": -1, "num_threads": 1, "seed": 1}
    booster = lightgbm.train(parameters, data, 20)
    return MergeModel(booster.model_to_string(), features, threshold=0.5)


def test_a_model_of_some_features_reads_them_by_name_and_explains_in_full_width() -> None:
    model = from_json(small_model(("coauthors", "year_gap")).to_json(), "test")
    rows = np.zeros((2, len(FEATURES)), dtype=np.float32)
    rows[0, FEATURES.index("coauthors")] = 0.9
    rows[1, FEATURES.index("coauthors")] = 0.1
    rows[:, FEATURES.index("topic")] = 0.9  # not read by these trees
    low, high = sorted(model.probabilities(rows))
    assert model.probabilities(rows)[0] == high and low < 0.5 < high
    shares, base = model.contributions(rows)
    assert shares.shape == (2, len(FEATURES)) and shares[0, FEATURES.index("topic")] == 0
    assert shares[0].sum() + base[0] == pytest.approx(model.log_odds(rows)[0], abs=1e-6)


def test_a_model_of_features_this_code_does_not_compute_is_refused() -> None:
    text = small_model(("coauthors", "shoe_size")).to_json()
    with pytest.raises(ConfigError, match="other features"):
        from_json(text, "old.json")


def test_the_compiled_trees_give_lightgbms_log_odds_and_are_kept(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NAMESAKE_CACHE", str(tmp_path))
    model = load_model()
    rows = np.random.default_rng(3).random((500, len(FEATURES))).astype(np.float32)
    rows[rows < 0.15] = np.nan  # a side without such evidence
    expected = model._booster().predict(rows.astype(np.float64), raw_score=True)
    try:
        for _ in range(2):  # compiled, then read back from the cache
            _compiled.cache_clear()
            assert _compiled(model.trees) is not None
            assert np.allclose(model.log_odds(rows), expected, rtol=0, atol=1e-9)
        assert len(list((tmp_path / "models").glob("merge-*.o"))) == 1
    finally:
        _compiled.cache_clear()


def test_without_a_compiler_lightgbm_predicts(monkeypatch) -> None:
    model = load_model()
    rows = np.random.default_rng(4).random((50, len(FEATURES))).astype(np.float32)
    monkeypatch.setitem(sys.modules, "lleaves", None)  # import lleaves fails
    try:
        _compiled.cache_clear()
        assert _compiled(model.trees) is None
        expected = model._booster().predict(rows.astype(np.float64), raw_score=True)
        assert np.allclose(model.log_odds(rows), expected, rtol=0, atol=1e-12)
    finally:
        _compiled.cache_clear()


def test_compiled_trees_without_a_direct_entry_are_called_through_predict() -> None:
    class Predicting:  # a compiled model of another lleaves version: predict only
        def predict(self, rows: np.ndarray, n_jobs: int) -> np.ndarray:
            assert n_jobs == 1
            return rows.sum(axis=1)

    rows = np.arange(6, dtype=np.float64).reshape(3, 2)
    assert _predict_compiled(Predicting(), rows).tolist() == [1.0, 5.0, 9.0]
