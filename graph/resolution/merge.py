"""Merging seed clusters of one name group into people (pure, no database).

Seeds are the communities of the evidence graph (shared coauthors, duplicate titles, must-links):
nearly always one person each, but one person's career often falls into several seeds that share
no coauthor. Seeds are merged best-first: the most similar pair of clusters whose similarity
reaches the threshold merges, the merged profile is recomputed, and so on until no pair
qualifies. A pair that would put together two mentions of one paper, two different DBLP
suffixes, two different ORCIDs or a curator's cannot-link never merges.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from graph.resolution.constraints import clash
from graph.resolution.features import Vector, add, dot

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
    vector: Vector
    papers: set[str]
    suffixes: set[str] = field(default_factory=set)
    orcids: set[str] = field(default_factory=set)
    join_score: dict[str, float] = field(default_factory=dict)

    @property
    def norm(self) -> float:
        return math.sqrt(dot(self.vector, self.vector)) or 1.0

    def absorb(self, other: Cluster, similarity: float) -> None:
        for member in other.members:
            self.join_score[member] = min(other.join_score.get(member, 1.0), similarity)
        self.members += other.members
        self.vector = add(self.vector, other.vector)
        self.papers |= other.papers
        self.suffixes |= other.suffixes
        self.orcids |= other.orcids


Similarity = Callable[[Cluster, Cluster], float]


def centroid_cosine(a: Cluster, b: Cluster) -> float:
    return dot(a.vector, b.vector) / (a.norm * b.norm)


def guarded_cosine(a: Cluster, b: Cluster) -> float:
    """The profiles' cosine, discounted when both clusters are large (see BIG_CLUSTER)."""
    cosine = centroid_cosine(a, b)
    if min(len(a.papers), len(b.papers)) >= BIG_CLUSTER:
        return cosine / BIG_CLUSTER_FACTOR
    return cosine


def merge_clusters(clusters: list[Cluster], threshold: float = THRESHOLD,
                   similarity: Similarity = guarded_cosine,
                   cannot: Iterable[frozenset[str]] = ()) -> list[Cluster]:
    """Best-first merging until no allowed pair reaches the threshold."""
    cannot_links = set(cannot)
    alive = dict(enumerate(clusters))
    version = {i: 0 for i in alive}
    index = _TermIndex(alive)
    heap: list[tuple[float, int, int, int, int]] = []

    def push_pairs(i: int) -> None:
        for j in index.neighbours(i, alive[i]):
            if j != i and j in alive and not clash(alive[i], alive[j], cannot_links):
                s = similarity(alive[i], alive[j])
                if s >= threshold:
                    a, b = sorted((i, j))
                    heapq.heappush(heap, (-s, a, b, version[a], version[b]))

    for i in list(alive):
        push_pairs(i)
    while heap:
        negative, i, j, vi, vj = heapq.heappop(heap)
        if i not in alive or j not in alive or (vi, vj) != (version[i], version[j]):
            continue
        keep, drop = (i, j) if len(alive[i].members) >= len(alive[j].members) else (j, i)
        alive[keep].absorb(alive.pop(drop), -negative)
        version[keep] += 1
        index.add(keep, alive[keep])
        push_pairs(keep)
    return list(alive.values())


class _TermIndex:
    """Which clusters share a term: only those can have a similarity above zero."""

    def __init__(self, clusters: dict[int, Cluster]):
        self.by_term: dict[tuple[str, str], set[int]] = {}
        for i, cluster in clusters.items():
            self.add(i, cluster)

    def add(self, i: int, cluster: Cluster) -> None:
        for term in cluster.vector:
            self.by_term.setdefault(term, set()).add(i)

    def neighbours(self, i: int, cluster: Cluster) -> set[int]:
        found: set[int] = set()
        for term in cluster.vector:
            found |= self.by_term.get(term, set())
        return found
