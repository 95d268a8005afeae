"""`namesake load PATH...`: source files into the graph."""

from __future__ import annotations

from pathlib import Path

import click
from tqdm import tqdm

from graph.cli.context import AppContext
from loaders import FORMATS
from loaders.writer import GraphWriter, LoadSummary

pass_app = click.make_pass_decorator(AppContext)


@click.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, readable=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)),
              help="The files' format (default: detected from each file).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@pass_app
def load(app: AppContext, paths: tuple[Path, ...], fmt: str | None, quiet: bool) -> None:
    """Load source files: papers, authors, venues, mentions and coauthorships.

    Loading a file twice changes nothing. A file that fails leaves the database as it was
    before it (a very large file is completed by loading it again).

    \b
    Examples:
      namesake load ../shared/data/arrow/han-cai.txt
      namesake load ../shared/data/aminer-dev/*.xml
      namesake load dblp.xml.gz --format dblp-xml
    """
    writer = GraphWriter(app.database())
    for path in paths:
        with tqdm(desc=path.name, unit=" records", disable=quiet, leave=False) as bar:
            summary = writer.load(path, fmt, on_progress=lambda s: _advance(bar, s))
        click.echo(describe(summary))


def _advance(bar: tqdm, summary: LoadSummary) -> None:
    bar.update(summary.records - bar.n)


def describe(s: LoadSummary) -> str:
    resumed = " (completed an interrupted load)" if s.resumed else ""
    return (f"{s.path} [{s.format}]{resumed}: {s.records} records; "
            f"papers {s.papers_added} added, {s.papers_present} already present; "
            f"mentions {s.mentions_added} added, {s.mentions_present} already present; "
            f"authors {s.authors_added} added; venues {s.venues_added} added"
            + (f"; source persons {s.persons_added} added of {s.persons}" if s.persons else ""))
