"""The bulk path: the first load of a large corpus into a new, empty database of the managed
server, through Neo4j's own `neo4j-admin database import full`.

It writes the graph the online path (writer.py, cypher/load/) would write, property for
property, so that later online loads and the resolution cannot tell the difference:

1. Spool (spool.py): records become rows with the online path's keys, in one raw file per
   node kind.
2. Sort (merge.py): coreutils `sort` orders each raw file by key, then sequence, on disk
   (LC_ALL=C, a bounded buffer): memory stays flat however large the input.
3. Merge (merge.py): one streaming pass per kind coalesces each key's rows as the online MERGE
   statements do, into the CSV files neo4j-admin reads (csvfiles.py; a large load merges its
   mention rows in a second process, beside the other kinds); COAUTHOR is counted from sorted
   (paper, author) lines under the online path's team-size rule.
4. Import (admin.py): the server is stopped, its (empty) store moved aside, neo4j-admin run
   from the assembled server, and the server started again; if the import fails, the empty
   store is put back.
5. Finish: the schema (cypher/schema/constraints.cypher), waiting until its indexes are
   online (they are populated in the background, and a statement planned before that scans
   labels and keeps the plan), the empty lists CSV cannot express, and the :Load markers
   (written 'incomplete' by the import) turned 'complete'.

A bad record stops the load in step 1, before the database is touched (InputError names the
file and line), unless the bad-record policy skips it (loaders/validation.py). The bulk path
refuses a database that holds anything, and any server other than the managed one (neo4j-admin
needs the server's files).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import ConfigError, ServerError
from graph.server import ManagedServer
from graph.settings import Connection
from graph.teams import MAX_TEAM
from loaders import format_of
from loaders.bulk.admin import DATABASE, run_import
from loaders.bulk.merge import merge_all
from loaders.bulk.spool import spool
from loaders.validation import BadRecordPolicy
from loaders.writer import LoadSummary, load_key

INDEX_TIMEOUT = 3600  # seconds to wait for the schema's indexes to come online

Progress = Callable[[str], None]


@dataclass
class BulkSummary:
    """What a bulk load did: one LoadSummary per file, the totals, and seconds per phase."""

    files: list[LoadSummary]
    coauthor_pairs: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def mentions(self) -> int:
        return sum(s.mentions for s in self.files)

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


def require_managed(connection: Connection) -> None:
    """The bulk path writes the managed server's store files: refuse any other target."""
    if not connection.is_managed:
        raise ConfigError(
            f"--bulk imports into the files of the managed server, but NEO4J_URI "
            f"(--uri) names {connection.uri}. Unset NEO4J_URI to fill the managed "
            "server, or load without --bulk (the online path works with any Neo4j)."
        )
    if connection.database not in (None, DATABASE):
        raise ConfigError(
            f"--bulk fills the managed server's database {DATABASE!r}, not "
            f"{connection.database!r}: unset NEO4J_DATABASE (--database)."
        )


def bulk_load(
    server: ManagedServer,
    paths: Sequence[Path],
    fmt: str | None = None,
    *,
    max_team: int = MAX_TEAM,
    heap: str = "1g",
    off_heap: str = "2g",
    progress: Progress = lambda _: None,
    policy: BadRecordPolicy | None = None,
) -> BulkSummary:
    """Load `paths` into the managed server's empty database with neo4j-admin import; bad
    records as `policy` says (strict by default)."""
    unique = {Path(p).resolve(): Path(p) for p in reversed(paths)}  # a file given twice: once
    paths = [unique[p] for p in dict.fromkeys(Path(p).resolve() for p in paths)]
    formats = [format_of(p, fmt) for p in paths]
    _require_empty(server, progress)
    work = Path(tempfile.mkdtemp(prefix="bulk-", dir=server.settings.home / "import"))
    summary = BulkSummary(
        [LoadSummary(path=str(p), format=f) for p, f in zip(paths, formats, strict=True)]
    )
    try:
        with _timed(summary, "read"):
            spool(paths, formats, work, summary.files, progress, policy)
        with _timed(summary, "sort_merge"):
            files, summary.coauthor_pairs = merge_all(work, summary.files, max_team, progress)
        with _timed(summary, "import"):
            run_import(server, work, files, heap, off_heap, progress)
        with _timed(summary, "finish"):
            _finish(server, summary, progress)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return summary


def _require_empty(server: ManagedServer, progress: Progress) -> None:
    with server.connect(progress) as db:
        nodes = db.query("admin/count_nodes")[0]["nodes"]
    if nodes:
        raise ServerError(
            f"the managed database (home {server.settings.home}) holds {nodes} nodes; --bulk "
            "only fills a new, empty database. Load without --bulk to add to it (the online "
            "path), or bulk-load into a fresh home (namesake --home NEW_DIR load --bulk ...)."
        )


@contextmanager
def _timed(summary: BulkSummary, phase: str) -> Iterator[None]:
    start = time.monotonic()
    yield
    summary.seconds[phase] = round(time.monotonic() - start, 2)


def _finish(server: ManagedServer, summary: BulkSummary, progress: Progress) -> None:
    with server.connect_running() as db:
        progress("Creating constraints and indexes...")
        db.run_script("schema/constraints")
        db.execute_autocommit("load/await_indexes", seconds=INDEX_TIMEOUT)
        db.execute_autocommit("load/fill_empty_lists")
        for s in summary.files:
            db.execute(
                "load/mark_load",
                key=load_key(Path(s.path)),
                path=s.path,
                format=s.format,
                status="complete",
                records=s.records,
            )
    if summary.files:
        summary.files[-1].coauthor_pairs = summary.coauthor_pairs
