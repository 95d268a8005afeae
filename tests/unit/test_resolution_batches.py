"""Batches of name groups are bounded by their mentions and coauthor slots (no database)."""

from __future__ import annotations

from graph.resolution.batching import slices, work_batches


def test_small_groups_batch_by_count_as_before() -> None:
    groups = [f"g{i:03d}" for i in range(450)]
    batches = list(work_batches(groups, dict.fromkeys(groups, 10)))
    assert [len(b) for b in batches] == [200, 200, 50]
    assert [g for b in batches for g in b] == groups


def test_heavy_groups_batch_by_work() -> None:
    work = {"a": 30_000, "b": 30_000, "c": 10_000, "d": 5_000, "e": 20_000}
    assert list(work_batches(list(work), work, budget=50_000)) == [
        ["a"],
        ["b", "c", "d"],
        ["e"],
    ]


def test_a_group_over_the_budget_is_a_batch_of_its_own() -> None:
    work = {"small": 1, "huge": 1_000_000, "tiny": 1}
    assert list(work_batches(list(work), work, budget=100)) == [["small"], ["huge"], ["tiny"]]


def test_groups_without_a_size_still_come() -> None:
    assert list(work_batches(["x", "y"], {})) == [["x", "y"]]
    assert list(work_batches([], {})) == []


def test_a_group_with_too_many_coauthor_pairs_is_linked_in_slices() -> None:
    keys = [f"m{i:02d}" for i in range(10)]
    assert slices(keys, pair_rows=1000, budget=300) == [
        keys[0:3],
        keys[3:6],
        keys[6:9],
        keys[9:10],
    ]
    assert slices(keys, pair_rows=100, budget=300) == [keys]
    assert slices(["m"], pair_rows=10**9, budget=1) == [["m"]]
