"""Formatting an `Evaluation`: a fixed-width text table, a JSON-able dict and a PNG plot.

Nothing here prints; the CLI decides where the strings go.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from graph.errors import EvaluationError
from graph.evaluation.calibration import Calibration
from graph.evaluation.metrics import BlockResult, Scores
from graph.evaluation.truth import METHODS, Evaluation
from graph.wording import counted

LABELS = {
    "resolution": "resolution",
    "one_person": "one person per name",
    "coauthors": "shared coauthor components",
}
_NAME_WIDTH = 28
_HEAD = (
    f"{'':{_NAME_WIDTH}} {'':>5} {'people':>10}  {'resolution B-cubed':^17}  "
    f"{'resolution pairwise':^17}  {'one person F1':^11}  {'coauthors F1':^11}"
)
_COLUMNS = (
    f"{'name':{_NAME_WIDTH}} {'n':>5} {'gold':>5}{'pred':>5}  "
    f"{'P':>5} {'R':>5} {'F1':>5}  {'P':>5} {'R':>5} {'F1':>5}  "
    f"{'B3':>5} {'pair':>5}  {'B3':>5} {'pair':>5}"
)


def format_table(evaluation: Evaluation) -> str:
    """One row per block and a MACRO row: the resolution's six metrics and the baselines' F1."""
    rows = zip(
        evaluation.resolution.blocks,
        evaluation.one_person.blocks,
        evaluation.coauthors.blocks,
        strict=True,
    )
    lines = [_HEAD, _COLUMNS, "-" * len(_COLUMNS)]
    lines += [
        _row(_name(res.block), res, res.scores, one.scores, co.scores) for res, one, co in rows
    ]
    lines += ["-" * len(_COLUMNS), _macro_row(evaluation), *_notes(evaluation)]
    return "\n".join(lines) + "\n"


def _row(name: str, block: BlockResult | None, res: Scores, one: Scores, co: Scores) -> str:
    """One fixed-width line; `block` None leaves the size columns blank (the MACRO row)."""
    sizes = (
        f"{block.mentions:>5} {block.gold_clusters:>5}{block.predicted_clusters:>5}"
        if block
        else f"{'':>5} {'':>5}{'':>5}"
    )
    return (
        f"{name:{_NAME_WIDTH}} {sizes}  "
        f"{res.b3_precision:5.3f} {res.b3_recall:5.3f} {res.b3_f1:5.3f}  "
        f"{res.pair_precision:5.3f} {res.pair_recall:5.3f} {res.pair_f1:5.3f}  "
        f"{one.b3_f1:5.3f} {one.pair_f1:5.3f}  {co.b3_f1:5.3f} {co.pair_f1:5.3f}"
    )


def _macro_row(evaluation: Evaluation) -> str:
    """The macro averages, labelled with the number of names they average."""
    count = len(evaluation.resolution.blocks)
    name = f"MACRO ({counted(count, 'name')})"
    return _row(name, None, *(m.macro for m in evaluation.methods))


def _notes(evaluation: Evaluation) -> list[str]:
    """What the reader must know to trust the numbers."""
    notes = [
        f"{evaluation.mentions} mentions scored; {evaluation.left_out} without a gold "
        f"label left out."
    ]
    if evaluation.unresolved:
        notes.append(
            f"{evaluation.unresolved} scored mentions have no person (not resolved); "
            f"each counts as a person of its own."
        )
    if evaluation.name_groups is not None:
        notes.append(_name_groups_note(evaluation))
    if evaluation.calibration is not None:
        notes += _calibration_notes(evaluation.calibration)
    return notes


def _name_groups_note(evaluation: Evaluation) -> str:
    """Where the recall goes: the name groups (the blocking) or the merge within them."""
    assert evaluation.name_groups is not None
    best, found = evaluation.name_groups.macro, evaluation.resolution.macro
    return (
        f"The name groups allow B-cubed recall {best.b3_recall:.3f} at most (F1 "
        f"{best.b3_f1:.3f}, each group split exactly): the recall below that is lost to the "
        f"name groups, the rest down to the resolution's {found.b3_recall:.3f} to the merge."
    )


def _calibration_notes(calibration: Calibration) -> list[str]:
    """Whether a low score marks a wrong assignment, and how often each range is wrong."""
    notes = [
        f"Scores: {calibration.wrong} of {calibration.mentions} assignments are wrong "
        f"(another gold person has more of their person)."
    ]
    if calibration.auc is not None:
        notes.append(
            f"A wrong one scores below a right one with probability {calibration.auc:.3f} (AUC)."
        )
    highs = [b.low for b in calibration.bins[1:]] + [1]
    columns = [
        (
            f"{b.low:g}-{high:g}",
            str(b.mentions),
            f"{b.wrong / b.mentions:.1%}" if b.mentions else "-",
        )
        for b, high in zip(calibration.bins, highs, strict=True)
    ]
    return notes + [
        "".join([f"{head:<10}"] + [f"{c[row]:>10}" for c in columns])
        for row, head in enumerate(("score", "mentions", "wrong"))
    ]


def _name(block: str) -> str:
    """The block name, cut to the column width."""
    return block if len(block) <= _NAME_WIDTH else block[: _NAME_WIDTH - 1] + "…"


def to_json(evaluation: Evaluation) -> dict[str, Any]:
    """A JSON-able dict: counts, macro scores per method and per-block scores per method."""
    per_block = zip(*(m.blocks for m in evaluation.methods), strict=True)
    return {
        "mentions": evaluation.mentions,
        "left_out": evaluation.left_out,
        "unresolved": evaluation.unresolved,
        "calibration": None
        if evaluation.calibration is None
        else {
            **asdict(evaluation.calibration),
            "bins": [asdict(b) for b in evaluation.calibration.bins],
        },
        "macro": {m.method: asdict(m.macro) for m in evaluation.methods},
        "name_groups": None
        if evaluation.name_groups is None
        else asdict(evaluation.name_groups.macro),
        "blocks": [_block_json(results) for results in per_block],
    }


def _block_json(results: tuple[BlockResult, ...]) -> dict[str, Any]:
    """One block: its size, gold people and each method's people and scores."""
    first = results[0]
    methods = {
        method: {"people": r.predicted_clusters, **asdict(r.scores)}
        for method, r in zip(METHODS, results, strict=True)
    }
    return {
        "block": first.block,
        "mentions": first.mentions,
        "gold_people": first.gold_clusters,
        **methods,
    }


def plot_f1(evaluation: Evaluation, path: str | Path) -> Path:
    """Draw per-name B-cubed and pairwise F1 of the resolution and both baselines to a PNG."""
    names = [b.block for b in evaluation.resolution.blocks]
    height = 0.28 * len(names) + 2.5
    figure = _figure(figsize=(12, height))
    axes = figure.subplots(1, 2, sharey=True)
    for axis, metric, title in zip(
        axes, ("b3_f1", "pair_f1"), ("B-cubed F1", "pairwise F1"), strict=True
    ):
        _bars(axis, evaluation, metric, title)
    axes[0].set_yticks(range(len(names)), names, fontsize=7)
    axes[0].set_ylim(len(names) - 0.5, -0.5)  # first name on top
    figure.tight_layout()
    figure.savefig(path, dpi=120, format="png")
    return Path(path)


def _bars(axis: Any, evaluation: Evaluation, metric: str, title: str) -> None:
    """Grouped horizontal bars, one group per name, one bar per method."""
    width = 0.8 / len(evaluation.methods)
    for k, method in enumerate(evaluation.methods):
        values = [getattr(b.scores, metric) for b in method.blocks]
        macro = getattr(method.macro, metric)
        offsets = [i - 0.4 + width * (k + 0.5) for i in range(len(values))]
        axis.barh(
            offsets, values, height=width, label=f"{LABELS[method.method]} (macro {macro:.2f})"
        )
    axis.set_xlim(0, 1.02)
    axis.set_title(title)
    axis.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.25 / axis.figure.get_figheight()),
        fontsize=7,
        frameon=False,
    )


def _figure(**options: Any) -> Any:
    """A matplotlib Figure on an Agg canvas, imported only when plotting.

    pyplot is avoided on purpose: it would switch the process-wide backend and keep figures.
    """
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415 (optional)
        from matplotlib.figure import Figure  # noqa: PLC0415
    except ImportError as error:
        raise EvaluationError("plotting needs matplotlib: pip install 'namesake[plot]'") from error
    figure = Figure(**options)
    FigureCanvasAgg(figure)
    return figure
