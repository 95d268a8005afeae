"""Cosines between the mentions of one group, and dot products between clusters of them (pure).

Profiles are unit rows of a sparse matrix X, so X Xᵀ holds the mentions' cosines, and a cluster's
profile is the sum of its rows: cluster dot products are S X Xᵀ Sᵀ for a 0/1 membership
matrix S. Most groups are small; their X Xᵀ is computed once, densely, and everything else
derives from it. A large group's cosines come in blocks of rows, so memory stays bounded.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
from scipy import sparse

DENSE_LIMIT = 1024  # mentions up to which the full cosine matrix is kept (8 MB at most)
ROWS_AT_ONCE = 1024  # rows per block of cosines beyond that


class GroupSimilarity:
    def __init__(
        self,
        profiles: sparse.csr_matrix,
        dense_limit: int = DENSE_LIMIT,
        rows_at_once: int = ROWS_AT_ONCE,
    ):
        self.profiles = profiles
        self.size = profiles.shape[0]
        self._gram = (profiles @ profiles.T).toarray() if self.size <= dense_limit else None
        self._rows_at_once = rows_at_once

    def row_blocks(self) -> Iterator[tuple[int, np.ndarray]]:
        """(first row, that block's cosines with every row), block by block, each a fresh array
        the caller may change."""
        if self._gram is not None:
            yield 0, self._gram.copy()
            return
        transposed = self.profiles.T.tocsr()
        step = self._rows_at_once
        for start in range(0, self.size, step):
            yield start, (self.profiles[start : start + step] @ transposed).toarray()

    def cluster_dots(self, clusters: Sequence[Sequence[int]]) -> np.ndarray:
        """Dot products between the clusters' profiles (sums of the given rows)."""
        if self._gram is not None:  # sums of blocks of the cosines, rows then columns
            order = [m for members in clusters for m in members]
            starts = np.cumsum([0] + [len(members) for members in clusters[:-1]])
            by_rows = np.add.reduceat(self._gram[order], starts, axis=0)
            return np.add.reduceat(by_rows[:, order], starts, axis=1)
        rows = [i for i, members in enumerate(clusters) for _ in members]
        columns = [m for members in clusters for m in members]
        membership = sparse.csr_matrix(
            (np.ones(len(columns)), (rows, columns)), shape=(len(clusters), self.size)
        )
        summed = membership @ self.profiles
        dots: np.ndarray = (summed @ summed.T).toarray()
        return dots
