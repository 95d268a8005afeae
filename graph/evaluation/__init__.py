"""Evaluation: B-cubed and pairwise metrics, the two baselines, truth files and reports.

Pure Python, no database: a caller reads the mentions (with gold labels and the resolution's
answer) and hands them over as `EvalMention` values.
"""

from __future__ import annotations

from graph.errors import EvaluationError
from graph.evaluation.baselines import EvalMention, coauthor_components, one_person
from graph.evaluation.metrics import BlockResult, Scores, macro_average, score, score_block
from graph.evaluation.report import format_table, plot_f1, to_json
from graph.evaluation.truth import (
    Evaluation,
    MethodResult,
    Truth,
    TruthLabel,
    evaluate,
    read_assignments,
    read_truth,
    with_predictions,
    with_truth,
)

__all__ = [
    "BlockResult",
    "EvalMention",
    "Evaluation",
    "EvaluationError",
    "MethodResult",
    "Scores",
    "Truth",
    "TruthLabel",
    "coauthor_components",
    "evaluate",
    "format_table",
    "macro_average",
    "one_person",
    "plot_f1",
    "read_assignments",
    "read_truth",
    "score",
    "score_block",
    "to_json",
    "with_predictions",
    "with_truth",
]
