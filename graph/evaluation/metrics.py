"""Clustering metrics for one block (one ambiguous name) and their macro average over blocks.

A clustering is a mapping from mention id to cluster label; gold and predicted clusterings of a
block must cover the same mention ids. Every metric is computed from the contingency counts
(how many mentions each (predicted, gold) pair of clusters shares), so a block of n mentions
costs O(n), not O(n^2).

Conventions:
- B-cubed: per mention, precision = |pred cluster ∩ gold cluster| / |pred cluster| and recall =
  the same over |gold cluster|, each averaged over the block's mentions; B3 F1 is the harmonic
  mean of the averaged precision and recall.
- Pairwise: over unordered pairs of distinct mentions (a singleton contributes no pair).
  Precision is 1 when no pair is predicted, recall is 1 when there is no gold pair.
- F1 is 0 when precision and recall are both 0.
- Macro average: each metric (F1 included) is the plain mean of the per-block values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import TypeVar

Mention = TypeVar("Mention", bound=Hashable)
Clustering = Mapping[Mention, Hashable]  # mention id -> cluster label


@dataclass(frozen=True)
class Scores:
    """B-cubed and pairwise precision, recall and F1 (all in [0, 1])."""

    b3_precision: float
    b3_recall: float
    b3_f1: float
    pair_precision: float
    pair_recall: float
    pair_f1: float


@dataclass(frozen=True)
class BlockResult:
    """The scores of one block, with its size and its number of gold and predicted clusters."""

    block: str
    mentions: int
    gold_clusters: int
    predicted_clusters: int
    scores: Scores


@dataclass(frozen=True)
class Contingency:
    """Cluster sizes and the sizes of their intersections, keyed by label."""

    cells: Counter[tuple[Hashable, Hashable]]  # (predicted label, gold label) -> mentions in both
    predicted: Counter[Hashable]  # predicted label -> cluster size
    gold: Counter[Hashable]  # gold label -> cluster size

    @property
    def mentions(self) -> int:
        return sum(self.predicted.values())


def f1(precision: float, recall: float) -> float:
    """Harmonic mean; 0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def pairs(n: int) -> int:
    """Number of unordered pairs of distinct items among n: C(n, 2)."""
    return n * (n - 1) // 2


def contingency(gold: Clustering[Mention], predicted: Clustering[Mention]) -> Contingency:
    """Count the (predicted, gold) cells; both clusterings must cover the same mention ids."""
    if gold.keys() != predicted.keys():
        missing = len(gold.keys() ^ predicted.keys())
        raise ValueError(f"gold and predicted clusterings differ on {missing} mention id(s)")
    cells = Counter((predicted[m], gold[m]) for m in gold)
    return Contingency(cells, Counter(predicted.values()), Counter(gold.values()))


def b_cubed(table: Contingency) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1: each cell of n mentions adds n*n/|cluster|."""
    n = table.mentions
    if n == 0:
        raise ValueError("B-cubed is undefined on a block without mentions")
    precision = sum(k * k / table.predicted[p] for (p, _), k in table.cells.items()) / n
    recall = sum(k * k / table.gold[g] for (_, g), k in table.cells.items()) / n
    return precision, recall, f1(precision, recall)


def pairwise(table: Contingency) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 over unordered pairs of distinct mentions."""
    both = sum(pairs(k) for k in table.cells.values())
    predicted = sum(pairs(k) for k in table.predicted.values())
    gold = sum(pairs(k) for k in table.gold.values())
    precision = both / predicted if predicted else 1.0
    recall = both / gold if gold else 1.0
    return precision, recall, f1(precision, recall)


def scores_of(table: Contingency) -> Scores:
    """All six metrics from one block's contingency counts."""
    return Scores(*b_cubed(table), *pairwise(table))


def score(gold: Clustering[Mention], predicted: Clustering[Mention]) -> Scores:
    """All six metrics of one block."""
    return scores_of(contingency(gold, predicted))


def score_block(
    block: str, gold: Clustering[Mention], predicted: Clustering[Mention]
) -> BlockResult:
    """Score one block and keep its sizes, for the per-name rows of a report."""
    table = contingency(gold, predicted)
    return BlockResult(
        block, table.mentions, len(table.gold), len(table.predicted), scores_of(table)
    )


def macro_average(scores: Iterable[Scores]) -> Scores:
    """Each metric averaged over blocks (F1 too: the mean of per-block F1, not the F1 of means)."""
    rows: Sequence[Scores] = list(scores)
    if not rows:
        raise ValueError("a macro average needs at least one block")
    names = [f.name for f in fields(Scores)]
    return Scores(*(sum(getattr(r, name) for r in rows) / len(rows) for name in names))
