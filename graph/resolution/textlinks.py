"""Strong text links between mentions of one group: mutual nearest neighbours (pure).

Two mentions are linked when each is among the other's K most similar mentions of the group
(cosine of their tf-idf profiles) and the cosine reaches CUT. Such a link is strong enough to
join seeds before the cluster-level merge, and it is what keeps the merge from collapsing: it
builds mid-sized clusters of one topic first, so the threshold then rarely has to bridge broad
profiles. K and CUT were set on the first half of aminer-dev (K=3, CUT=0.30).

A link attaches; it never bridges two seeds that each hold several mentions. Such a seed has
evidence of its own (shared coauthors, mostly), and two of them meet in the merge, whole profile
against whole profile: one pair of alike papers is too little to join two bodies of work. With
aminer-dev loaded beside dblp-bib, a venue rare in the larger corpus (Signal Processing, SDM)
gave two papers of two Jun Zhangs a mutual link and joined their seeds of 212 and 71 mentions
(dblp-bib B3 F1 0.787 beside aminer-dev, 0.891 alone; 0.886 beside it with the rule).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from graph.blocking import UnionFind
from graph.resolution.similarity import GroupSimilarity

K_NEAREST = 3
CUT = 0.30


TextLink = tuple[int, int, float]  # rows i < j and their cosine


def mutual_links(
    similarity: GroupSimilarity, papers: Sequence[str], k: int = K_NEAREST, cut: float = CUT
) -> list[TextLink]:
    """Mutual k-nearest neighbours with cosine >= cut, strongest first (then by rows); two
    mentions of one paper are never neighbours. Ties for the k nearest go to the lower row."""
    n = similarity.size
    if n < 2:
        return []
    nearest, cosines = _nearest(similarity, papers, min(k, n - 1))
    i = np.repeat(np.arange(n), nearest.shape[1])
    j, s = nearest.ravel(), cosines.ravel()
    keep = (j > i) & (s >= cut)
    i, j, s = i[keep], j[keep], s[keep]
    mutual = (nearest[j] == i[:, None]).any(axis=1)
    links = zip(i[mutual].tolist(), j[mutual].tolist(), s[mutual].tolist(), strict=True)
    return sorted(links, key=lambda link: (-link[2], link[0], link[1]))


def join_seeds(
    seeds: Sequence[Sequence[int]], links: Iterable[TextLink], rows: int
) -> tuple[UnionFind, dict[int, float]]:
    """The rows in one set per seed, joined along the links in the order given; a link
    between two sets that each hold a seed of several rows is left to the merge.

    Also, for every row a link brought into its set, the cosine of the weakest link on its
    way: a join keeps the set with a seed of several rows, else the larger (on a tie, the one
    with the lower row), as a merge keeps the larger cluster, and the other side's rows take
    the link's cosine. A kept set with no seed of several rows has only text links to hold it
    together, so its row that no link brought in (the lone mention it grew from) takes the
    cosine of its first link, its strongest: two lone mentions joined by one link score alike."""
    sets = UnionFind(range(rows))
    members = {row: [row] for row in range(rows)}
    for seed in seeds:
        for row in seed[1:]:
            sets.union(row, seed[0])
            members[seed[0]] += members.pop(row)
    anchored = {seed[0] for seed in seeds if len(seed) > 1}
    weakest: dict[int, float] = {}
    for i, j, cosine in links:
        a, b = sets.find(i), sets.find(j)
        if a == b or (a in anchored and b in anchored):
            continue
        keep, other = (a, b) if _keeps(a, b, anchored, members) else (b, a)
        if keep not in anchored:
            for row in members[keep]:
                weakest.setdefault(row, cosine)
        for row in members[other]:
            weakest[row] = min(weakest.get(row, cosine), cosine)
        sets.union(other, keep)
        members[keep] += members.pop(other)
    return sets, weakest


def _keeps(a: int, b: int, anchored: set[int], members: dict[int, list[int]]) -> bool:
    if (a in anchored) != (b in anchored):
        return a in anchored
    return (len(members[a]), -min(members[a])) >= (len(members[b]), -min(members[b]))


def _nearest(
    similarity: GroupSimilarity, papers: Sequence[str], k: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each row's k most similar other rows of another paper with a positive cosine (-1 where
    there are fewer), and those cosines."""
    n = similarity.size
    index: dict[str, int] = {}
    paper_ids = np.array([index.setdefault(p, len(index)) for p in papers])
    nearest = np.full((n, k), -1, dtype=np.int64)
    cosines = np.zeros((n, k))
    for start, block in similarity.row_blocks():
        rows = slice(start, start + block.shape[0])
        block[paper_ids[rows][:, None] == paper_ids[None, :]] = 0.0  # itself, its paper
        order = np.argsort(-block, axis=1, kind="stable")[:, :k]
        values = np.take_along_axis(block, order, axis=1)
        nearest[rows] = np.where(values > 0, order, -1)
        cosines[rows] = np.where(values > 0, values, 0.0)
    return nearest, cosines
