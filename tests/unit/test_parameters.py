"""The resolution's parameters: one object, defaults from the modules that use them."""

from __future__ import annotations

from bench.bench_sensitivity import baseline, settings
from graph.resolution import features, prior
from graph.resolution.model import load_model
from graph.resolution.parameters import DEFAULTS, Parameters
from graph.teams import MAX_TEAM


def test_defaults_are_the_modules_own_values() -> None:
    assert DEFAULTS.reference_names == prior.REFERENCE_NAMES
    assert DEFAULTS.idf_cap_papers == features.IDF_CAP_PAPERS
    assert DEFAULTS.max_team == MAX_TEAM
    assert DEFAULTS.threshold is None  # the merge model's own
    assert baseline().threshold == load_model().threshold


def test_scaling_changes_one_parameter_and_keeps_counts_whole() -> None:
    scaled = DEFAULTS.scaled("idf_cap_papers", 1.25)
    assert scaled.idf_cap_papers == 2500
    assert {k: v for k, v in scaled.as_dict().items() if k != "idf_cap_papers"} == {
        k: v for k, v in DEFAULTS.as_dict().items() if k != "idf_cap_papers"
    }
    assert Parameters(max_team=3).scaled("max_team", 1.25).max_team == 4
    assert Parameters(max_team=1).scaled("max_team", 0.25).max_team == 1


def test_the_sensitivity_runs_each_distinct_value_once() -> None:
    runs = settings(["max_team", "threshold"], [0.5, 0.75, 1.25, 1.5])
    assert runs[0] == ("defaults", 1.0, baseline())
    assert len([name for name, _, _ in runs if name == "max_team"]) == 4
    assert len([name for name, _, _ in runs if name == "threshold"]) == 4
