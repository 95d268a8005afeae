"""Strong text links between mentions of one group: mutual nearest neighbours (pure).

Two mentions are linked when each is among the other's K most similar mentions of the group
(cosine of their tf-idf profiles) and the cosine reaches CUT. Such a link is strong enough to
join seeds before the cluster-level merge, and it is what keeps the merge from collapsing: it
builds mid-sized clusters of one topic first, so the threshold then rarely has to bridge broad
profiles. K and CUT were set on the first half of aminer-dev (K=3, CUT=0.30).
"""

from __future__ import annotations

from collections.abc import Sequence

from scipy import sparse

from graph.resolution.features import Vector

K_NEAREST = 3
CUT = 0.30


def mutual_links(vectors: Sequence[Vector], papers: Sequence[str], k: int = K_NEAREST,
                 cut: float = CUT) -> list[tuple[int, int]]:
    """Index pairs (i < j) of mutual k-nearest neighbours with cosine >= cut; two mentions of
    one paper are never neighbours."""
    n = len(vectors)
    if n < 2:
        return []
    similarity = _cosines(vectors)
    nearest = [_top(similarity.getrow(i), i, papers, k) for i in range(n)]
    return sorted((i, j) for i in range(n) for j, s in nearest[i].items()
                  if i < j and s >= cut and i in nearest[j])


def _cosines(vectors: Sequence[Vector]) -> sparse.csr_matrix:
    vocabulary: dict[tuple[str, str], int] = {}
    rows, cols, values = [], [], []
    for i, vector in enumerate(vectors):
        for term, weight in vector.items():
            rows.append(i)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(weight)
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(vectors), max(1, len(vocabulary))))
    return (matrix @ matrix.T).tocsr()  # rows are unit vectors: dot products are cosines


def _top(row: sparse.csr_matrix, i: int, papers: Sequence[str], k: int) -> dict[int, float]:
    candidates = [(float(s), int(j)) for j, s in zip(row.indices, row.data)
                  if j != i and papers[j] != papers[i] and s > 0]
    candidates.sort(key=lambda c: (-c[0], c[1]))
    return {j: s for s, j in candidates[:k]}
