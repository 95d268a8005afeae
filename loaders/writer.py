"""The one writer: records become batched `UNWIND $rows` writes.

A file that fits in one transaction (most files) is written in one: a bad record anywhere in it
leaves the database as it was. A larger file is written in committed batches under a `:Load`
marker that stays 'incomplete' until the end; since every write is a MERGE on a deterministic
key, re-running an interrupted load completes it without duplicates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from graph.db import Database, Row, batched
from graph.teams import MAX_TEAM
from loaders import format_of, read_records
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

BATCH_RECORDS = 2000
# Files up to this size are loaded in one transaction (all or nothing); gzip counts 6x.
SINGLE_TRANSACTION_BYTES = 32 * 1024 * 1024
COAUTHOR_BATCH = 5000
Keyed = TypeVar("Keyed", VenueRow, AuthorRow)


class Target(Protocol):
    """Where statements run: one open transaction, or a fresh transaction per call."""

    def run(self, name: str, **params: Any) -> list[Row]: ...

    def counters(self, name: str, **params: Any) -> dict[str, int]: ...


@dataclass
class LoadSummary:
    """What a load did: records read, and nodes added versus already present."""

    path: str
    format: str
    records: int = 0
    papers: int = 0
    papers_added: int = 0
    mentions: int = 0
    mentions_added: int = 0
    authors_added: int = 0
    venues_added: int = 0
    persons: int = 0
    persons_added: int = 0
    coauthor_pairs: int = 0
    resumed: bool = False

    @property
    def papers_present(self) -> int:
        return self.papers - self.papers_added

    @property
    def mentions_present(self) -> int:
        return self.mentions - self.mentions_added


ProgressCallback = Callable[[LoadSummary], None]


class GraphWriter:
    """Loads source files into the graph through the database seam."""

    def __init__(
        self,
        db: Database,
        batch_records: int = BATCH_RECORDS,
        max_team: int = MAX_TEAM,
        single_transaction_bytes: int = SINGLE_TRANSACTION_BYTES,
    ):
        self.db = db
        self.batch_records = batch_records
        self.max_team = max_team
        self.single_transaction_bytes = single_transaction_bytes

    def ensure_schema(self) -> None:
        self.db.run_script("schema/constraints")

    def load(
        self, path: Path, fmt: str | None = None, on_progress: ProgressCallback = lambda _: None
    ) -> LoadSummary:
        """Load one file; raises InputError (file, line, problem) on bad input."""
        fmt = format_of(path, fmt)
        records = read_records(path, fmt)
        summary = LoadSummary(path=str(path), format=fmt)
        self.ensure_schema()
        if self._fits_one_transaction(path):
            with self.db.transaction() as tx:
                self._write_records(tx, records, summary, on_progress)
        else:
            self._write_under_marker(path, fmt, records, summary, on_progress)
        return summary

    def load_all(self, paths: Iterable[Path]) -> list[LoadSummary]:
        """Load files one after the other, each as `load` does (format detected)."""
        return [self.load(path) for path in paths]

    def _fits_one_transaction(self, path: Path) -> bool:
        size = path.stat().st_size * (6 if path.suffix == ".gz" else 1)
        return size <= self.single_transaction_bytes

    def _write_records(
        self,
        target: Target,
        records: Iterable[Record],
        summary: LoadSummary,
        on_progress: ProgressCallback,
    ) -> None:
        for batch in batched(records, self.batch_records):
            self._write_batch(target, _BatchRows.of(batch), summary)
            summary.records += len(batch)
            on_progress(summary)
        summary.coauthor_pairs = self._derive_coauthors(target)

    def _write_under_marker(
        self,
        path: Path,
        fmt: str,
        records: Iterable[Record],
        summary: LoadSummary,
        on_progress: ProgressCallback,
    ) -> None:
        key = load_key(path)
        summary.resumed = self.db.query("load/load_status", key=key)[0]["status"] == "incomplete"
        marker = {"key": key, "path": str(path), "format": fmt}
        self.db.execute("load/mark_load", **marker, status="incomplete", records=0)
        self._write_records(_TransactionPerCall(self.db), records, summary, on_progress)
        self.db.execute("load/mark_load", **marker, status="complete", records=summary.records)

    def _write_batch(self, target: Target, rows: _BatchRows, summary: LoadSummary) -> None:
        def created(name: str, data: Sequence[Mapping[str, object]]) -> int:
            return target.counters(name, rows=data)["nodes_created"] if data else 0

        summary.venues_added += created("load/merge_venues", rows.venues)
        summary.papers_added += created("load/merge_papers", rows.papers)
        summary.authors_added += created("load/merge_authors", rows.authors)
        summary.mentions_added += created("load/merge_mentions", rows.mentions)
        summary.persons_added += created("load/merge_source_persons", rows.persons)
        summary.papers += len(rows.papers)
        summary.mentions += len(rows.mentions)
        summary.persons += len(rows.persons)

    def _derive_coauthors(self, target: Target) -> int:
        """Recount COAUTHOR for every author the load touched, a bounded batch at a time."""
        pairs = 0
        while True:
            row = target.run("load/derive_coauthors", limit=COAUTHOR_BATCH, max_team=self.max_team)[
                0
            ]
            if row["authors"] == 0:
                return pairs
            pairs += row["pairs"]


class _TransactionPerCall:
    """A Target that commits each statement on its own (for files too large for one)."""

    def __init__(self, db: Database):
        self._db = db

    def run(self, name: str, **params: Any) -> list[Row]:
        with self._db.transaction() as tx:
            return tx.run(name, **params)

    def counters(self, name: str, **params: Any) -> dict[str, int]:
        with self._db.transaction() as tx:
            return tx.counters(name, **params)


@dataclass
class _BatchRows:
    venues: list[VenueRow]
    papers: list[PaperRow]
    authors: list[AuthorRow]
    mentions: list[MentionRow]
    persons: list[SourcePersonRow]

    @classmethod
    def of(cls, records: list[Record]) -> _BatchRows:
        rows = cls([], [], [], [], [])
        for record in records:
            rows.add(record)
        rows.venues = _unique(rows.venues)
        rows.authors = _unique(rows.authors)
        return rows

    def add(self, record: Record) -> None:
        if isinstance(record, PaperRecord):
            paper = paper_rows(record)
            self.papers.append(paper.paper)
            self.venues.extend([paper.venue] if paper.venue else [])
            self.authors.extend(paper.authors)
            self.mentions.extend(paper.mentions)
        elif isinstance(record, VenueRecord):
            self.venues.extend(r for r in [venue_row(record)] if r)
        elif isinstance(record, PersonRecord):
            self.authors.extend(source_person_author_rows(record))
            self.persons.append(source_person_row(record))


def _unique(rows: list[Keyed]) -> list[Keyed]:
    """One row per key (the first), so a batch never MERGEs the same key twice."""
    first: dict[object, Keyed] = {}
    for row in rows:
        first.setdefault(row["key"], row)
    return list(first.values())


def load_key(path: Path) -> str:
    """A file's identity for the load marker: where it is, so that re-running the load of a
    file (mended or not) finds the marker its interrupted load left."""
    return hashlib.sha256(str(path.resolve()).encode()).hexdigest()
