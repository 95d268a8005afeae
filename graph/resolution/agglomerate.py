"""Merging the seeds of one name group into people with the merge model (pure, no database).

Seeds are the components of the evidence graph (shared coauthors, duplicate titles,
must-links): nearly always one person each, but one person's career often falls into several
seeds that share no coauthor. The model (model.py) says how likely two clusters are one
person from what their views share (cluster_space.py). Merging is best-first: the likeliest
pair merges, the merged cluster is scored again against every other, and so on while the best
pair reaches the model's threshold. A pair that would put together two mentions of one paper,
two DBLP suffixes, two ORCIDs, two incompatible written names or a curator's cannot-link
never merges.

Every mention remembers the weakest merge on its way into its cluster: its probability (the
assignment's score) and the pair's features (what `explain` breaks down).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from graph.blocking import UnionFind
from graph.resolution.cluster_space import ClusterSpace
from graph.resolution.constraints import Spellings, clash
from graph.resolution.features import MentionFacts
from graph.resolution.model import MergeModel
from graph.resolution.views import GroupViews

# Which pairs the model scores. A group of up to ALL_PAIRS clusters: every pair. A larger one
# (a physics name such as "Wang, Y." holds hundreds of seeds): each cluster with the
# NEAREST_PROFILES clusters its profile is closest to and the NEAREST_TITLES its title
# embedding is closest to, on each side, found again for a merged cluster. The model is the
# costly part, and a pair neither side has among its nearest is not one it merges.
ALL_PAIRS = 100
NEAREST_PROFILES = 15
NEAREST_TITLES = 8
ROWS_AT_ONCE = 256  # clusters whose candidates are scored in one model call


@dataclass
class Cluster:
    """A set of mentions with what the hard rules and the scores need to know about them."""

    members: list[str]
    papers: set[str]
    suffixes: set[str] = field(default_factory=set)
    orcids: set[str] = field(default_factory=set)
    spellings: int = 0  # the written names, as a mask of the group's Spellings
    # per member that a merge brought in: the probability of the weakest merge on its way
    join_score: dict[str, float] = field(default_factory=dict)
    join_features: dict[str, list[float]] = field(default_factory=dict)

    def join(self, other: Cluster, probability: float, features: Sequence[float]) -> None:
        """Take in another cluster's mentions, recording the merge they joined by."""
        for member in other.members:
            if probability < other.join_score.get(member, math.inf):
                self.join_score[member] = probability
                self.join_features[member] = list(features)
            else:
                self.join_score[member] = other.join_score[member]
                self.join_features[member] = other.join_features[member]
        self.members += other.members
        self.papers |= other.papers
        self.suffixes |= other.suffixes
        self.orcids |= other.orcids
        self.spellings |= other.spellings

    @classmethod
    def of(cls, facts: Sequence[MentionFacts], spellings: Spellings) -> Cluster:
        """The cluster of these mentions, as the hard rules see it."""
        return cls(
            members=[f.key for f in facts],
            papers={f.paper for f in facts},
            suffixes={f.suffix for f in facts if f.suffix},
            orcids={f.orcid for f in facts if f.orcid},
            spellings=spellings.mask(f.name for f in facts),
        )


# What the training watches: the space, the pairs (a[i], b[i]) just scored, and their features.
Observer = Callable[[ClusterSpace, np.ndarray, np.ndarray, np.ndarray], None]


def agglomerate(
    views: GroupViews,
    clusters: list[Cluster],
    model: MergeModel,
    cannot: Iterable[frozenset[str]] = (),
    spellings: Spellings | None = None,
    threshold: float | None = None,
) -> list[Cluster]:
    """The clusters (sets of `views`' rows, by key) merged best-first while the likeliest
    allowed pair reaches the model's threshold (or `threshold`)."""
    cut = model.threshold if threshold is None else threshold
    merging = Agglomeration(views, clusters, model, cut, cannot, spellings)
    merging.run()
    return merging.result()


class Agglomeration:
    """One group's best-first merging. `log` lists the merges made, in order, as (kept, joined,
    probability): the merges at a higher threshold are a prefix of them, so one run at a low
    threshold tells the outcome at every higher one."""

    def __init__(
        self,
        views: GroupViews,
        clusters: list[Cluster],
        model: MergeModel,
        threshold: float,
        cannot: Iterable[frozenset[str]] = (),
        spellings: Spellings | None = None,
        observer: Observer | None = None,
    ):
        row = {key: i for i, key in enumerate(views.keys)}
        self.space = ClusterSpace(views, [[row[m] for m in c.members] for c in clusters])
        self.clusters, self.model = list(clusters), model
        self.threshold, self.cannot, self.spellings = threshold, set(cannot), spellings
        self.observer = observer
        self.version = [0] * len(clusters)
        # the head of each scoring's pairs not yet taken: (-probability, i, j, which scoring,
        # its position), so that the heap holds a few entries per scoring, not every pair
        self.heap: list[tuple[float, int, int, int, int]] = []
        self.scored: list[_Scoring | None] = []
        self.log: list[tuple[int, int, float]] = []
        # the pairs scored, while the group has more than ALL_PAIRS clusters (below: all)
        self.partners: list[set[int]] = [set() for _ in clusters]

    def result(self) -> list[Cluster]:
        return [c for i, c in enumerate(self.clusters) if self.space.alive[i]]

    def unions_at(self, thresholds: Iterable[float]) -> Iterator[tuple[float, UnionFind]]:
        """After `run`: for each threshold, highest first, the starting clusters (by index)
        unioned as a run at that threshold would have merged them. One union-find grows from
        one threshold to the next: read it before taking the next."""
        sets = UnionFind(range(len(self.clusters)))
        log = iter(self.log)
        pending = next(log, None)
        for threshold in sorted(thresholds, reverse=True):
            while pending is not None and pending[2] >= threshold:
                sets.union(pending[0], pending[1])
                pending = next(log, None)
            yield threshold, sets

    def run(self) -> None:
        k = len(self.clusters)
        if k < 2:
            return
        if k <= ALL_PAIRS:
            low, high = np.triu_indices(k, 1)
            self._score(low, high)
        else:
            for start in range(0, k, ROWS_AT_ONCE):
                rows = np.arange(start, min(k, start + ROWS_AT_ONCE))
                # a pair found from either side, scored once
                found = {(min(a, b), max(a, b)) for a, b in self._candidates(rows)}
                pairs = sorted((a, b) for a, b in found if b not in self.partners[a])
                self._score(np.array([a for a, _ in pairs]), np.array([b for _, b in pairs]))
        while self.heap:
            negative, i, j, index, position = heapq.heappop(self.heap)
            scoring = self.scored[index]
            assert scoring is not None
            # the clash is checked here, not when scored: most scored pairs are never the best
            if self._current(scoring, position) and not clash(
                self.clusters[i], self.clusters[j], self.cannot, self.spellings
            ):
                self._merge(i, j, -negative, scoring.features[position])
            self._advance(index, position + 1)

    def _merge(self, i: int, j: int, probability: float, features: np.ndarray) -> None:
        """Merge clusters i and j and score the merged cluster against its candidates."""
        keep, drop = (i, j) if self.space.papers[i] >= self.space.papers[j] else (j, i)
        self.clusters[keep].join(self.clusters[drop], probability, features.tolist())
        self.space.merge(keep, drop)
        self.log.append((keep, drop, probability))
        self.version[keep] += 1
        # partners may name merged-away clusters: they are skipped here
        again = self.partners[keep] | self.partners[drop]
        if self.space.count <= ALL_PAIRS:
            again.update(np.nonzero(self.space.alive)[0].tolist())
        else:
            again.update(b for _, b in self._candidates(np.array([keep])))
        again -= {keep, drop}
        self.partners[drop] = set()
        alive = self.space.alive
        others = np.array(sorted(b for b in again if alive[b]), dtype=np.int64)
        self._score(np.full(len(others), keep), others)

    def _current(self, scoring: _Scoring, position: int) -> bool:
        """Whether a scored pair still stands: both clusters alive and unchanged since."""
        i, j = scoring.low[position], scoring.high[position]
        return (
            self.version[i] == scoring.low_version[position]
            and self.version[j] == scoring.high_version[position]
            and bool(self.space.alive[i] and self.space.alive[j])
        )

    def _advance(self, index: int, position: int) -> None:
        """Put the scoring's next pair that still stands on the heap; forget the scoring when
        none does (a scoring of one cluster's pairs is over once that cluster changes)."""
        scoring = self.scored[index]
        assert scoring is not None
        size = len(scoring.low)
        while position < size and not self._current(scoring, position):
            if scoring.anchor is not None and (
                self.version[scoring.anchor] != scoring.anchor_version
                or not self.space.alive[scoring.anchor]
            ):
                position = size
                break
            position += 1
        if position >= size:
            self.scored[index] = None
            return
        entry = (scoring.negative[position], scoring.low[position], scoring.high[position])
        heapq.heappush(self.heap, (*entry, index, position))

    def _candidates(self, rows: np.ndarray) -> list[tuple[int, int]]:
        """The pairs to score for these clusters: with every other live one in a small group,
        else with their nearest."""
        alive = np.nonzero(self.space.alive)[0]
        if len(alive) <= ALL_PAIRS:
            return [(int(a), int(b)) for a in rows for b in alive if b != a]
        found: set[tuple[int, int]] = set()
        for kind, count in (("profile", NEAREST_PROFILES), ("E", NEAREST_TITLES)):
            for a, nearest in zip(
                rows.tolist(), self.space.nearest(kind, rows, count), strict=True
            ):
                found.update((a, int(b)) for b in nearest)
        return sorted(found)

    def _score(self, a: np.ndarray, b: np.ndarray) -> None:
        if not len(a):
            return
        # one cluster against others (a merged cluster's rescoring): its pairs' anchor
        anchor = int(a[0]) if (a == a[0]).all() else None
        if self.space.count > ALL_PAIRS:  # a smaller group scores every pair, partners or not
            for x, y in zip(a.tolist(), b.tolist(), strict=True):
                self.partners[x].add(y)
                self.partners[y].add(x)
        features = self.space.features(a, b)
        if self.observer is not None:
            self.observer(self.space, a, b, features)
        probabilities = self.model.probabilities(features)
        passing = np.nonzero(probabilities >= self.threshold)[0]
        if not len(passing):
            return
        low, high = np.minimum(a, b)[passing], np.maximum(a, b)[passing]
        negative = -probabilities[passing]
        order = np.lexsort((high, low, negative))  # likeliest first, then as the heap orders
        version = np.array(self.version)
        scoring = _Scoring(
            features=features[passing][order],
            negative=negative[order].tolist(),
            low=low[order].tolist(),
            high=high[order].tolist(),
            low_version=version[low[order]].tolist(),
            high_version=version[high[order]].tolist(),
            anchor=anchor,
            anchor_version=self.version[anchor] if anchor is not None else -1,
        )
        self.scored.append(scoring)
        self._advance(len(self.scored) - 1, 0)


@dataclass
class _Scoring:
    """The pairs of one model call that reach the threshold, likeliest first; `anchor` is
    the cluster in every pair, when there is one."""

    features: np.ndarray
    negative: list[float]
    low: list[int]
    high: list[int]
    low_version: list[int]
    high_version: list[int]
    anchor: int | None
    anchor_version: int
