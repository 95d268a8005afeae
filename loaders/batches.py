"""Batches whose size is bounded by rows, not records: one transaction per batch, so that a
paper of 3,000 authors, or a file of such papers, never makes a transaction larger than the
bound. Pure functions, tested without Neo4j.

A record's rows come in the order their statements need them (a venue before the papers
published in it, a paper and an author before the mention joining them, authors before the
source person naming them), and the writer runs each batch's statements in that order too.
So a record's rows may be split over consecutive batches: the earlier batch is committed
first, and a later one finds what it needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from loaders.records import PaperRecord, PersonRecord, Record, VenueRecord
from loaders.rows import (
    AuthorRow,
    MentionRow,
    PaperRow,
    SourcePersonRow,
    VenueRow,
    paper_rows,
    source_person_author_rows,
    source_person_row,
    venue_row,
)

Row = PaperRow | VenueRow | AuthorRow | MentionRow | SourcePersonRow
KINDS = ("venues", "papers", "authors", "mentions", "persons")  # the order statements run in


@dataclass
class RowBatch:
    """The rows of one transaction, by kind; `records` counts the records it completes."""

    rows: dict[str, list[Row]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    records: int = 0
    size: int = 0

    def add(self, kind: str, row: Row) -> None:
        self.rows[kind].append(row)
        self.size += 1

    def unique(self, kind: str) -> list[Row]:
        """One row per key (the first), so that a statement never MERGEs one key twice."""
        first: dict[object, Row] = {}
        for row in self.rows[kind]:
            first.setdefault(row["key"], row)
        return list(first.values())


def record_rows(record: Record) -> Iterator[tuple[str, Row]]:
    """(kind, row) for everything a record writes, what a row needs coming before it."""
    if isinstance(record, PaperRecord):
        paper = paper_rows(record)
        if paper.venue:
            yield "venues", paper.venue
        yield "papers", paper.paper
        for author, mention in zip(paper.authors, paper.mentions, strict=True):
            yield "authors", author
            yield "mentions", mention
    elif isinstance(record, VenueRecord):
        venue = venue_row(record)
        if venue:
            yield "venues", venue
    elif isinstance(record, PersonRecord):
        for author in source_person_author_rows(record):
            yield "authors", author
        yield "persons", source_person_row(record)


def row_batches(records: Iterable[Record], max_rows: int) -> Iterator[RowBatch]:
    """The records' rows in batches of at most `max_rows` rows (a record may span batches)."""
    if max_rows < 1:
        raise ValueError(f"max_rows must be at least 1, not {max_rows}")
    batch = RowBatch()
    for record in records:
        for kind, row in record_rows(record):
            if batch.size >= max_rows:
                yield batch
                batch = RowBatch()
            batch.add(kind, row)
        batch.records += 1
    if batch.size or batch.records:
        yield batch
