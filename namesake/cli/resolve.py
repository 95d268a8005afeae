"""`namesake resolve`: same-name mentions into people."""

from __future__ import annotations

import time

import click

from graph.resolution import resolve as run_resolution
from graph.wording import counted
from namesake.cli.context import AppContext, pass_app, progress


@click.command()
@click.option(
    "--name",
    "names",
    multiple=True,
    help="Resolve only the name groups of this name (repeatable). Default: all.",
)
@click.option(
    "--full",
    is_flag=True,
    help="Resolve every name group again, not only the ones new data touched.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="Processes that merge name groups side by side; 0 merges in this one. Default: one "
    "per core when there are 20,000 seeds or more to merge, else 0.",
)
@pass_app
def resolve(app: AppContext, names: tuple[str, ...], full: bool, workers: int | None) -> None:
    """Resolve author mentions into people: the names given, or every name group new data
    touched since the last run (all of them the first time, or with --full).

    A person keeps its id while it keeps most of its mentions; curators' corrections are
    honoured; an interrupted run is finished by running again.

    \b
    Examples:
      namesake resolve
      namesake resolve --name "Han Cai" --name "Jun Zhang"
      namesake resolve --full
    """
    started = time.perf_counter()
    s = run_resolution(
        app.database(), names, full=full, progress=progress, model=app.model(), workers=workers
    )
    if not s.groups:
        click.echo("Nothing new to resolve (use --full to resolve everything again).")
        return
    held = "1 group holds" if s.multi_person_groups == 1 else f"{s.multi_person_groups} groups hold"
    click.echo(
        f"Resolved {counted(s.mentions, 'mention')} in {counted(s.groups, 'name group')} "
        f"into {counted(s.persons, 'person', 'people')} ({held} more than one person) "
        f"from {counted(s.seeds, 'evidence seed')} and "
        f"{counted(s.evidence_links, 'evidence link')}, in "
        f"{time.perf_counter() - started:.1f} s."
    )
