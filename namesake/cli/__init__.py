"""The `namesake` command line: a thin layer that parses options, calls one library function
and prints. Domain errors become click errors here, and only here."""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

import click

from graph import __version__
from graph.errors import HEAP_SETTING, MEMORY_FIXES, NamesakeError, ServerError
from graph.settings import Connection, ServerSettings, default_log_dir
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
from namesake.cli.train import train


class NamesakeGroup(click.Group):
    """Turns namesake's own errors into a one-paragraph message and exit code 1, and any other
    error into one line naming a log file that holds its traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except NamesakeError as exc:
            raise click.ClickException(_explained(exc, ctx.obj)) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            raise click.ClickException(_unexpected(exc, ctx)) from exc


def _explained(exc: NamesakeError, app: object) -> str:
    """The error's message; a lost managed server that died of a full heap says so."""
    if (
        isinstance(exc, ServerError)
        and isinstance(app, AppContext)
        and app.connection.is_managed
        and app.managed().died_of_memory()
    ):
        log = app.managed().log_path
        return f"{exc} Neo4j stopped because its heap ran out ({log}). {MEMORY_FIXES[HEAP_SETTING]}"
    return str(exc)


def _unexpected(exc: Exception, ctx: click.Context) -> str:
    """Write the traceback to a log file of its own; one line saying what broke and where the
    traceback is."""
    what = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
    try:
        log = _write_traceback(exc, ctx)
    except OSError as failed:
        return f"unexpected error {what} (its traceback could not be written: {failed})"
    return f"unexpected error {what}; the traceback is in {log}"


def _write_traceback(exc: Exception, ctx: click.Context) -> Path:
    logs = default_log_dir()
    logs.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = logs / f"error-{stamp}-{os.getpid()}.log"
    command = " ".join(["namesake", *sys.argv[1:]]) if sys.argv else ctx.command_path
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    path.write_text(
        f"namesake {__version__}, {time.strftime('%Y-%m-%d %H:%M:%S')}\n{command}\n\n{text}",
        encoding="utf-8",
    )
    return path


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
@click.option(
    "--model",
    envvar="NAMESAKE_MODEL",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The merge model file to resolve with (from `namesake train`). Unset: the model "
    "shipped with namesake.",
)
@click.pass_context
def main(
    ctx: click.Context,
    uri: str | None,
    user: str,
    password: str | None,
    database: str | None,
    home: Path | None,
    model: Path | None,
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
        Connection(uri=uri or None, user=user, password=password, database=database),
        server,
        model,
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
main.add_command(train)
main.add_command(browse)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
