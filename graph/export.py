"""Exports: the resolution as JSON lines, for downstream use (read only)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO, TypedDict, cast

from graph.db import Database
from graph.lookup import groups_of_names

TOP_COAUTHORS = 10


class Assignment(TypedDict):
    """A row of `export/assignments`: one mention and its person (DESIGN.md's format)."""

    paper: str
    position: int | None
    name: str
    person: str
    score: float


class Work(TypedDict):
    id: str
    title: str
    year: int | None
    venue: str | None
    score: float


class Coauthor(TypedDict):
    name: str
    papers: int  # shared with the person


class PersonExport(TypedDict):
    """A row of `export/persons`: one person with its papers, venues and main coauthors."""

    id: str
    name: str
    score: float
    variants: list[str]
    papers: list[str]
    works: list[Work]
    first_year: int | None
    last_year: int | None
    venues: list[str]
    coauthors: list[Coauthor]


def assignment_lines(db: Database, names: Iterable[str] = ()) -> Iterator[str]:
    """One JSON line per mention: paper, position, name, person, score (DESIGN.md)."""
    groups = groups_of_names(db, names)
    rows = cast(Iterator[Assignment], db.stream("export/assignments", groups=groups))
    for row in rows:
        yield json.dumps(row, ensure_ascii=False)


def person_records(db: Database, names: Iterable[str] = ()) -> Iterator[PersonExport]:
    """One record per person: name, variants, papers (with titles), years, venues, coauthors."""
    groups = groups_of_names(db, names)
    rows = db.stream("export/persons", groups=groups, top=TOP_COAUTHORS)
    yield from cast(Iterator[PersonExport], rows)


def person_lines(db: Database, names: Iterable[str] = ()) -> Iterator[str]:
    for record in person_records(db, names):
        yield json.dumps(record, ensure_ascii=False)


def write_lines(lines: Iterable[str], out: TextIO) -> int:
    count = 0
    for line in lines:
        out.write(line + "\n")
        count += 1
    return count
