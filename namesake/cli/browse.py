"""`namesake browse [NAME]`: Neo4j Browser with a name's query ready to run."""

from __future__ import annotations

from pathlib import Path

import click

from graph import browser
from namesake.cli.context import AppContext, pass_app, progress


@click.command()
@click.argument("name", required=False)
@click.option(
    "--query",
    type=click.Choice(browser.browsable_queries()),
    help="Query of cypher/queries/ to put in the editor (default: person_subgraph "
    "with a NAME, most_ambiguous_names without).",
)
@click.option("--open", "open_it", is_flag=True, help="Also open the URL in a web browser.")
@click.option(
    "--style",
    is_flag=True,
    help="Print namesake's Browser style (GRASS) for another Neo4j, and nothing else.",
)
@click.option(
    "--browser-url",
    envvar="NAMESAKE_BROWSER_URL",
    help="Browser of the Neo4j given by --uri/NEO4J_URI, e.g. "
    "http://localhost:7474/browser/ (default: the managed server's).",
)
@pass_app
def browse(
    app: AppContext,
    name: str | None,
    query: str | None,
    open_it: bool,
    style: bool,
    browser_url: str | None,
) -> None:
    """Print the Neo4j Browser URL that shows NAME's people, with the login to use.

    The URL opens Browser's login for the database, with the query in the editor: log in,
    then run it (Ctrl+Enter). The managed server is started if needed, and applies namesake's
    graph style on connect. The password is never printed, only the file that holds it.

    \b
    Examples:
      namesake browse "Han Cai"
      namesake browse "Han Cai" --open
      namesake browse "Jun Zhang" --query split_papers_of_name
      namesake browse                      # the most ambiguous names
      namesake browse --style > namesake.grass
    """
    if style:
        click.echo(browser.grass_text(), nl=False)
        click.echo(
            "Drop namesake.grass on Browser's window, or run this in its editor:\n"
            f"{browser.style_command()}",
            err=True,
        )
        return
    chosen = query or browser.default_query(name)
    if browser.needs_name(chosen) and not name:
        raise click.UsageError(f"--query {chosen} is about one name: give NAME.")
    browser_at, bolt, login = _target(app, browser_url)
    url = browser.name_link(browser_at, bolt, login.user, name, chosen)
    click.echo(f"Neo4j Browser, with {chosen} ready in the editor (log in, then Ctrl+Enter):")
    click.echo(f"  {url}")
    click.echo(f"Login: {login.describe()}")
    if open_it:
        click.launch(url)


def _target(app: AppContext, browser_url: str | None) -> tuple[str, str, browser.Login]:
    """The Browser's URL, the Bolt URI it connects to, and the login."""
    c = app.connection
    if not c.is_managed:
        if not browser_url:
            raise click.UsageError(
                "with --uri/NEO4J_URI, give that server's Browser with "
                "--browser-url (e.g. http://localhost:7474/browser/)."
            )
        return browser_url, c.uri or "", browser.Login(c.user)
    status = app.managed().start(progress)
    return (
        browser_url or status.browser,
        status.bolt,
        browser.Login(status.user, Path(status.password_file)),
    )
