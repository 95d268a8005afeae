"""Every benchmark of bench/ at a small size against the session's managed Neo4j: the figures
come out and are sane (no timing asserts). Corpora go to a temporary directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench import (
    bench_curve,
    bench_load,
    bench_memory,
    bench_model,
    bench_physics,
    bench_resolve,
    bench_sensitivity,
    harness,
)
from graph.db import Database
from graph.learning.training import THRESHOLDS
from graph.resolution.model import load_model
from graph.server import ManagedServer
from tests.paths import data_path

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture
def server(
    db: Database,
    managed_server: ManagedServer,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[ManagedServer]:
    """The session's server with an empty database (emptied again after the test by `db`)."""
    monkeypatch.setattr(harness, "OUT", _shared_out(tmp_path_factory))
    yield managed_server


def _shared_out(factory: pytest.TempPathFactory) -> Path:
    path = factory.getbasetemp() / "bench-out"
    path.mkdir(exist_ok=True)
    return path


def test_load_benchmark(server: ManagedServer) -> None:
    result = bench_load.run(2000, server=server)
    assert result["same_graph_counts"], (result["counts"], result["bulk_counts"])
    assert result["mentions"] == result["counts"]["mentions"] > 2000
    assert result["online_mentions_per_s"] > 0 and result["bulk_mentions_per_s"] > 0
    assert result["online_to_bulk_ratio"] > 0
    assert set(result["bulk_phases_s"]) == {"read", "sort_merge", "import", "finish"}
    assert "online / bulk" in bench_load.describe(result)


def test_resolve_benchmark(server: ManagedServer) -> None:
    result = bench_resolve.run(2000, server=server, load="online", profile=True)
    quality = result["quality"]
    assert result["mentions"] == quality["mentions"] > 2000
    assert result["resolve_mentions_per_s"] > 0 and result["persons"] > 0
    assert 0.5 < quality["b3_f1"] <= 1 and 0 < quality["b3_f1_ambiguous"] <= 1
    assert quality["unresolved"] == 0
    assert "rules/coauthor" in result["profile"]
    assert "B3 F1" in bench_resolve.describe(result)


def test_physics_benchmark(server: ManagedServer) -> None:
    result = bench_physics.run(150, server=server)
    steps = result["steps"]
    assert set(steps) == {"bulk_load", "online_load", "resolve"}
    assert all(step["ok"] for step in steps.values()), steps
    assert result["max_team"] > 1000 and result["mentions"] > 5000
    assert all(step["server_peak_mb"] > 100 for step in steps.values())
    assert steps["resolve"]["peak_mb"] > 10 and steps["online_load"]["python_peak_mb"] > 10
    assert result["memory"]["heap"] == server.settings.heap  # the session's, set explicitly
    assert result["online_to_bulk_ratio"] > 0 and result["end_to_end_seconds"] > 0
    assert result["quality"]["mentions"] == result["mentions"]
    assert 0.5 < result["quality"]["b3_f1"] <= 1
    assert "end to end" in bench_physics.describe(result)


def test_memory_benchmark(server: ManagedServer) -> None:
    result = bench_memory.run([1000, 2000], "online", server=server)
    sizes = result["sizes"]
    assert [s["papers"] for s in sizes] == [1000, 2000]
    assert all(s["mentions"] > 0 and s["python_peak_mb"] > 10 for s in sizes)
    assert result["growth"] >= 0 and isinstance(result["flat"], bool)
    assert "peak RSS" in bench_memory.describe(result)


def test_curve_benchmark(server: ManagedServer) -> None:
    result = bench_curve.run([1000, 2000], "online", server=server)
    points = result["points"]
    assert [p["papers"] for p in points] == [1000, 2000]
    assert points[0]["mentions"] < points[1]["mentions"]
    assert all(p["resolve_mentions_per_s"] > 0 and 0.5 < p["quality"]["b3_f1"] <= 1 for p in points)
    assert all(p["resolve_peak_mb"] >= p["resolve_start_mb"] > 10 for p in points)
    assert "B3 F1" in bench_curve.describe(result)


def test_sensitivity_benchmark(server: ManagedServer, db: Database) -> None:
    outcomes = bench_sensitivity.run(["threshold"], [2.0], data_path(), server=server)
    defaults, doubled = outcomes
    assert (defaults.parameter, doubled.parameter, doubled.value) == (
        "defaults",
        "threshold",
        2 * load_model().threshold,
    )
    # The defaults reproduce what test_resolution asserts; twice the threshold trades recall
    # for precision on aminer-dev.
    assert defaults.aminer_b3_precision >= 0.95 and defaults.aminer_b3_f1 >= 0.92
    assert doubled.aminer_b3_precision > defaults.aminer_b3_precision
    assert doubled.aminer_b3_f1 < defaults.aminer_b3_f1
    assert 0 < defaults.dblp_b3_f1 <= 1
    assert db.query("admin/count_nodes")[0]["nodes"] == 0  # left empty, as it was given
    assert "held" in bench_sensitivity.report(outcomes)


def test_model_benchmark(server: ManagedServer, db: Database) -> None:
    result = bench_model.run(["aminer-dev", "lagos"], folds=0, server=server)
    assert set(result["leave_one_corpus_out"]) == set(result["shipped"]) == {"aminer-dev", "lagos"}
    for found in [*result["leave_one_corpus_out"].values(), *result["shipped"].values()]:
        assert found["model"]["b3_f1"] > found["one_person"]["b3_f1"] > 0
    for found in result["leave_one_corpus_out"].values():
        # one merge read at every threshold agrees with the merge at the model's own
        assert found["in_hindsight"]["b3_f1"] >= found["model"]["b3_f1"]
        assert found["in_hindsight"]["threshold"] in THRESHOLDS
    assert result["threshold"] in THRESHOLDS
    assert db.query("admin/count_nodes")[0]["nodes"] == 0  # left empty
    assert "leave corpus out" in bench_model.describe(result)


def test_model_benchmark_with_synthetic_gold(server: ManagedServer, db: Database) -> None:
    result = bench_model.run(["lagos"], folds=0, synthetic=300, server=server)
    # the synthetic gold trained the model (its groups were cross-validated), and is not scored
    assert set(result["cross_validated"]["b3_f1"]) == {"lagos", "synthetic-300"}
    assert set(result["shipped"]) == {"lagos"}
    assert result["shipped"]["lagos"]["model"]["b3_f1"] > 0.8
    assert db.query("admin/count_nodes")[0]["nodes"] == 0
    assert "300 synthetic papers" in bench_model.describe(result)
