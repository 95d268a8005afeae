"""`namesake load PATH...`: source files (or the files of directories) into the graph."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from tqdm import tqdm

from graph.errors import NamesakeError
from graph.wording import counted
from loaders import FORMATS
from loaders.bulk import bulk_load, require_managed
from loaders.sources import sources
from loaders.validation import BadRecordPolicy
from loaders.writer import GraphWriter, LoadSummary
from namesake.cli.context import AppContext, pass_app, progress


@click.command()
@click.argument(
    "paths",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, readable=True, path_type=Path),
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    help="The files' format (default: detected from each file). In a directory, only the "
    "files detected in this format are loaded.",
)
@click.option(
    "--max-bad",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    metavar="N",
    help="Skip up to N bad records per file, listing each (file, line, reason) in "
    "<file name>.rejects.jsonl in the current directory; a file with more is not loaded.",
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
    app: AppContext,
    paths: tuple[Path, ...],
    fmt: str | None,
    max_bad: int,
    quiet: bool,
    bulk: bool,
) -> None:
    """Load source files: papers, authors, venues, mentions and coauthorships.

    PATHS are files, or directories: a directory's regular files whose format is detected
    are loaded in name order (not its subdirectories); what is skipped is listed with why.

    Each file is read through before anything is written: a bad record (the message names
    the file, the line and what is wrong) refuses the file and leaves the database as it was,
    unless --max-bad lets it be skipped. Loading a file twice changes nothing; a load that is
    interrupted is completed by loading the file again.

    \b
    Examples:
      namesake load ../shared/data/arrow/han-cai.txt
      namesake load ../shared/data/aminer-dev/
      namesake load dblp.xml.gz --format dblp-xml
      namesake load corpus.jsonl --max-bad 10
      namesake load --bulk corpus.jsonl
    """
    found = sources(paths, fmt)
    for path, why in found.skipped:
        click.echo(f"skipped {path}: {why}", err=True)
    policy = BadRecordPolicy(max_bad, rejects_dir=Path.cwd())
    if bulk:
        _bulk(app, found.files, fmt, policy, quiet)
        return
    writer = GraphWriter(app.database(), policy=policy)
    for index, path in enumerate(found.files):
        with _not_loaded_after(found.files[index + 1 :]):
            summary = _load_one(writer, path, fmt, quiet)
        _report(summary)


def _load_one(writer: GraphWriter, path: Path, fmt: str | None, quiet: bool) -> LoadSummary:
    # disable=None: no bar when stderr is not a terminal (a log or a pipe gets no \r lines)
    with tqdm(
        desc=f"checking {path.name}", unit=" records", disable=True if quiet else None, leave=False
    ) as bar:
        return writer.load(path, fmt, on_progress=lambda s: _advance(bar, s))


def _bulk(
    app: AppContext, paths: list[Path], fmt: str | None, policy: BadRecordPolicy, quiet: bool
) -> None:
    require_managed(app.connection)
    result = bulk_load(
        app.managed(),
        paths,
        fmt,
        progress=(lambda _: None) if quiet else progress,
        policy=policy,
    )
    for summary in result.files:
        _report(summary)
    click.echo(
        f"bulk load: {result.mentions} mentions, {result.coauthor_pairs} coauthor "
        f"pairs in {result.total_seconds:.0f} s"
    )


@contextmanager
def _not_loaded_after(rest: list[Path]) -> Iterator[None]:
    """A file that fails stops the command: say which files were not loaded after it."""
    try:
        yield
    except NamesakeError as error:
        if not rest:
            raise
        raise click.ClickException(
            f"{error}\nNot loaded after it: {counted(len(rest), 'file')} "
            f"({', '.join(p.name for p in rest[:5])}{', ...' if len(rest) > 5 else ''}). "
            "The files before it are loaded; loading them again changes nothing."
        ) from error


def _advance(bar: tqdm, summary: LoadSummary) -> None:
    if summary.stage == "writing" and bar.total is None:
        bar.reset(total=summary.checked)
        bar.set_description(f"writing {Path(summary.path).name}")
    bar.update((summary.checked if summary.stage == "checking" else summary.records) - bar.n)


def _report(summary: LoadSummary) -> None:
    for warning in summary.warnings:
        click.echo(f"warning: {warning}", err=True)
    unlisted = summary.warning_count - len(summary.warnings)
    if unlisted:
        click.echo(f"warning: ... and {counted(unlisted, 'more warning')}", err=True)
    click.echo(describe(summary))


def describe(s: LoadSummary) -> str:
    resumed = " (completed an interrupted load)" if s.resumed else ""
    rejected = f"; {counted(s.rejected, 'bad record')} skipped" if s.rejected else ""
    if s.rejects_path:
        rejected += f", listed in {s.rejects_path}"
    warned = f"; {counted(s.warning_count, 'warning')} (above)" if s.warning_count else ""
    return (
        f"{s.path} [{s.format}]{resumed}: {s.records} records; "
        f"papers {s.papers_added} added, {s.papers_present} already present; "
        f"mentions {s.mentions_added} added, {s.mentions_present} already present; "
        f"authors {s.authors_added} added; venues {s.venues_added} added"
        + (f"; source persons {s.persons_added} added of {s.persons}" if s.persons else "")
        + rejected
        + warned
    )
