"""The merge: cluster views and their pair features, best-first merging under the hard rules."""

from __future__ import annotations

import math

import numpy as np
import pytest

from graph.resolution.agglomerate import Agglomeration, Cluster, agglomerate
from graph.resolution.cluster_space import FEATURES, ClusterSpace
from graph.resolution.constraints import Spellings
from graph.resolution.features import CorpusStats, MentionFacts
from graph.resolution.model import MergeModel
from graph.resolution.prior import NameStats
from graph.resolution.views import GroupViews, group_views, views_of

PROFILE = FEATURES.index("profile")


class ProfileModel(MergeModel):
    """A stand-in for the trees: the probability of one person is the profile cosine."""

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        return np.asarray(features[:, PROFILE], dtype=np.float64)


def model(threshold: float) -> MergeModel:
    return ProfileModel(trees="", features=FEATURES, threshold=threshold)


def fact(key: str, title: str, paper: str | None = None, **more: object) -> MentionFacts:
    values: dict[str, object] = {"name": "Han Cai", "seed": 0, "year": 2020, **more}
    return MentionFacts(key=key, group="g", paper=paper or f"p-{key}", title=title, **values)  # type: ignore[arg-type]


def views(facts: list[MentionFacts]) -> GroupViews:
    stats = CorpusStats(papers=100)
    for f in facts:
        for term_type, terms in f.terms().items():
            stats.add(term_type, terms)
    return group_views(facts, stats, NameStats.of(f.name for f in facts), 5000)


def singletons(facts: list[MentionFacts]) -> list[Cluster]:
    spellings = Spellings(f.name for f in facts)
    return [Cluster.of([f], spellings) for f in facts]


# Titles on two topics (three on graph mining, two on protein folding).
TOPICS = (
    "graph mining",
    "graph mining systems",
    "mining systems",
    "protein folding",
    "protein folding water",
)


def titled(*titles: str) -> list[MentionFacts]:
    """One fact per title, keyed "a", "b", ... in order."""
    return [fact(chr(ord("a") + i), title) for i, title in enumerate(titles)]


def groups(clusters: list[Cluster]) -> list[list[str]]:
    return sorted(sorted(c.members) for c in clusters)


FACTS = [
    fact("a", "graph neural networks for molecules"),
    fact("b", "graph neural networks for proteins"),
    fact("c", "protein folding kinetics in water"),
]


def test_alike_clusters_merge_and_others_stay_apart() -> None:
    merged = agglomerate(views(FACTS), singletons(FACTS), model(0.3))
    assert groups(merged) == [["a", "b"], ["c"]]
    joined = next(c for c in merged if "a" in c.members)
    (member,) = joined.join_score
    assert 0.3 <= joined.join_score[member] <= 1.0
    assert len(joined.join_features[member]) == len(FEATURES)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"paper": "p1"}, {"paper": "p1"}),  # two slots of one paper
        ({"suffix": "0001"}, {"suffix": "0002"}),
        ({"orcid": "0000-0001"}, {"orcid": "0000-0002"}),
        ({"name": "Chao Chen"}, {"name": "Cailian Chen"}),
    ],
)
def test_hard_rules_block_merges(first: dict[str, object], second: dict[str, object]) -> None:
    facts = [
        fact("a", "graph neural networks", **first),
        fact("b", "graph neural networks", **second),
    ]
    spellings = Spellings(f.name for f in facts)
    assert len(agglomerate(views(facts), singletons(facts), model(0.1), (), spellings)) == 2


def test_a_curators_split_blocks_a_merge() -> None:
    facts = FACTS[:2]
    apart = [frozenset(("a", "b"))]
    assert len(agglomerate(views(facts), singletons(facts), model(0.1), apart)) == 2


def test_the_likeliest_pair_merges_first_and_incompatible_names_never_meet() -> None:
    # Philip is closer to Cailian than to Chao, so Philip and Cailian merge first; Chao can
    # then never join them, whatever the similarity: Chao and Cailian are not one name.
    facts = [
        fact("chao", "graph mining algorithms", name="Chao Chen"),
        fact("philip", "protein graph mining", name="C. L. Philip Chen"),
        fact("cailian", "protein graph mining", name="Cailian Chen"),
    ]
    spellings = Spellings(f.name for f in facts)
    merged = agglomerate(views(facts), singletons(facts), model(0.1), spellings=spellings)
    assert groups(merged) == [["cailian", "philip"], ["chao"]]


def test_merges_at_a_higher_threshold_are_a_prefix_of_those_at_a_lower_one() -> None:
    facts = titled(*TOPICS, "cells")
    low = Agglomeration(views(facts), singletons(facts), model(0.05), 0.05)
    low.run()
    high = Agglomeration(views(facts), singletons(facts), model(0.7), 0.7)
    high.run()
    assert high.log == low.log[: len(high.log)] and len(low.log) > len(high.log)


def test_one_low_run_gives_the_clusters_of_a_run_at_each_higher_threshold() -> None:
    facts = titled(*TOPICS, "cells")
    low = Agglomeration(views(facts), singletons(facts), model(0.05), 0.05)
    low.run()
    read = {
        threshold: sorted(
            sorted(facts[i].key for i in members) for members in sets.groups().values()
        )
        for threshold, sets in low.unions_at([0.05, 0.4, 0.7, 0.95])
    }
    assert list(read) == [0.95, 0.7, 0.4, 0.05]  # highest first
    for threshold, found in read.items():
        alone = Agglomeration(views(facts), singletons(facts), model(threshold), threshold)
        alone.run()
        assert found == groups(alone.result()), threshold
    assert len(read[0.05]) < len(read[0.95])


def test_a_merged_clusters_features_are_those_of_its_members_together() -> None:
    facts = [
        fact("a", "graph neural networks", year=2001, venue_key="kdd", affiliation="MIT"),
        fact("b", "graph mining", year=2005, venue_key="kdd"),
        fact("c", "protein folding", year=2010, venue_key="icml", abstract="folding in water"),
        fact("d", "protein graphs", year=2012, venue_key="icml", affiliation="MIT CSAIL"),
    ]
    group = views(facts)
    space = ClusterSpace(group, [[0], [1], [2], [3]])
    space.merge(0, 1)
    space.merge(2, 3)
    fresh = ClusterSpace(group, [[0, 1], [2, 3]])
    assert np.allclose(
        space.features(np.array([0]), np.array([2])),
        fresh.features(np.array([0]), np.array([1])),
        equal_nan=True,
    )


def test_each_clusters_best_cosine_follows_the_merges() -> None:
    facts = titled(*TOPICS)
    space = ClusterSpace(views(facts), [[i] for i in range(5)])
    for keep, drop in [(0, 1), (3, 4), (0, 2)]:
        space.merge(keep, drop)
        for kind, best in space._best.items():
            cosines = space._cosines(kind)
            alive = np.nonzero(space.alive)[0]
            assert np.allclose(best.value[alive], cosines[alive].max(axis=1))


def test_missing_evidence_is_nan_and_counts_are_logs() -> None:
    facts = [fact("a", "graph mining", year=None), fact("b", "graph mining", year=2001)]
    row = ClusterSpace(views(facts), [[0], [1]]).features(np.array([0]), np.array([1]))[0]
    named = dict(zip(FEATURES, row.tolist(), strict=True))
    assert math.isnan(named["abstract"]) and math.isnan(named["year_gap"])
    assert named["papers_low"] == pytest.approx(math.log(2))
    assert named["topic"] == pytest.approx(1.0) and named["profile"] > 0.9
    assert math.isnan(named["venue"])  # neither has a venue


def test_views_made_for_several_groups_are_each_group_s_own():
    first = [
        fact(
            "a", "graph mining", venue_key="kdd", affiliation="MIT CSAIL", coauthors=(("x", None),)
        ),
        fact("b", "protein folding", abstract="Water and proteins.", communities=(3, 3, 5)),
    ]
    second = [fact("c", "graph systems", name="Cai, H."), fact("d", "", keywords=("mining",))]
    stats = CorpusStats(papers=100)
    for f in first + second:
        for term_type, terms in f.terms().items():
            stats.add(term_type, terms)
    names = NameStats.of(f.name for f in first + second)
    together = views_of([first, second], stats, names, 5000, [None, None])
    for facts, made in zip([first, second], together, strict=True):
        alone = group_views(facts, stats, names, 5000)
        assert made.keys == alone.keys and made.homonyms == alone.homonyms
        assert made.rows.keys() == alone.rows.keys()
        for kind, rows in alone.rows.items():
            assert np.array_equal(made.rows[kind], rows), kind
        for part in ("profile", "years", "team", "full_given"):
            assert np.array_equal(getattr(made, part), getattr(alone, part), equal_nan=True), part
