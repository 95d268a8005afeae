"""Clusters of one name group and what the merge model reads about a pair of them (pure).

A cluster's view of each kind (views.py) is the sum of its members' rows, so the dot products
between clusters are sums of the members' dot products: the space keeps, per kind, the k x k
matrix of dot products between its k clusters and updates one row and column per merge,
instead of summing vectors again. From those come the pair's features (FEATURES):

- the cosine of the two clusters' views of each kind (NaN where a side has no such evidence:
  no abstract, no affiliation, ...), and of their whole profiles;
- the closest pair of mentions across them and the mean across all pairs (profile cosines),
  and how alike each cluster is within (cohesion: its mean pair of members);
- how many papers each holds, the gap between their years and between their mean years;
- the name: how many people are expected to bear it (prior.py), whether both sides write a
  full given name;
- how their profile and title-embedding cosines compare with the best each side has with any
  other cluster of the group (1: they are each other's nearest);
- the coauthor communities and the team sizes of their papers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

import numpy as np
from scipy import sparse

from graph.resolution.features import DENSE_CELLS, Rows
from graph.resolution.views import COMMUNITIES, EMBEDDING, GIVEN, TERM_TYPES, GroupViews

FEATURES = (
    "topic",
    "abstract",
    "venue",
    "venue_words",
    "affiliation",
    "coauthors",
    "title_embedding",
    "communities",
    "given_names",
    "profile",
    "closest_pair",
    "mean_pair",
    "cohesion_low",
    "cohesion_high",
    "papers_low",
    "papers_high",
    "year_gap",
    "year_distance",
    "homonyms",
    "full_given_both",
    "team",
    "profile_to_best_high",
    "profile_to_best_low",
    "embedding_to_best_high",
    "embedding_to_best_low",
)
KINDS = (*TERM_TYPES, EMBEDDING, COMMUNITIES, GIVEN)
_EMBEDDING = KINDS.index(EMBEDDING)
# What each feature is, in words, for `explain`; the counts are kept as log(1 + n).
DESCRIPTIONS = {
    "topic": "title and keyword words in common (cosine)",
    "abstract": "abstract words in common (cosine)",
    "venue": "same venues (cosine)",
    "venue_words": "venue names' words in common (cosine)",
    "affiliation": "affiliation words in common (cosine)",
    "coauthors": "coauthors in common (cosine)",
    "title_embedding": "titles about the same things (embedding cosine)",
    "communities": "coauthors in the same coauthor communities (cosine)",
    "given_names": "given names written in full in common (cosine)",
    "profile": "everything above together (profile cosine)",
    "closest_pair": "the two most alike papers across them (profile cosine)",
    "mean_pair": "papers across them alike on average (profile cosine)",
    "cohesion_low": "how alike the papers within the looser side are",
    "cohesion_high": "how alike the papers within the tighter side are",
    "papers_low": "papers on the smaller side (log 1+n)",
    "papers_high": "papers on the larger side (log 1+n)",
    "year_gap": "years between their spans",
    "year_distance": "years between their mean years",
    "homonyms": "people expected to share the name (log 1+n)",
    "full_given_both": "both write a full given name",
    "team": "authors per paper (log 1+n)",
    "profile_to_best_high": "profile cosine over the best either side has elsewhere (higher)",
    "profile_to_best_low": "profile cosine over the best either side has elsewhere (lower)",
    "embedding_to_best_high": "embedding cosine over the best either side has elsewhere (higher)",
    "embedding_to_best_low": "embedding cosine over the best either side has elsewhere (lower)",
}
_ROWS_AT_ONCE = 1024  # mention rows per block when finding the closest pairs


class ClusterSpace:
    """k clusters of a group's mentions (lists of row indexes of `views`), merged in place."""

    def __init__(self, views: GroupViews, clusters: Sequence[Sequence[int]]):
        self.views = views
        self.members = [list(c) for c in clusters]
        k = len(self.members)
        sums = _Sums(self.members, views.size)
        # one k x k matrix of dot products per kind and, last, the whole profile's: stacked, so
        # that a pair's cosines of every kind are read, and a merge applied, in one step
        self.grams = np.empty((len(KINDS) + 1, k, k))
        self.present = np.empty((len(KINDS), k))
        for index, kind in enumerate(KINDS):
            rows = views.rows[kind]
            self.grams[index] = _gram(sums.of(rows))
            nonzero = np.asarray(abs(rows).sum(axis=1)).ravel() > 0
            self.present[index] = sums.of(nonzero.astype(np.float64))
        self.grams[-1] = _gram(sums.of(views.profile))
        self.squares = np.einsum("tii->ti", self.grams).copy()  # each cluster's own dot products
        self.closest = _closest_pairs(views.profile, sums)
        self.papers = np.array([len(c) for c in self.members], dtype=np.float64)
        years = views.years
        found = np.isfinite(years)
        self.year_low = sums.reduce(np.fmin, years)  # NaN where no member has a year
        self.year_high = sums.reduce(np.fmax, years)
        self.year_sum = sums.of(np.where(found, years, 0.0))
        self.year_count = sums.of(found.astype(np.float64))
        self.team_sum = sums.of(np.asarray(views.team, dtype=np.float64))
        self.full_given = sums.reduce(np.logical_or, views.full_given)
        self.alive = np.ones(k, dtype=bool)
        self._best = {kind: _Best(self._cosines(kind)) for kind in ("profile", EMBEDDING)}

    @property
    def count(self) -> int:
        return int(self.alive.sum())

    def features(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The features of the pairs (a[i], b[i]), one row each, in the order of FEATURES."""
        a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
        out = np.empty((len(FEATURES), len(a)), dtype=np.float64)
        norms = np.sqrt(np.maximum(self.squares[:, a], 0.0) * np.maximum(self.squares[:, b], 0.0))
        dots = self.grams[:, a, b]
        with np.errstate(invalid="ignore", divide="ignore"):
            cosines = np.where(norms > 0, dots / norms, 0.0)
            kinds = len(KINDS)
            present = (self.present[:, a] > 0) & (self.present[:, b] > 0)
            out[:kinds] = np.where(present, cosines[:-1], np.nan)
            profile, embedding = cosines[-1], cosines[_EMBEDDING]
            papers_a, papers_b = self.papers[a], self.papers[b]
            cohesion_a = self.squares[-1, a] / papers_a**2
            cohesion_b = self.squares[-1, b] / papers_b**2
            means_a = self.year_sum[a] / self.year_count[a]
            means_b = self.year_sum[b] / self.year_count[b]
            gap = np.maximum(
                np.maximum(self.year_low[a], self.year_low[b])
                - np.minimum(self.year_high[a], self.year_high[b]),
                0.0,
            )  # NaN where a side has no year
            best = self._best["profile"].value
            to_best_a = profile / np.maximum(best[a], 1e-9)
            to_best_b = profile / np.maximum(best[b], 1e-9)
            best = self._best[EMBEDDING].value
            embedding_a = embedding / np.maximum(best[a], 1e-9)
            embedding_b = embedding / np.maximum(best[b], 1e-9)
            out[kinds:] = (
                profile,
                self.closest[a, b],
                dots[-1] / (papers_a * papers_b),
                np.minimum(cohesion_a, cohesion_b),
                np.maximum(cohesion_a, cohesion_b),
                np.log1p(np.minimum(papers_a, papers_b)),
                np.log1p(np.maximum(papers_a, papers_b)),
                gap,
                np.abs(means_a - means_b),
                np.full(len(a), self.views.homonyms),
                self.full_given[a] & self.full_given[b],
                np.maximum(self.team_sum[a] / papers_a, self.team_sum[b] / papers_b),
                np.maximum(to_best_a, to_best_b),
                np.minimum(to_best_a, to_best_b),
                np.maximum(embedding_a, embedding_b),
                np.minimum(embedding_a, embedding_b),
            )
        rows: np.ndarray = out.T.astype(np.float32)
        return rows

    def merge(self, keep: int, drop: int) -> None:
        """Cluster `drop` joins `keep`."""
        own = self.squares[:, keep] + self.squares[:, drop] + 2 * self.grams[:, keep, drop]
        self.grams[:, keep] += self.grams[:, drop]
        self.grams[:, :, keep] = self.grams[:, keep]
        self.grams[:, keep, keep] = own
        self.squares[:, keep] = own
        self.present[:, keep] += self.present[:, drop]
        top = max(self.closest[keep, keep], self.closest[drop, drop], self.closest[keep, drop])
        self.closest[keep] = np.maximum(self.closest[keep], self.closest[drop])
        self.closest[:, keep] = self.closest[keep]
        self.closest[keep, keep] = top
        self.papers[keep] += self.papers[drop]
        self.year_low[keep] = np.fmin(self.year_low[keep], self.year_low[drop])
        self.year_high[keep] = np.fmax(self.year_high[keep], self.year_high[drop])
        self.year_sum[keep] += self.year_sum[drop]
        self.year_count[keep] += self.year_count[drop]
        self.team_sum[keep] += self.team_sum[drop]
        self.full_given[keep] |= self.full_given[drop]
        self.members[keep] += self.members[drop]
        self.members[drop] = []
        self.alive[drop] = False
        for kind, best in self._best.items():
            best.merged(keep, drop, self.alive, partial(self._cosines, kind))

    def nearest(self, kind: str, rows: np.ndarray, count: int) -> list[np.ndarray]:
        """For each of the rows, the live clusters with the highest cosines of a kind
        ("profile", or a view's kind), at most `count`, in no particular order."""
        cosines = self._cosines(kind, rows)
        count = min(count, max(self.count - 1, 0))
        if count == 0:
            return [np.zeros(0, dtype=np.int64) for _ in rows]
        top = np.argpartition(-cosines, count - 1, axis=1)[:, :count]
        return [row[cosines[i, row] > -1.0] for i, row in enumerate(top)]

    def _index(self, kind: str) -> int:
        return -1 if kind == "profile" else KINDS.index(kind)

    def _cosines(self, kind: str, rows: np.ndarray | None = None) -> np.ndarray:
        """Cosines of the clusters (or of the given rows) with every cluster; -1 for itself
        and for merged-away clusters."""
        which = self._index(kind)
        norms = np.sqrt(np.maximum(self.squares[which], 1e-12))
        index = np.arange(len(norms)) if rows is None else rows
        cosines: np.ndarray = self.grams[which, index] / np.outer(norms[index], norms)
        cosines[:, ~self.alive] = -1.0
        cosines[np.arange(len(index)), index] = -1.0
        return cosines


class _Best:
    """Each cluster's highest cosine with any other live cluster, and with which."""

    def __init__(self, cosines: np.ndarray):
        self.partner = np.argmax(cosines, axis=1)
        self.value = cosines.max(axis=1)

    def merged(
        self, keep: int, drop: int, alive: np.ndarray, rows_of: Callable[[np.ndarray], np.ndarray]
    ) -> None:
        """After `drop` joined `keep`: `keep`'s row is new, the clusters whose best was either
        are read again, the others can only have found a better one in `keep`."""
        self.value[drop] = -1.0
        row = rows_of(np.array([keep]))[0]
        self.partner[keep], self.value[keep] = int(np.argmax(row)), float(row.max())
        stale = alive & ((self.partner == keep) | (self.partner == drop))
        stale[keep] = False
        better = alive & ~stale & (row > self.value)
        better[keep] = False
        self.value[better], self.partner[better] = row[better], keep
        rows = np.nonzero(stale)[0]
        if len(rows):
            cosines = rows_of(rows)
            self.partner[rows], self.value[rows] = cosines.argmax(axis=1), cosines.max(axis=1)


class _Sums:
    """Sums (or other reductions) of the rows of each cluster: dense rows are gathered in
    cluster order and reduced in place, which costs a pass over them where multiplying by the
    k x n membership matrix cost k passes; sparse rows are multiplied."""

    def __init__(self, clusters: list[list[int]], rows: int):
        self.clusters, self.rows = clusters, rows
        self.order = np.array([m for members in clusters for m in members], dtype=np.int64)
        self.starts = np.cumsum([0] + [len(members) for members in clusters[:-1]])
        self._membership: Rows | None = None

    def of(self, rows: Rows) -> Rows:
        if not sparse.issparse(rows):
            return self.reduce(np.add, rows)
        if self._membership is None:
            self._membership = _membership(self.clusters, self.rows)
        return self._membership @ rows

    def reduce(self, ufunc: np.ufunc, rows: np.ndarray) -> np.ndarray:
        reduced: np.ndarray = ufunc.reduceat(np.asarray(rows)[self.order], self.starts, axis=0)
        return reduced


def _membership(clusters: list[list[int]], rows: int) -> Rows:
    """Which rows each cluster holds, as a 0/1 matrix (dense when small, as features.py)."""
    cluster_of = [i for i, members in enumerate(clusters) for _ in members]
    columns = [m for members in clusters for m in members]
    if len(clusters) * rows <= DENSE_CELLS:
        dense = np.zeros((len(clusters), rows))
        dense[cluster_of, columns] = 1.0
        return dense
    return sparse.csr_matrix(
        (np.ones(len(columns)), (cluster_of, columns)), shape=(len(clusters), rows)
    )


def _dense(matrix: Rows) -> np.ndarray:
    if isinstance(matrix, np.ndarray):
        return np.asarray(matrix, dtype=np.float64)
    return np.asarray(matrix.toarray(), dtype=np.float64)


def _gram(summed: Rows) -> np.ndarray:
    return _dense(summed @ summed.T)


def _closest_pairs(profile: Rows, sums: _Sums) -> np.ndarray:
    """The highest profile cosine between a mention of one cluster and one of another (on the
    diagonal: within the cluster, -1 for a single mention), in blocks of rows."""
    order, starts = sums.order, sums.starts
    ordered = profile[order]
    transposed = ordered.T.tocsr() if sparse.issparse(ordered) else ordered.T
    k = len(sums.clusters)
    closest = np.empty((k, k))
    first = 0
    while first < k:
        last = first + 1
        while last < k and starts[last] - starts[first] < _ROWS_AT_ONCE:
            last += 1
        top = starts[last] if last < k else len(order)
        block = _dense(ordered[starts[first] : top] @ transposed)
        block[np.arange(len(block)), np.arange(starts[first], top)] = -1.0
        by_column = np.maximum.reduceat(block, starts, axis=1)
        closest[first:last] = np.maximum.reduceat(by_column, starts[first:last] - starts[first])
        first = last
    return closest
