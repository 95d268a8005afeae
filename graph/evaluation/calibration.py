"""Do the resolution's scores mark its wrong assignments? (pure, no database)

A score is worth reading only if a low one means "check me". Against gold labels, an
assignment is wrong when another gold person has more of its predicted person's mentions than
its own (a person of two mentions of two gold persons has none wrong: neither side is the
intruder). The AUC is the chance that a wrong assignment scores below a right one, a tie
counting half: 0.5 for a score that says nothing, 1.0 for one that puts every wrong assignment
below every right one. The bins show how often each range of scores is wrong.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby

from graph.evaluation.baselines import EvalMention
from graph.evaluation.metrics import contingency

BIN_EDGES = (0.0, 0.5, 0.7, 0.9, 0.99)


@dataclass(frozen=True)
class ScoreBin:
    low: float  # scores from low up to the next bin's low (the last bin: up to 1)
    mentions: int
    wrong: int


@dataclass(frozen=True)
class Calibration:
    mentions: int
    wrong: int
    auc: float | None  # None when every assignment is right, or every one wrong
    bins: tuple[ScoreBin, ...]


def calibration(mentions: Iterable[EvalMention]) -> Calibration | None:
    """Scores against gold for the mentions with a gold label, a person and a score; None
    when there are none (an assignments file without scores, say)."""
    scored = [
        (m, m.score)
        for m in mentions
        if m.gold is not None and m.predicted is not None and m.score is not None
    ]
    if not scored:
        return None
    wrong = _wrong([m for m, _ in scored])
    flagged = [(score, m.mention_id in wrong) for m, score in scored]
    bins = tuple(
        ScoreBin(
            low,
            sum(1 for s, _ in flagged if _bin(s) == low),
            sum(1 for s, bad in flagged if bad and _bin(s) == low),
        )
        for low in BIN_EDGES
    )
    return Calibration(len(scored), len(wrong), auc(flagged), bins)


def auc(flagged: list[tuple[float, bool]]) -> float | None:
    """The chance that a wrong (True) item scores below a right one, ties counting half
    (Mann-Whitney, from average ranks)."""
    right = sum(1 for _, bad in flagged if not bad)
    bad_count = len(flagged) - right
    if not right or not bad_count:
        return None
    rank_sum, position = 0.0, 0
    for _, group in groupby(sorted(flagged, key=lambda item: item[0]), key=lambda item: item[0]):
        tied = list(group)
        average = position + (len(tied) + 1) / 2  # the average rank of the tied scores
        rank_sum += average * sum(1 for _, bad in tied if not bad)
        position += len(tied)
    return (rank_sum - right * (right + 1) / 2) / (right * bad_count)


def _wrong(mentions: list[EvalMention]) -> set[str]:
    table = contingency(
        {m.mention_id: m.gold for m in mentions}, {m.mention_id: m.predicted for m in mentions}
    )
    most: dict[object, int] = defaultdict(int)
    for (person, _), count in table.cells.items():
        most[person] = max(most[person], count)
    return {m.mention_id for m in mentions if table.cells[m.predicted, m.gold] < most[m.predicted]}


def _bin(score: float) -> float:
    return max(low for low in BIN_EDGES if score >= low) if score >= 0 else BIN_EDGES[0]
