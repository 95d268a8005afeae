"""`namesake load PATH...`: source files into the graph."""

from __future__ import annotations

from pathlib import Path

import click
from tqdm import tqdm

from loaders import FORMATS
from loaders.bulk import bulk_load, require_managed
from loaders.writer import GraphWriter, LoadSummary
from namesake.cli.context import AppContext, pass_app, progress


@click.command()
@click.argument(
    "paths",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False, readable=True, path_type=Path),
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    help="The files' format (default: detected from each file).",
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--bulk",
    is_flag=True,
    help="First load of a large corpus into a new, empty database: write CSV files "
    "and run neo4j-admin database import (managed server only; it is stopped "
    "during the import and started again). Later loads go without --bulk.",
)
@pass_app
def load(
    app: AppContext, paths: tuple[Path, ...], fmt: str | None, quiet: bool, bulk: bool
) -> None:
    """Load source files: papers, authors, venues, mentions and coauthorships.

    Loading a file twice changes nothing. A file that fails leaves the database as it was
    before it (a very large file is completed by loading it again).

    \b
    Examples:
      namesake load ../shared/data/arrow/han-cai.txt
      namesake load ../shared/data/aminer-dev/*.xml
      namesake load dblp.xml.gz --format dblp-xml
      namesake load --bulk corpus.jsonl
    """
    if bulk:
        require_managed(app.connection)
        result = bulk_load(
            app.managed(), paths, fmt, progress=(lambda _: None) if quiet else progress
        )
        for summary in result.files:
            click.echo(describe(summary))
        click.echo(
            f"bulk load: {result.mentions} mentions, {result.coauthor_pairs} coauthor "
            f"pairs in {result.total_seconds:.0f} s"
        )
        return
    writer = GraphWriter(app.database())
    for path in paths:
        # disable=None: no bar when stderr is not a terminal (a log or a pipe gets no \r lines)
        with tqdm(
            desc=path.name, unit=" records", disable=True if quiet else None, leave=False
        ) as bar:
            summary = writer.load(path, fmt, on_progress=lambda s: _advance(bar, s))
        click.echo(describe(summary))


def _advance(bar: tqdm, summary: LoadSummary) -> None:
    bar.update(summary.records - bar.n)


def describe(s: LoadSummary) -> str:
    resumed = " (completed an interrupted load)" if s.resumed else ""
    return (
        f"{s.path} [{s.format}]{resumed}: {s.records} records; "
        f"papers {s.papers_added} added, {s.papers_present} already present; "
        f"mentions {s.mentions_added} added, {s.mentions_present} already present; "
        f"authors {s.authors_added} added; venues {s.venues_added} added"
        + (f"; source persons {s.persons_added} added of {s.persons}" if s.persons else "")
    )
