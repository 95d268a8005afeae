"""`namesake reset`: empty the database, after saying what will go."""

from __future__ import annotations

import click

from graph.reset import Contents, contents, reset
from graph.wording import counted
from namesake.cli.context import AppContext, pass_app


@click.command(name="reset")
@click.option("--yes", is_flag=True, help="Delete without asking (for scripts).")
@pass_app
def reset_command(app: AppContext, yes: bool) -> None:
    """Empty the database: every node and relationship (papers, mentions, authors, venues,
    the people found, curations) and the GDS graphs in its catalogue. Constraints and
    indexes are kept.

    Says what the database holds and asks first; --yes skips the question. Works on the
    managed server and on NEO4J_URI.

    \b
    Examples:
      namesake reset
      namesake reset --yes
    """
    db = app.database()
    where = _where(app)
    held = contents(db)
    if held.empty:
        click.echo(f"Nothing to delete: {where} is empty.")
        return
    click.echo(f"In {where}: {describe(held)}.")
    if not yes and not click.confirm(
        "Delete all of it (constraints and indexes are kept)?", default=False
    ):
        raise click.ClickException("Nothing was deleted.")
    reset(db)
    click.echo(f"Deleted everything in {where}.")


def _where(app: AppContext) -> str:
    c = app.connection
    server = f"the managed server (home {app.server.home})" if c.is_managed else c.uri
    return f"{f'database {c.database!r}' if c.database else 'the database'} of {server}"


def describe(held: Contents) -> str:
    kinds = [
        counted(held.papers, "paper"),
        counted(held.mentions, "mention"),
        counted(held.authors, "author"),
        counted(held.venues, "venue"),
        counted(held.persons, "person", "persons"),
        counted(held.curations, "curation"),
    ]
    graphs = (
        f", and {counted(len(held.graphs), 'GDS graph')} ({', '.join(held.graphs)})"
        if held.graphs
        else ""
    )
    return (
        f"{', '.join(kinds)} ({counted(held.nodes, 'node')} and "
        f"{counted(held.relationships, 'relationship')} in all){graphs}"
    )
