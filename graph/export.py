"""Exports: the resolution as JSON lines, for downstream use (read only)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from graph.db import Database
from graph.lookup import groups_of_names

TOP_COAUTHORS = 10


def assignment_lines(db: Database, names: Iterable[str] = ()) -> Iterator[str]:
    """One JSON line per mention: paper, position, name, person, score (DESIGN.md)."""
    groups = groups_of_names(db, names)
    for row in db.stream("export/assignments", groups=groups):
        yield json.dumps(row, ensure_ascii=False)


def person_records(db: Database, names: Iterable[str] = ()) -> Iterator[dict[str, Any]]:
    """One record per person: name, variants, papers (with titles), years, venues, coauthors."""
    groups = groups_of_names(db, names)
    yield from db.stream("export/persons", groups=groups, top=TOP_COAUTHORS)


def person_lines(db: Database, names: Iterable[str] = ()) -> Iterator[str]:
    for record in person_records(db, names):
        yield json.dumps(record, ensure_ascii=False)


def write_lines(lines: Iterable[str], out: TextIO) -> int:
    count = 0
    for line in lines:
        out.write(line + "\n")
        count += 1
    return count
