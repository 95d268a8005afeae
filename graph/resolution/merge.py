"""Merging seed clusters of one name group into people (pure, no database).

Seeds are the communities of the evidence graph (shared coauthors, duplicate titles, must-links):
nearly always one person each, but one person's career often falls into several seeds that share
no coauthor. Seeds are merged best-first: the most similar pair of clusters whose similarity
reaches the threshold merges, the merged profile is recomputed, and so on until no pair
qualifies. A pair that would put together two mentions of one paper, two different DBLP
suffixes, two different ORCIDs, two incompatible written names or a curator's cannot-link never
merges.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from graph.resolution.constraints import Spellings, clash

# Chosen on the first half of aminer-dev (see graph/resolution/__init__.py).
THRESHOLD = 0.08
# Two clusters that each hold this many papers and still share no coauthor are, by that very
# fact, likely two people: their merge needs this many times the threshold. Without the guard
# the profiles of two large, broad careers (DBLP's Jun Zhang 0003 and 0004, 211 and 143
# papers) reach the threshold and then absorb everything else.
BIG_CLUSTER = 20
BIG_CLUSTER_FACTOR = 1.5


@dataclass
class Cluster:
    """A set of mentions with what the merge needs to know about them."""

    members: list[str]
    papers: set[str]
    suffixes: set[str] = field(default_factory=set)
    orcids: set[str] = field(default_factory=set)
    spellings: int = 0  # the written names, as a mask of the group's Spellings
    join_score: dict[str, float] = field(default_factory=dict)
    text_links: dict[str, float] = field(default_factory=dict)  # weakest text link holding it

    def join(self, other: Cluster, similarity: float) -> None:
        """Take in another cluster's mentions, recording the similarity they joined at (the
        merge keeps profiles as dot products, not vectors)."""
        for member in other.members:
            self.join_score[member] = min(other.join_score.get(member, 1.0), similarity)
        self.text_links.update(other.text_links)
        self.members += other.members
        self.papers |= other.papers
        self.suffixes |= other.suffixes
        self.orcids |= other.orcids
        self.spellings |= other.spellings


def merge_clusters(
    clusters: list[Cluster],
    dots: np.ndarray,
    threshold: float = THRESHOLD,
    cannot: Iterable[frozenset[str]] = (),
    big_cluster: int = BIG_CLUSTER,
    big_cluster_factor: float = BIG_CLUSTER_FACTOR,
    spellings: Spellings | None = None,
) -> list[Cluster]:
    """Best-first merging until no allowed pair reaches the threshold; `dots` holds the dot
    products between the clusters' profiles (sums of their members' unit profiles).

    Profiles are sums of vectors, so dot products add up: the merge keeps the matrix of dot
    products between clusters and updates one row per merge, instead of recomputing profiles.
    """
    if len(clusters) < 2:
        return list(clusters)
    state = _Profiles(clusters, dots, big_cluster, big_cluster_factor)
    cannot_links = set(cannot)
    alive = dict(enumerate(clusters))
    version = [0] * len(clusters)
    heap: list[tuple[float, int, int, int, int]] = []

    def push_pairs(i: int, only_after: bool) -> None:
        for j, similarity in state.candidates(i, threshold, only_after):
            if j in alive and not clash(alive[i], alive[j], cannot_links, spellings):
                a, b = (i, j) if i < j else (j, i)
                heapq.heappush(heap, (-similarity, a, b, version[a], version[b]))

    for i in range(len(clusters)):
        push_pairs(i, only_after=True)
    while heap:
        negative, i, j, vi, vj = heapq.heappop(heap)
        if i not in alive or j not in alive or (vi, vj) != (version[i], version[j]):
            continue
        keep, drop = (i, j) if len(alive[i].members) >= len(alive[j].members) else (j, i)
        alive[keep].join(alive.pop(drop), -negative)
        state.merge(keep, drop, len(alive[keep].papers))
        version[keep] += 1
        push_pairs(keep, only_after=False)
    return list(alive.values())


class _Profiles:
    """Dot products between cluster profiles, paper counts, and who is still there."""

    def __init__(
        self, clusters: list[Cluster], dots: np.ndarray, big_cluster: int, big_cluster_factor: float
    ):
        self.dots = np.array(dots, dtype=float)  # a copy: merges update it
        self.big_cluster, self.big_cluster_factor = big_cluster, big_cluster_factor
        self.papers = np.array([len(c.papers) for c in clusters], dtype=float)
        self.alive = np.ones(len(clusters), dtype=bool)

    def similarities(self, i: int) -> np.ndarray:
        """Cosines of cluster i's profile with every other, discounted between two big ones."""
        norms = np.sqrt(np.maximum(np.diag(self.dots), 1e-300))
        cosines = self.dots[i] / (norms[i] * norms)
        big = (self.papers >= self.big_cluster) & (self.papers[i] >= self.big_cluster)
        discounted: np.ndarray = np.where(big, cosines / self.big_cluster_factor, cosines)
        return discounted

    def candidates(self, i: int, threshold: float, only_after: bool) -> list[tuple[int, float]]:
        similarity = self.similarities(i)
        allowed = self.alive & (similarity >= threshold)
        allowed[i] = False
        if only_after:
            allowed[: i + 1] = False
        return [(int(j), float(similarity[j])) for j in np.nonzero(allowed)[0]]

    def merge(self, keep: int, drop: int, papers: int) -> None:
        self_dot = self.dots[keep, keep] + self.dots[drop, drop] + 2 * self.dots[keep, drop]
        self.dots[keep] += self.dots[drop]
        self.dots[:, keep] = self.dots[keep]
        self.dots[keep, keep] = self_dot
        self.alive[drop] = False
        self.papers[keep] = papers
