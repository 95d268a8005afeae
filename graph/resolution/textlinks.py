"""Strong text links between mentions of one group: mutual nearest neighbours (pure).

Two mentions are linked when each is among the other's K most similar mentions of the group
(cosine of their tf-idf profiles) and the cosine reaches CUT. Such a link is strong enough to
join seeds before the cluster-level merge, and it is what keeps the merge from collapsing: it
builds mid-sized clusters of one topic first, so the threshold then rarely has to bridge broad
profiles. K and CUT were set on the first half of aminer-dev (K=3, CUT=0.30).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from graph.resolution.similarity import GroupSimilarity

K_NEAREST = 3
CUT = 0.30


def mutual_links(similarity: GroupSimilarity, papers: Sequence[str], k: int = K_NEAREST,
                 cut: float = CUT) -> list[tuple[int, int]]:
    """Index pairs (i < j) of mutual k-nearest neighbours with cosine >= cut; two mentions of
    one paper are never neighbours. Ties go to the lower index."""
    n = similarity.size
    if n < 2:
        return []
    nearest, cosines = _nearest(similarity, papers, min(k, n - 1))
    i = np.repeat(np.arange(n), nearest.shape[1])
    j, s = nearest.ravel(), cosines.ravel()
    keep = (j > i) & (s >= cut)
    i, j = i[keep], j[keep]
    mutual = (nearest[j] == i[:, None]).any(axis=1)
    return sorted(zip(i[mutual].tolist(), j[mutual].tolist()))


def _nearest(similarity: GroupSimilarity, papers: Sequence[str],
             k: int) -> tuple[np.ndarray, np.ndarray]:
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
