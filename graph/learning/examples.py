"""Labelled groups and the training examples drawn from them (pure, no database).

The merge model decides between two clusters of one name group, at every step of a merge.
Examples must look like those decisions, so they come from the states a merge passes through:

- the seeds themselves;
- partial careers: each gold person's seeds dealt at random into one to four parts, against
  the other people's parts (the states a merge that is right so far reaches);
- on-policy states: the merges a first model makes on the training groups, with every pair it
  scores on its way (right or wrong so far, as it will be at resolve time).

A pair's label is whether the two clusters' majority gold people are the same; its weight,
how pure the two are. Mentions without a gold label (other names of the group) take part in
the clusters but never decide a label.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from graph.resolution.agglomerate import Agglomeration, Cluster
from graph.resolution.cluster_space import ClusterSpace
from graph.resolution.constraints import Spellings, clash
from graph.resolution.features import MentionFacts
from graph.resolution.model import MergeModel
from graph.resolution.views import GroupViews

PARTIAL_DEALS = 3  # random partial-career states per group
PAIRS_PER_STATE = 3000  # at most, drawn at random, so that a large group does not dominate
ON_POLICY_THRESHOLD = 0.1  # on-policy merges go on down to this probability


@dataclass
class LabelledGroup:
    """A name group of a labelled corpus, ready to merge: its views, seeds and gold people."""

    corpus: str
    name: str
    facts: list[MentionFacts]  # the rows of `views`, in order
    views: GroupViews
    seeds: list[list[int]]
    gold: list[str | None]  # per row
    spellings: Spellings = field(init=False)

    def __post_init__(self) -> None:
        self.spellings = Spellings(f.name for f in self.facts)

    def clusters(self, states: Sequence[Sequence[int]]) -> list[Cluster]:
        return [Cluster.of([self.facts[i] for i in rows], self.spellings) for rows in states]

    def majority(self, rows: Sequence[int]) -> tuple[str | None, float]:
        """The cluster's most frequent gold person and its share of the labelled rows."""
        counts = Counter(self.gold[i] for i in rows if self.gold[i] is not None)
        if not counts:
            return None, 0.0
        person, count = counts.most_common(1)[0]
        return person, count / sum(counts.values())


@dataclass
class Examples:
    features: np.ndarray
    labels: np.ndarray
    weights: np.ndarray
    corpus: np.ndarray  # per example, its corpus
    group: np.ndarray  # per example, its group (corpus and name)

    @classmethod
    def empty(cls, width: int) -> Examples:
        return cls(
            np.zeros((0, width), np.float32),
            np.zeros(0, int),
            np.zeros(0),
            np.zeros(0, object),
            np.zeros(0, object),
        )

    def __add__(self, other: Examples) -> Examples:
        return Examples(
            np.vstack([self.features, other.features]),
            np.concatenate([self.labels, other.labels]),
            np.concatenate([self.weights, other.weights]),
            np.concatenate([self.corpus, other.corpus]),
            np.concatenate([self.group, other.group]),
        )

    def where(self, keep: np.ndarray) -> Examples:
        return Examples(
            self.features[keep],
            self.labels[keep],
            self.weights[keep],
            self.corpus[keep],
            self.group[keep],
        )


class _Collector:
    """Labels scored pairs as they are seen, into one list of example blocks."""

    def __init__(self, width: int):
        self.width = width
        self.blocks: list[Examples] = []

    def add(
        self,
        group: LabelledGroup,
        space: ClusterSpace,
        a: np.ndarray,
        b: np.ndarray,
        features: np.ndarray,
    ) -> None:
        majority = {int(c): group.majority(space.members[c]) for c in {*a.tolist(), *b.tolist()}}
        keep = np.array(
            [
                majority[x][0] is not None and majority[y][0] is not None
                for x, y in zip(a.tolist(), b.tolist(), strict=True)
            ],
            dtype=bool,
        )
        if not keep.any():
            return
        a, b, features = a[keep], b[keep], features[keep]
        labels = np.array(
            [majority[x][0] == majority[y][0] for x, y in zip(a.tolist(), b.tolist(), strict=True)],
            dtype=int,
        )
        weights = np.array(
            [majority[x][1] * majority[y][1] for x, y in zip(a.tolist(), b.tolist(), strict=True)]
        )
        n = len(labels)
        self.blocks.append(
            Examples(
                features,
                labels,
                weights,
                np.full(n, group.corpus, object),
                np.full(n, f"{group.corpus}/{group.name}", object),
            )
        )

    def examples(self) -> Examples:
        total = Examples.empty(self.width)
        for block in self.blocks:
            total = total + block
        return total


def static_examples(groups: Sequence[LabelledGroup], width: int, seed: int) -> Examples:
    """Examples from the seeds and from partial careers."""
    rng = np.random.default_rng(seed)
    collector = _Collector(width)
    for group in groups:
        if len(group.seeds) < 2:
            continue
        for state in [group.seeds, *(_partial_careers(group, rng) for _ in range(PARTIAL_DEALS))]:
            space = ClusterSpace(group.views, state)
            clusters = group.clusters(state)
            a, b = _allowed_pairs(group, clusters, rng)
            if len(a):
                collector.add(group, space, a, b, space.features(a, b))
    return collector.examples()


def on_policy_examples(groups: Sequence[LabelledGroup], model: MergeModel, width: int) -> Examples:
    """Every pair a merge with `model` scores on the training groups, down to a low threshold."""
    collector = _Collector(width)
    for group in groups:
        if len(group.seeds) < 2:
            continue

        def observe(
            space: ClusterSpace,
            a: np.ndarray,
            b: np.ndarray,
            features: np.ndarray,
            group: LabelledGroup = group,
        ) -> None:
            collector.add(group, space, a, b, features)

        Agglomeration(
            group.views,
            group.clusters(group.seeds),
            model,
            ON_POLICY_THRESHOLD,
            spellings=group.spellings,
            observer=observe,
        ).run()
    return collector.examples()


def _partial_careers(group: LabelledGroup, rng: np.random.Generator) -> list[list[int]]:
    by_person: dict[str | None, list[int]] = {}
    for index, seed in enumerate(group.seeds):
        by_person.setdefault(group.majority(seed)[0], []).append(index)
    state: list[list[int]] = []
    for person, seeds in by_person.items():
        if person is None:
            state += [group.seeds[i] for i in seeds]
            continue
        order = list(seeds)
        rng.shuffle(order)
        parts = int(rng.integers(1, min(4, len(order)) + 1))
        for part in range(parts):
            state.append(sorted(row for i in order[part::parts] for row in group.seeds[i]))
    return state


def _allowed_pairs(
    group: LabelledGroup, clusters: list[Cluster], rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    a, b = np.triu_indices(len(clusters), 1)
    if len(a) > PAIRS_PER_STATE * 3:  # thin before the hard rules, which are checked one by one
        keep = rng.choice(len(a), PAIRS_PER_STATE * 3, replace=False)
        a, b = a[keep], b[keep]
    allowed = np.array(
        [
            not clash(clusters[x], clusters[y], set(), group.spellings)
            for x, y in zip(a.tolist(), b.tolist(), strict=True)
        ],
        dtype=bool,
    )
    a, b = a[allowed], b[allowed]
    if len(a) > PAIRS_PER_STATE:
        keep = rng.choice(len(a), PAIRS_PER_STATE, replace=False)
        a, b = a[keep], b[keep]
    return a, b
