"""The one writer: records become batched `UNWIND $rows` writes.

A file is read twice. First a checking pass (loaders/validation.py) reads every record without
writing: a bad record refuses the file while the database is as it was (or, within --max-bad,
is skipped and listed in a rejects file). Then the write pass writes the records in batches
bounded by rows (papers, authors, mentions; loaders/batches.py), one committed transaction per
batch, under a `:Load` marker that stays 'incomplete' until the end. Every write is a MERGE on
a deterministic key, so re-running an interrupted load completes it without duplicates. The
COAUTHOR recount that follows is batched by coauthor rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph.batches import weighted_batches
from graph.db import Database, Transaction
from graph.teams import MAX_TEAM
from loaders import format_of
from loaders.batches import KINDS, RowBatch, row_batches
from loaders.records import RecordWarning
from loaders.validation import BadRecordPolicy, FileCheck, checked_items

# Rows (papers, venues, authors, mentions, source persons) per write transaction: a batch of
# ordinary papers is about as large as the 2,000-record batches were, and a batch of papers
# with thousands of authors no larger.
BATCH_ROWS = 20_000
# Coauthor rows per COAUTHOR recount transaction, and stale authors read per round.
COAUTHOR_ROWS = 50_000
STALE_AUTHORS_READ = 10_000

_STATEMENTS = {
    "venues": "load/merge_venues",
    "papers": "load/merge_papers",
    "authors": "load/merge_authors",
    "mentions": "load/merge_mentions",
    "persons": "load/merge_source_persons",
}
_DEDUPLICATED = ("venues", "authors")


@dataclass
class LoadSummary:
    """What a load did: records read, nodes added versus already present, bad records
    skipped (and where they are listed), and what the readers warned about."""

    path: str
    format: str
    stage: str = "checking"
    checked: int = 0
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
    rejected: int = 0
    rejects_path: str | None = None
    warnings: list[RecordWarning] = field(default_factory=list)
    warning_count: int = 0

    @property
    def papers_present(self) -> int:
        return self.papers - self.papers_added

    @property
    def mentions_present(self) -> int:
        return self.mentions - self.mentions_added

    def take_check(self, check: FileCheck) -> None:
        self.rejected = len(check.rejects)
        self.rejects_path = str(check.rejects_path) if check.rejects_path else None
        self.warnings, self.warning_count = check.warnings, check.warning_count


ProgressCallback = Callable[[LoadSummary], None]


class GraphWriter:
    """Loads source files into the graph through the database seam."""

    def __init__(
        self,
        db: Database,
        batch_rows: int = BATCH_ROWS,
        max_team: int = MAX_TEAM,
        policy: BadRecordPolicy | None = None,
        coauthor_rows: int = COAUTHOR_ROWS,
    ):
        self.db = db
        self.batch_rows = batch_rows
        self.max_team = max_team
        self.policy = policy or BadRecordPolicy()
        self.coauthor_rows = coauthor_rows

    def ensure_schema(self) -> None:
        self.db.run_script("schema/constraints")

    def load(
        self, path: Path, fmt: str | None = None, on_progress: ProgressCallback = lambda _: None
    ) -> LoadSummary:
        """Load one file; raises InputError (file, line, problem) on bad input, before
        anything is written."""
        fmt = format_of(path, fmt)
        summary = LoadSummary(path=str(path), format=fmt)
        summary.take_check(self._check(path, fmt, summary, on_progress))
        summary.stage = "writing"
        self.ensure_schema()
        self._write_under_marker(path, fmt, summary, on_progress)
        return summary

    def load_all(self, paths: Iterable[Path]) -> list[LoadSummary]:
        """Load files one after the other, each as `load` does (format detected)."""
        return [self.load(path) for path in paths]

    def _check(
        self, path: Path, fmt: str, summary: LoadSummary, on_progress: ProgressCallback
    ) -> FileCheck:
        def checked(count: int) -> None:
            summary.checked = count
            on_progress(summary)

        return FileCheck(path, self.policy).run(checked_items(path, fmt), checked)

    def _write_under_marker(
        self, path: Path, fmt: str, summary: LoadSummary, on_progress: ProgressCallback
    ) -> None:
        key = load_key(path)
        summary.resumed = self.db.query("load/load_status", key=key)[0]["status"] == "incomplete"
        marker = {"key": key, "path": str(path), "format": fmt}
        self.db.execute("load/mark_load", **marker, status="incomplete", records=0)
        # Checked again as it is read: a file that changed since its check is refused, not
        # skipped through (the marker then says the load is incomplete).
        records = FileCheck(path, self.policy).records_of(checked_items(path, fmt))
        for batch in row_batches(records, self.batch_rows):
            self._write_batch(batch, summary)
            on_progress(summary)
        summary.coauthor_pairs = self._derive_coauthors()
        self.db.execute("load/mark_load", **marker, status="complete", records=summary.records)

    def _write_batch(self, batch: RowBatch, summary: LoadSummary) -> None:
        """One transaction (retried as a whole on transient errors, so the counts are the
        committed attempt's)."""

        def write(tx: Transaction) -> dict[str, int]:
            added: dict[str, int] = {}
            for kind in KINDS:
                rows = batch.unique(kind) if kind in _DEDUPLICATED else batch.rows[kind]
                added[kind] = (
                    tx.counters(_STATEMENTS[kind], rows=rows)["nodes_created"] if rows else 0
                )
            return added

        added = self.db.write_transaction(write)
        summary.records += batch.records
        summary.venues_added += added["venues"]
        summary.papers_added += added["papers"]
        summary.authors_added += added["authors"]
        summary.mentions_added += added["mentions"]
        summary.persons_added += added["persons"]
        summary.papers += len(batch.rows["papers"])
        summary.mentions += len(batch.rows["mentions"])
        summary.persons += len(batch.rows["persons"])

    def _derive_coauthors(self) -> int:
        """Recount COAUTHOR for every author the load touched, in transactions of at most
        `coauthor_rows` coauthor rows (an author with more makes one of its own)."""
        pairs = 0
        while stale := self.db.query(
            "load/stale_authors", limit=STALE_AUTHORS_READ, max_team=self.max_team
        ):
            work = {row["key"]: row["pairs"] for row in stale}
            for keys in weighted_batches(work, work, self.coauthor_rows):
                row = self.db.execute("load/derive_coauthors", keys=keys, max_team=self.max_team)
                pairs += row[0]["pairs"]
        return pairs


def load_key(path: Path) -> str:
    """A file's identity for the load marker: where it is, so that re-running the load of a
    file (mended or not) finds the marker its interrupted load left."""
    return hashlib.sha256(str(path.resolve()).encode()).hexdigest()
