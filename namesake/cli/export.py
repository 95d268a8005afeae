"""`namesake export assignments | persons`: the resolution as JSON lines."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

import click

from graph.export import assignment_lines, person_lines, write_lines
from namesake.cli.context import AppContext, pass_app


@click.group()
def export() -> None:
    """Export the resolution as JSON lines.

    \b
    Examples:
      namesake export assignments -o assignments.jsonl
      namesake export assignments --name "Han Cai"
      namesake export persons --name "Jun Zhang" -o people.jsonl
    """


def _selection(command: Callable[..., None]) -> Callable[..., None]:
    """The options every export takes: which names, and where to write."""
    command = click.option(
        "-o",
        "--output",
        type=click.File("w", encoding="utf-8"),
        default="-",
        help="File to write (default: standard output).",
    )(command)
    return click.option("--name", "names", multiple=True, help="Only this name (repeatable).")(
        command
    )


@export.command()
@_selection
@pass_app
def assignments(app: AppContext, names: tuple[str, ...], output: TextIO) -> None:
    """One line per mention: paper id in its source, position, name as written, person, score."""
    count = write_lines(assignment_lines(app.database(), names), output)
    click.echo(f"{count} assignments written.", err=True)


@export.command()
@_selection
@pass_app
def persons(app: AppContext, names: tuple[str, ...], output: TextIO) -> None:
    """One line per person: name variants, paper ids, years, venues and main coauthors."""
    count = write_lines(person_lines(app.database(), names), output)
    click.echo(f"{count} persons written.", err=True)
