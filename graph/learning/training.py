"""Training the merge model from labelled groups (pure, no database).

1. Examples from the seeds and partial careers (examples.py); a first model; the pairs it
   scores while merging the training groups (on-policy examples); the model is fitted on all.
2. Calibration: Platt scaling of the trees' log-odds, fitted on out-of-fold predictions (five
   folds of groups), so that a probability means what it says on groups the trees never saw.
3. The threshold: each fold's model merges its held-out groups once, down to a low
   probability; the merges at a higher threshold are a prefix of that run, so every threshold
   is scored from one run. Of the thresholds that keep every corpus's B-cubed precision at
   PRECISION_FLOOR or more (all of them, if none does), the one with the best B-cubed F1,
   averaged over the corpora (each the macro average of its groups), is kept.

Each corpus weighs the same in the fit, whatever its number of examples, so that one large
labelled set does not make the model its own. Seeded: the same groups give the same model.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from graph.errors import EvaluationError
from graph.evaluation.metrics import score
from graph.learning.examples import (
    ON_POLICY_THRESHOLD,
    Examples,
    LabelledGroup,
    on_policy_examples,
    static_examples,
)
from graph.resolution.agglomerate import Agglomeration
from graph.resolution.cluster_space import FEATURES
from graph.resolution.model import MergeModel

FOLDS = 5
# The threshold keeps every corpus's cross-validated B-cubed precision at least this, where
# some threshold does: a curator finds a wrong merge harder than a missing one.
PRECISION_FLOOR = 0.95
ROUNDS = 200
THRESHOLDS: tuple[float, ...] = tuple(round(float(t), 2) for t in np.arange(0.15, 0.951, 0.05))
_PARAMETERS: dict[str, Any] = {
    "objective": "binary",
    "learning_rate": 0.07,
    "num_leaves": 11,
    "min_data_in_leaf": 40,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "deterministic": True,
    "force_row_wise": True,
    "num_threads": 2,
    "verbose": -1,
}

Progress = Callable[[str], None]


@dataclass
class TrainingReport:
    """What cross-validation measured: B-cubed F1 per corpus at each threshold."""

    threshold: float
    examples: int
    positives: int
    # corpus -> threshold -> macro B-cubed (precision, recall, F1) over its groups
    scores: dict[str, dict[float, tuple[float, float, float]]] = field(default_factory=dict)

    def at_threshold(self) -> dict[str, float]:
        """Each corpus's cross-validated B-cubed F1 at the chosen threshold."""
        return {corpus: curve[self.threshold][2] for corpus, curve in self.scores.items()}

    def precision_at_threshold(self) -> dict[str, float]:
        return {corpus: curve[self.threshold][0] for corpus, curve in self.scores.items()}


def train(
    groups: Sequence[LabelledGroup],
    seed: int = 7,
    about: dict[str, Any] | None = None,
    progress: Progress = lambda _: None,
) -> tuple[MergeModel, TrainingReport]:
    """A calibrated merge model with its cross-validated threshold."""
    if len(groups) < 2:
        raise EvaluationError(
            f"Training needs two labelled name groups or more to cross-validate; found "
            f"{len(groups)}. Load labelled data for more names (or give a truth file that "
            "covers them) and train again."
        )
    width = len(FEATURES)
    progress(f"examples from the seeds and partial careers of {len(groups)} groups...")
    examples = static_examples(groups, width, seed)
    first = MergeModel(_fit(examples, seed), FEATURES, threshold=0.5)
    progress(f"{len(examples.labels)} examples; adding the pairs a first model's merges score...")
    examples = examples + on_policy_examples(groups, first, width)
    fold_of = _folds(groups, seed)
    folds = sorted(set(fold_of.values()))
    progress(f"{len(examples.labels)} examples; {len(folds)}-fold cross-validation...")
    boosters = {
        fold: _fit(examples.where(np.array([fold_of[g] != fold for g in examples.group])), seed)
        for fold in folds
    }
    slope, intercept = _platt(examples, fold_of, boosters)
    curves: dict[str, dict[float, list[tuple[float, float, float]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for group in groups:
        fold_model = MergeModel(boosters[fold_of[_key(group)]], FEATURES, 0.5, slope, intercept)
        for threshold, found in _scores_by_threshold(group, fold_model).items():
            curves[group.corpus][threshold].append(found)
    by_corpus = {
        corpus: {t: _mean_scores(values) for t, values in curve.items()}
        for corpus, curve in curves.items()
    }
    best = _best_threshold(by_corpus)
    report = TrainingReport(best, len(examples.labels), int(examples.labels.sum()), by_corpus)
    progress(f"threshold {best}; fitting the model on every example...")
    details = {
        "trained": date.today().isoformat(),
        "corpora": sorted(by_corpus),
        "groups": len(groups),
        "examples": report.examples,
        "cross_validated_b3_f1": {c: round(v, 4) for c, v in report.at_threshold().items()},
        **(about or {}),
    }
    model = MergeModel(_fit(examples, seed), FEATURES, best, slope, intercept, details)
    return model, report


def _mean_scores(values: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    precision, recall, f1 = (float(np.mean(column)) for column in zip(*values, strict=True))
    return precision, recall, f1


def _best_threshold(by_corpus: dict[str, dict[float, tuple[float, float, float]]]) -> float:
    """The best mean F1 among the thresholds that keep every corpus's precision at the
    floor (all thresholds, if none does); nearer 0.5 on a tie."""
    precise = [t for t in THRESHOLDS if all(c[t][0] >= PRECISION_FLOOR for c in by_corpus.values())]
    return max(
        precise or THRESHOLDS,
        key=lambda t: (float(np.mean([c[t][2] for c in by_corpus.values()])), -abs(t - 0.5)),
    )


def _key(group: LabelledGroup) -> str:
    return f"{group.corpus}/{group.name}"


def _folds(groups: Sequence[LabelledGroup], seed: int) -> dict[str, int]:
    """Each corpus's groups dealt into the folds at random."""
    rng = np.random.default_rng(seed)
    fold_of: dict[str, int] = {}
    by_corpus: dict[str, list[str]] = defaultdict(list)
    for group in groups:
        by_corpus[group.corpus].append(_key(group))
    dealt = 0  # one deal across the corpora, so that small corpora do not all start at fold 0
    for keys in by_corpus.values():
        order = sorted(keys)
        rng.shuffle(order)
        fold_of.update((key, (dealt + i) % FOLDS) for i, key in enumerate(order))
        dealt += len(order)
    return fold_of


def _fit(examples: Examples, seed: int) -> str:
    import lightgbm  # noqa: PLC0415 (training only)

    weights = np.array(examples.weights, dtype=float)
    for corpus in set(examples.corpus.tolist()):  # each corpus weighs the same
        mine = examples.corpus == corpus
        weights[mine] *= len(weights) / max(weights[mine].sum(), 1e-12)
    data = lightgbm.Dataset(
        examples.features, examples.labels, weight=weights, feature_name=list(FEATURES)
    )
    booster = lightgbm.train({**_PARAMETERS, "seed": seed}, data, ROUNDS)
    return str(booster.model_to_string())


def _platt(
    examples: Examples, fold_of: dict[str, int], boosters: dict[int, str]
) -> tuple[float, float]:
    """Slope and intercept mapping out-of-fold log-odds to probabilities (weighted logistic
    regression on one variable, by Newton's method)."""
    raw = np.zeros(len(examples.labels))
    for fold, trees in boosters.items():
        mine = np.array([fold_of[g] == fold for g in examples.group])
        raw[mine] = MergeModel(trees, FEATURES, 0.5).log_odds(examples.features[mine])
    return logistic_fit(raw, examples.labels, examples.weights)


def logistic_fit(
    x: np.ndarray, y: np.ndarray, weights: np.ndarray, steps: int = 100
) -> tuple[float, float]:
    """(a, b) maximising the weighted likelihood of y under sigmoid(a x + b): Newton's method,
    each step halved until the likelihood improves. A full step can overshoot and diverge (on
    a small training set's out-of-fold log-odds it went to a slope of -8e12)."""
    w = weights / weights.mean()

    def loss(a: float, b: float) -> float:
        z = a * x + b
        return float(np.sum(w * (np.logaddexp(0.0, z) - y * z)))

    a, b = 1.0, 0.0
    current = loss(a, b)
    for _ in range(steps):
        p = np.exp(-np.logaddexp(0.0, -(a * x + b)))
        gradient = np.array([np.sum(w * (p - y) * x), np.sum(w * (p - y))])
        curvature = w * p * (1 - p)
        hessian = (
            np.array(
                [
                    [np.sum(curvature * x * x), np.sum(curvature * x)],
                    [np.sum(curvature * x), np.sum(curvature)],
                ]
            )
            + np.eye(2) * 1e-9
        )
        step = np.linalg.solve(hessian, gradient)
        while np.abs(step).max() > 1e-12:
            trial = loss(a - step[0], b - step[1])
            if trial <= current:
                break
            step = step / 2
        else:
            break  # no step improves the likelihood: at the optimum, to rounding
        a, b, current = a - step[0], b - step[1], trial
        if np.abs(step).max() < 1e-9:
            break
    return float(a), float(b)


def _scores_by_threshold(
    group: LabelledGroup, model: MergeModel
) -> dict[float, tuple[float, float, float]]:
    """B-cubed precision, recall and F1 of the group's labelled mentions at every threshold,
    from one merge run."""
    labelled = [i for i, person in enumerate(group.gold) if person is not None]
    if not labelled:
        return {}
    merging = Agglomeration(
        group.views,
        group.clusters(group.seeds),
        model,
        ON_POLICY_THRESHOLD,
        spellings=group.spellings,
    )
    merging.run()
    gold = {i: group.gold[i] for i in labelled}
    cluster_of = {row: index for index, seed in enumerate(group.seeds) for row in seed}
    found: dict[float, tuple[float, float, float]] = {}
    for threshold, sets in merging.unions_at(THRESHOLDS):
        predicted = {i: sets.find(cluster_of[i]) for i in labelled}
        scored = score(gold, predicted)
        found[threshold] = (scored.b3_precision, scored.b3_recall, scored.b3_f1)
    return found
