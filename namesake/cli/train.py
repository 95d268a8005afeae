"""`namesake train`: learn the merge model from labelled data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from graph.evaluation import read_truth
from graph.learning.reader import train_on_graph
from namesake.cli.context import AppContext, json_option, pass_app, progress


@click.command()
@click.option(
    "--truth",
    "truths",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold labels of the loaded data (repeatable; each file is one labelled corpus). "
    "Default: the labels that came with the data (AMiner's <label>).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("namesake-model.json"),
    show_default=True,
    help="Where to write the model.",
)
@click.option(
    "--seed",
    default=7,
    show_default=True,
    help="Random seed: the same data and seed give the same model.",
)
@json_option
@pass_app
def train(
    app: AppContext, truths: tuple[Path, ...], output: Path, seed: int, as_json: bool
) -> None:
    """Learn the merge model from the labelled mentions of the database.

    Resolves what is not resolved yet (for the seeds), draws examples from the labelled name
    groups, fits a gradient-boosted model, calibrates it and picks its merge threshold by
    cross-validation. Use the model with `namesake --model FILE resolve --full` (or
    NAMESAKE_MODEL=FILE).

    \b
    Examples:
      namesake load ../shared/data/dblp-bib/*.bib
      namesake train --truth ../shared/data/dblp-bib/truth.jsonl -o dblp-model.json
      namesake --model dblp-model.json resolve --full
    """
    model, report = train_on_graph(app.database(), [read_truth(t) for t in truths], seed, progress)
    model.save(output)
    figures = {corpus: round(f1, 4) for corpus, f1 in report.at_threshold().items()}
    if as_json:
        click.echo(
            json.dumps(
                {
                    "model": str(output),
                    "threshold": report.threshold,
                    "examples": report.examples,
                    "positives": report.positives,
                    "cross_validated_b3_f1": figures,
                },
                indent=2,
            )
        )
        return
    click.echo(
        f"Wrote {output}: merge threshold {report.threshold} (cross-validated), "
        f"{report.examples} examples ({report.positives} one person)."
    )
    for corpus, f1 in figures.items():
        click.echo(f"  {corpus}: B3 F1 {f1:.3f} in cross-validation")
