"""`namesake review`: the assignments a curator should check first."""

from __future__ import annotations

import json

import click

from graph.review import review_queue
from graph.wording import titled
from namesake.cli.context import AppContext, json_option, pass_app


@click.command()
@click.option("--name", "names", multiple=True, help="Only this name (repeatable).")
@click.option("--limit", default=20, show_default=True, help="Rows per list.")
@json_option
@pass_app
def review(app: AppContext, names: tuple[str, ...], limit: int, as_json: bool) -> None:
    """The lowest-score assignments, and the people one weak merge holds together.

    \b
    Examples:
      namesake review
      namesake review --name "Jun Zhang" --limit 50 --json
    """
    queue = review_queue(app.database(), names, limit)
    if as_json:
        click.echo(json.dumps(queue, indent=2, default=str))
        return
    click.echo("Lowest-score assignments:")
    for row in queue["lowest_scores"]:
        click.echo(
            f"  {row['score']:.2f}  {row['name']} on {row['paper']} -> {row['person']} "
            f"({row['person_mentions']} mentions): {titled(row['title'])}"
        )
    click.echo(
        f"\nPeople held together by a weak merge (probability less than "
        f"{queue['margin']:g} above what the merge model needs):"
    )
    for weak in queue["weak_persons"]:
        click.echo(
            f"  {weak['weakest']:.2f} (needs {weak['threshold']:.2f})  {weak['person']} "
            f"{weak['name']}: {weak['joined']} of {weak['mentions']} mentions joined by "
            f"merges"
        )
