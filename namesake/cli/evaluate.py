"""`namesake evaluate`: the resolution against gold labels, beside the two baselines."""

from __future__ import annotations

import json
from pathlib import Path

import click

from graph.evaluation import evaluate as score_all
from graph.evaluation import (
    format_table,
    plot_f1,
    read_assignments,
    read_truth,
    to_json,
    with_predictions,
)
from graph.evaluation.reader import labelled_mentions
from namesake.cli.context import AppContext, json_option, pass_app


@click.command()
@click.option(
    "--truth",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold labels, one JSON line per mention: paper (source id), name, person.",
)
@click.option(
    "--assignments",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Score these assignments (JSON lines with paper, name, person, as written "
    "by `namesake export assignments`) instead of the graph's resolution.",
)
@click.option("--name", "names", multiple=True, help="Only this name (repeatable).")
@json_option
@click.option(
    "--plot",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also draw per-name F1 for the resolution and the baselines to a PNG.",
)
@pass_app
def evaluate(
    app: AppContext,
    truth: Path | None,
    assignments: Path | None,
    names: tuple[str, ...],
    as_json: bool,
    plot: Path | None,
) -> None:
    """B-cubed and pairwise precision, recall and F1 against gold labels.

    Gold labels come with the data (AMiner's <label>) or from a truth file. Per name and
    macro-averaged, beside two baselines computed on the same mentions: one person per name,
    and papers sharing a coauthor name are one person.

    \b
    Examples:
      namesake evaluate
      namesake evaluate --truth ../shared/data/dblp-bib/truth.jsonl --json
      namesake evaluate --name "Feng Liu" --plot f1.png
      namesake evaluate --assignments assignments.jsonl
    """
    labels = read_truth(truth) if truth else None
    mentions = labelled_mentions(app.database(), labels, names)
    if assignments:
        mentions = with_predictions(mentions, read_assignments(assignments))
    result = score_all(mentions, labels)
    if plot:
        plot_f1(result, plot)
    click.echo(json.dumps(to_json(result), indent=2) if as_json else format_table(result))
