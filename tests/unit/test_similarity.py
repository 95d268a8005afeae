"""Profiles as matrices: unit rows, and the same cosines and cluster dot products whether a
group's cosine matrix is kept whole or computed in blocks of rows."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest
from scipy import sparse

from graph.resolution.features import (
    COAUTHOR,
    IDF_CAP_PAPERS,
    TITLE,
    CorpusStats,
    MentionFacts,
    as_matrix,
    profile_matrix,
)
from graph.resolution.similarity import GroupSimilarity
from graph.resolution.textlinks import mutual_links


def random_profiles(rows: int, terms: int, seed: int) -> sparse.csr_matrix:
    rng = np.random.default_rng(seed)
    dense = rng.random((rows, terms)) * (rng.random((rows, terms)) < 0.15)
    return as_matrix(
        (((("T", str(j)), w) for j, w in enumerate(row) if w) for row in dense), unit=True
    )


def test_rows_are_unit_vectors_and_empty_rows_stay_empty() -> None:
    matrix = as_matrix([[(("T", "a"), 3.0), (("T", "b"), 4.0)], [], [(("V", "x"), 2.0)]], unit=True)
    assert np.allclose(matrix.toarray(), [[0.6, 0.8, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 1.0]])


def test_profile_rows_weigh_terms_by_idf() -> None:
    stats = CorpusStats(papers=9)
    stats.add(TITLE, ["graph"])  # in one paper of nine: rare; "network" unseen
    for _ in range(8):
        stats.add(TITLE, ["learn"])  # in eight papers: common
    fact = MentionFacts(
        key="m", group="g", paper="p", name="Han Cai", seed=0, title="Learning graph networks"
    )
    row = dict(
        zip(
            profile_matrix([fact], stats, [TITLE]).indices,
            profile_matrix([fact], stats, [TITLE]).data,
            strict=True,
        )
    )
    assert np.isclose(sum(w * w for w in row.values()), 1.0)
    weights = sorted(row.values())
    assert weights[0] < weights[1] < weights[2]  # learn (common) < graph < network (unseen)


def test_idf_stops_growing_at_one_paper_in_the_cap() -> None:
    small, large = CorpusStats(papers=9_999), CorpusStats(papers=999_999)
    for stats in (small, large):
        stats.add(COAUTHOR, ["zheng kai"])  # one paper: rare at either size
        stats.df[TITLE] = Counter({"network": (stats.papers + 1) // 20 - 1})  # one paper in 20
    rare = [s.idf_table(COAUTHOR)["zheng kai"] for s in (small, large)]
    assert rare == [pytest.approx(math.log(IDF_CAP_PAPERS))] * 2
    assert small.unseen_idf == large.unseen_idf == pytest.approx(math.log(IDF_CAP_PAPERS))
    common = [s.idf_table(TITLE)["network"] for s in (small, large)]
    assert common == [pytest.approx(math.log(20))] * 2  # below the cap: plain idf


def test_blocked_cosines_equal_the_whole_matrix() -> None:
    profiles = random_profiles(53, 40, seed=3)
    whole = GroupSimilarity(profiles)
    blocked = GroupSimilarity(profiles, dense_limit=0, rows_at_once=7)
    clusters = [[0, 5, 9], [1], [2, 3], list(range(10, 53))]
    assert np.allclose(whole.cluster_dots(clusters), blocked.cluster_dots(clusters))
    papers = [f"p{i // 2}" for i in range(53)]  # pairs of mentions share a paper
    for k, cut in ((1, 0.1), (3, 0.2), (5, 0.0)):
        links, blocked_links = (
            {(i, j): c for i, j, c in mutual_links(s, papers, k, cut)} for s in (whole, blocked)
        )
        assert sorted(links) == sorted(blocked_links)
        assert all(links[pair] == pytest.approx(blocked_links[pair]) for pair in links)
    assert mutual_links(whole, papers, 3, 0.2)  # the check above is not vacuous


def test_cluster_dots_are_dot_products_of_summed_profiles() -> None:
    profiles = random_profiles(12, 20, seed=5)
    clusters = [[0, 1, 2], [3], [4, 5, 6, 7, 8, 9, 10, 11]]
    summed = np.array([profiles[c].toarray().sum(axis=0) for c in clusters])
    assert np.allclose(GroupSimilarity(profiles).cluster_dots(clusters), summed @ summed.T)
