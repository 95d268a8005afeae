"""`namesake resolve`: same-name mentions into people."""

from __future__ import annotations

import time

import click

from graph.cli.context import AppContext, progress
from graph.resolution import resolve as run_resolution

pass_app = click.make_pass_decorator(AppContext)


@click.command()
@click.option("--name", "names", multiple=True,
              help="Resolve only the name groups of this name (repeatable). Default: all.")
@pass_app
def resolve(app: AppContext, names: tuple[str, ...]) -> None:
    """Resolve author mentions into people, for every name or the ones given.

    Re-running recomputes the resolution; a person keeps its id while it keeps most of its
    mentions, and an interrupted run is finished by running again.

    \b
    Examples:
      namesake resolve
      namesake resolve --name "Han Cai" --name "Jun Zhang"
    """
    started = time.perf_counter()
    s = run_resolution(app.database(), names, progress=progress)
    click.echo(f"Resolved {s.mentions} mentions in {s.groups} name groups into {s.persons} "
               f"people ({s.multi_person_groups} groups hold more than one person) from "
               f"{s.seeds} evidence seeds and {s.evidence_links} evidence links, in "
               f"{time.perf_counter() - started:.1f} s.")
