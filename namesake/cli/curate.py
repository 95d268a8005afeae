"""`namesake curate`: a curator's corrections, honoured by every later resolution."""

from __future__ import annotations

import getpass
import json

import click

from graph import curation
from namesake.cli.context import AppContext, json_option, pass_app

who_option = click.option(
    "--who",
    default=getpass.getuser,
    show_default="your user name",
    help="Who makes the correction (kept with it).",
)
why_option = click.option("--why", help="Why (kept with it).")


@click.group()
def curate() -> None:
    """Correct the resolution: merge, split, move a paper, pin; undo; list.

    Each correction is kept in the graph with who, when and why, applied at once, and honoured
    by every later `namesake resolve`. One that contradicts an active correction is refused.

    \b
    Examples:
      namesake curate merge p-1f2e3d4c5b6a7980 p-0a1b2c3d4e5f6789 --why "same ORCID on her homepage"
      namesake curate split p-1f2e3d4c5b6a7980 --paper 27564 --paper 27565
      namesake curate move --paper 27564 --name "Feng Liu" --to p-0a1b2c3d4e5f6789
      namesake curate pin --paper 27564 --name "Feng Liu"
      namesake curate undo c-3f9a1b2c4d
      namesake curate list
    """


@curate.command("merge")
@click.argument("first")
@click.argument("second")
@who_option
@why_option
@pass_app
def merge_command(app: AppContext, first: str, second: str, who: str, why: str | None) -> None:
    """Persons FIRST and SECOND are one person."""
    _report(curation.merge(app.database(), first, second, who, why, app.model()))


@curate.command("split")
@click.argument("person")
@click.option(
    "--paper",
    "papers",
    multiple=True,
    required=True,
    help="A paper (id in its source) to move to the new person (repeatable).",
)
@who_option
@why_option
@pass_app
def split_command(
    app: AppContext, person: str, papers: tuple[str, ...], who: str, why: str | None
) -> None:
    """Split PERSON: the given papers become another person."""
    _report(curation.split(app.database(), person, papers, who, why, app.model()))


@curate.command("move")
@click.option("--paper", required=True, help="The paper (id in its source).")
@click.option("--name", required=True, help="The author name on that paper.")
@click.option("--to", "person", required=True, help="The person it belongs to.")
@who_option
@why_option
@pass_app
def move_command(
    app: AppContext, paper: str, name: str, person: str, who: str, why: str | None
) -> None:
    """Move one paper's mention to another person."""
    _report(curation.move(app.database(), paper, name, person, who, why, app.model()))


@curate.command("pin")
@click.option("--paper", required=True, help="The paper (id in its source).")
@click.option("--name", required=True, help="The author name on that paper.")
@who_option
@why_option
@pass_app
def pin_command(app: AppContext, paper: str, name: str, who: str, why: str | None) -> None:
    """Pin a mention to the person it has now."""
    _report(curation.pin(app.database(), paper, name, who, why, app.model()))


@curate.command("undo")
@click.argument("curation_id")
@who_option
@pass_app
def undo_command(app: AppContext, curation_id: str, who: str) -> None:
    """Undo a correction (it stays on record, inactive)."""
    _report(curation.undo(app.database(), curation_id, who, app.model()))


@curate.command("list")
@json_option
@pass_app
def list_command(app: AppContext, as_json: bool) -> None:
    """Every correction, newest first."""
    rows = curation.list_curations(app.database())
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("No corrections yet.")
    for row in rows:
        state = "active" if row["active"] else "undone"
        click.echo(
            f"{row['id']}  {row['at'][:19]}  {row['who']}  {state}  {row['summary']}"
            + (f"  ({row['why']})" if row["why"] else "")
        )


def _report(correction: curation.Correction) -> None:
    click.echo(f"{correction.id}: {correction.summary}. Re-resolved the names it touches.")
