"""`namesake db start | stop | status`: the managed local Neo4j."""

from __future__ import annotations

import json

import click

from graph.server import Status
from namesake.cli.context import AppContext, json_option, pass_app, progress


@click.group()
def db() -> None:
    """The managed local Neo4j (with GDS, APOC and Browser).

    \b
    Examples:
      namesake db start                  # memory sized from the machine and the store
      namesake db start --bolt-port 17687 --heap 4g
      namesake db status --json
      namesake db stop
    """


@db.command()
@click.option("--bolt-port", type=int, envvar="NAMESAKE_BOLT_PORT", help="Bolt port on 127.0.0.1.")
@click.option("--http-port", type=int, envvar="NAMESAKE_HTTP_PORT", help="HTTP/Browser port.")
@click.option("--heap", envvar="NAMESAKE_HEAP", help="JVM heap, e.g. 4g (default: sized).")
@click.option(
    "--pagecache", envvar="NAMESAKE_PAGECACHE", help="Page cache, e.g. 2g (default: sized)."
)
@click.option(
    "--tx-memory",
    envvar="NAMESAKE_TX_MEMORY",
    help="Memory of all transactions at once, e.g. 3g (default: 70% of the heap).",
)
@click.option(
    "--timeout",
    type=float,
    envvar="NAMESAKE_STARTUP_TIMEOUT",
    help="Seconds to wait for the server to answer.",
)
@pass_app
def start(
    app: AppContext,
    bolt_port: int | None,
    http_port: int | None,
    heap: str | None,
    pagecache: str | None,
    tx_memory: str | None,
    timeout: float | None,
) -> None:
    """Build (first use) and start the server; a running server is left alone.

    Heap, page cache and transaction memory not given are sized from the machine's RAM and
    the store as `neo4j-admin server memory-recommendation` does, leaving a third of the RAM
    to namesake's own process and other work; what was chosen, and why, is printed."""
    app.server = app.server.with_overrides(
        bolt_port=bolt_port,
        http_port=http_port,
        heap=heap,
        pagecache=pagecache,
        tx_memory=tx_memory,
        startup_timeout=timeout,
    )
    status = app.managed().start(progress)
    click.echo(_describe(status))


@db.command()
@pass_app
def stop(app: AppContext) -> None:
    """Stop the server cleanly and wait for it to exit."""
    if app.managed().stop():
        click.echo("Neo4j stopped.")
    else:
        click.echo("Neo4j is not running; nothing to stop.")


@db.command()
@json_option
@pass_app
def status(app: AppContext, as_json: bool) -> None:
    """Whether the server runs, its URLs, versions, memory and log."""
    result = app.managed().status()
    click.echo(json.dumps(result.to_dict(), indent=2) if as_json else _describe(result))


def _describe(status: Status) -> str:
    if not status.running:
        return f"Neo4j is not running (home {status.home}; log {status.log})."
    v = status.versions
    return "\n".join(
        [
            f"Neo4j {v.get('neo4j')} {v.get('edition', '')} running (pid {status.pid}, "
            f"{status.memory_mb} MB resident)",
            f"  GDS {v.get('gds')}, APOC {v.get('apoc')}",
            f"  bolt     {status.bolt}",
            f"  browser  {status.browser}  "
            f"(user {status.user}, password in {status.password_file})",
            f"  home     {status.home}",
            f"  log      {status.log}",
            *_memory_lines(status.memory),
        ]
    )


def _memory_lines(memory: dict[str, object]) -> list[str]:
    """What the server was started with, and why: one line each."""
    why = memory.get("why")
    if not isinstance(why, list):
        return []
    return [f"  memory   {line}" for line in why]
