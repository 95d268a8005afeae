"""The resolution's parameters: one object, defaults from the modules that use them."""

from __future__ import annotations

from bench.bench_sensitivity import settings
from graph.resolution import features, merge, prior, textlinks
from graph.resolution.parameters import DEFAULTS, Parameters


def test_defaults_are_the_modules_own_values() -> None:
    assert DEFAULTS.threshold == merge.THRESHOLD
    assert (DEFAULTS.big_cluster, DEFAULTS.big_cluster_factor) == (
        merge.BIG_CLUSTER,
        merge.BIG_CLUSTER_FACTOR,
    )
    assert (DEFAULTS.k_nearest, DEFAULTS.text_link_cut) == (textlinks.K_NEAREST, textlinks.CUT)
    assert (DEFAULTS.lambda_scale, DEFAULTS.unique_factor, DEFAULTS.reference_names) == (
        prior.LAMBDA_SCALE,
        prior.UNIQUE_FACTOR,
        prior.REFERENCE_NAMES,
    )
    assert DEFAULTS.idf_cap_papers == features.IDF_CAP_PAPERS


def test_scaling_changes_one_parameter_and_keeps_counts_whole() -> None:
    scaled = DEFAULTS.scaled("threshold", 1.25)
    assert scaled.threshold == DEFAULTS.threshold * 1.25
    assert {k: v for k, v in scaled.as_dict().items() if k != "threshold"} == {
        k: v for k, v in DEFAULTS.as_dict().items() if k != "threshold"
    }
    assert Parameters(k_nearest=3).scaled("k_nearest", 1.25).k_nearest == 4
    assert Parameters(k_nearest=1).scaled("k_nearest", 0.25).k_nearest == 1


def test_the_sensitivity_runs_each_distinct_value_once() -> None:
    runs = settings(["k_nearest", "threshold"], [0.5, 0.75, 1.25, 1.5])
    assert runs[0] == ("defaults", 1.0, DEFAULTS)
    k_values = [p.k_nearest for name, _, p in runs if name == "k_nearest"]
    assert sorted(k_values) == [2, 4]  # 1.5, 2.25, 3.75 and 4.5 round to 2, 2, 4 and 4
    assert len([name for name, _, _ in runs if name == "threshold"]) == 4
