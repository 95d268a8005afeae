"""`namesake persons NAME`: the people found under a name."""

from __future__ import annotations

import json

import click

from graph.export import PersonExport, person_records
from graph.wording import counted
from namesake.cli.context import AppContext, json_option, pass_app


@click.command()
@click.argument("name")
@json_option
@pass_app
def persons(app: AppContext, name: str, as_json: bool) -> None:
    """The people found under NAME, with their papers, venues, years and main coauthors.

    \b
    Examples:
      namesake persons "Han Cai"
      namesake persons "Jun Zhang" --json
    """
    people = list(person_records(app.database(), [name]))
    if as_json:
        click.echo(json.dumps(people, indent=2, ensure_ascii=False))
        return
    click.echo(f"{len(people)} people under {name!r}:")
    for person in sorted(people, key=lambda p: -len(p["papers"])):
        click.echo(_describe(person))


def _describe(person: PersonExport) -> str:
    years = f"{person['first_year']}-{person['last_year']}" if person["first_year"] else "?"
    papers = counted(len(person["papers"]), "paper")
    lines = [
        f"\n{person['name']}  [{person['id']}]  {papers}, {years}, "
        f"weakest assignment {person['score']:.2f}",
        f"  written as: {', '.join(person['variants'])}",
        f"  venues: {', '.join(v for v in person['venues'][:6] if v)}",
        "  coauthors: "
        + ", ".join(f"{c['name']} ({c['papers']})" for c in person["coauthors"][:6]),
    ]
    lines += [f"  {w['year'] or '    '}  {w['title']}  ({w['score']:.2f})" for w in person["works"]]
    return "\n".join(lines)
