"""The `namesake` command line: a thin layer that parses options, calls one library function
and prints. Domain errors become click errors here, and only here."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph import __version__
from graph.errors import NamesakeError
from graph.settings import Connection, ServerSettings
from namesake.cli.browse import browse
from namesake.cli.context import AppContext
from namesake.cli.curate import curate
from namesake.cli.db import db
from namesake.cli.evaluate import evaluate
from namesake.cli.explain import explain
from namesake.cli.export import export
from namesake.cli.load import load
from namesake.cli.persons import persons
from namesake.cli.reset import reset_command
from namesake.cli.resolve import resolve
from namesake.cli.review import review


class NamesakeGroup(click.Group):
    """Turns namesake's own errors into a one-paragraph message and exit code 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except NamesakeError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=NamesakeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="namesake")
@click.option(
    "--uri",
    envvar="NEO4J_URI",
    help="Neo4j to use (bolt:// or neo4j://). Unset: the managed local server, started if needed.",
)
@click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True)
@click.option("--password", envvar="NEO4J_PASSWORD", help="Password for --uri.")
@click.option(
    "--database",
    envvar="NEO4J_DATABASE",
    help="Database name (default: the server's default database).",
)
@click.option(
    "--home",
    envvar="NAMESAKE_HOME",
    type=click.Path(path_type=Path),
    help="The managed server's home (conf, data, logs, password).",
)
@click.pass_context
def main(
    ctx: click.Context,
    uri: str | None,
    user: str,
    password: str | None,
    database: str | None,
    home: Path | None,
) -> None:
    """namesake: turn ambiguous author names into real people.

    \b
    Examples:
      namesake db start
      namesake load ../shared/data/arrow/han-cai.txt
      namesake resolve --name "Han Cai"
      namesake persons "Han Cai"
    """
    server = ServerSettings.defaults().with_overrides(home=home)
    app = AppContext(
        Connection(uri=uri or None, user=user, password=password, database=database), server
    )
    ctx.obj = app
    ctx.call_on_close(app.close)


main.add_command(db)
main.add_command(load)
main.add_command(reset_command)
main.add_command(resolve)
main.add_command(persons)
main.add_command(evaluate)
main.add_command(export)
main.add_command(curate)
main.add_command(explain)
main.add_command(review)
main.add_command(browse)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
