"""The bulk path: the first load of a large corpus into a new, empty database of the managed
server, through Neo4j's own `neo4j-admin database import full`.

It writes the graph the online path (writer.py, cypher/load/) would write, property for
property, so that later online loads and the resolution cannot tell the difference:

1. Spool: records become rows (loaders/rows.py, the same keys) appended to one raw file per
   node kind, one line per row: `<escaped key> TAB <sequence> TAB <JSON values>`.
2. Sort: coreutils `sort` orders each raw file by key, then sequence, on disk
   (LC_ALL=C, a bounded buffer): memory stays flat however large the input.
3. Merge: one streaming pass per kind reads each key's rows together and coalesces them as the
   online MERGE statements do: the first row's properties win, a gold label (`truth`) is the
   last one given, a venue gathers its first title and every source id, a relationship is
   written once per distinct pair (PUBLISHED_IN with the year of the first row naming it).
   It writes the node and relationship CSV files, with neo4j-admin headers and one ID space
   per label. COAUTHOR is computed the same way: (paper, author) lines are sorted (-u), every
   paper of at most `max_team` authors gives its author pairs, and the sorted pairs are counted
   (measured faster than running derive_coauthors.cypher after the import; see
   `coauthors="cypher"`, which marks the authors :CoauthorsStale and derives afterwards).
4. Import: the server is stopped, its (empty) store moved aside, `neo4j-admin database import
   full` run from the assembled server on the CSV files, and the server started again; if the
   import fails, the empty store is put back.
5. Finish: the schema (cypher/schema/constraints.cypher), waiting until its indexes are
   online (they are populated in the background, and a statement planned before that scans
   labels and keeps the plan), the empty lists CSV cannot express, and the :Load markers
   (written 'incomplete' by the import) turned 'complete'.

A bad record stops the load in step 1, before the database is touched (InputError names the
file and line). The bulk path refuses a database that holds anything, and any server other than
the managed one (neo4j-admin needs the server's files).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from graph.errors import ConfigError, InputError, ServerError
from graph.server import ManagedServer, build
from graph.settings import Connection
from loaders import detect_format, read_records
from loaders.records import PaperRecord, PersonRecord, Record, VenueRecord
from loaders.rows import (
    paper_rows,
    source_person_author_rows,
    source_person_row,
    venue_row,
)
from loaders.writer import MAX_TEAM, LoadSummary, check_format, load_key

DATABASE = "neo4j"
ARRAY_DELIMITER = "\x1f"  # between list items; ";" (neo4j-admin's default) is in keywords
SORT_BUFFER = "256M"
ADMIN_ENTRY_POINT = "org.neo4j.server.startup.Neo4jAdminCommand"
COAUTHOR_BATCH = 5000
INDEX_TIMEOUT = 3600  # seconds to wait for the schema's indexes to come online
KINDS = ("paper", "venue", "author", "mention", "person")

NODE_FILES = {  # file stem: (labels, header); the first column is the key, the node's ID
    "papers": ("Paper", ["key:ID(Paper)", "source", "source_id", "title", "year:long", "doi",
                         "kind", "keywords:string[]", "abstract", "authors_cut:boolean",
                         "author_count:long"]),
    "venues": ("Venue", ["key:ID(Venue)", "name", "title", "source_ids:string[]"]),
    "authors": ("Author", ["key:ID(Author)", "name", "base_key", "suffix", "block"]),
    "authors_stale": ("Author:CoauthorsStale",
                      ["key:ID(Author)", "name", "base_key", "suffix", "block"]),
    "mentions": ("Mention", ["key:ID(Mention)", "position:long", "name", "block",
                             "affiliation", "orcid", "email", "truth"]),
    "source_persons": ("SourcePerson", ["key:ID(SourcePerson)", "source", "source_id",
                                        "names:string[]", "urls:string[]", "orcid",
                                        "affiliations:string[]"]),
    "loads": ("Load", ["key:ID(Load)", "path", "format", "status", "records:long"]),
}
RELATIONSHIP_FILES = {
    "of": ("OF", [":START_ID(Mention)", ":END_ID(Paper)"]),
    "named": ("NAMED", [":START_ID(Mention)", ":END_ID(Author)"]),
    "published_in": ("PUBLISHED_IN", [":START_ID(Paper)", ":END_ID(Venue)", "year:long"]),
    "has_name": ("HAS_NAME", [":START_ID(SourcePerson)", ":END_ID(Author)"]),
    "coauthor": ("COAUTHOR", [":START_ID(Author)", ":END_ID(Author)", "papers:long"]),
}

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


# -- entry point -------------------------------------------------------------------------------


def require_managed(connection: Connection) -> None:
    """The bulk path writes the managed server's store files: refuse any other target."""
    if not connection.is_managed:
        raise ConfigError(f"--bulk imports into the files of the managed server, but NEO4J_URI "
                          f"(--uri) names {connection.uri}. Unset NEO4J_URI to fill the managed "
                          "server, or load without --bulk (the online path works with any Neo4j).")
    if connection.database not in (None, DATABASE):
        raise ConfigError(f"--bulk fills the managed server's database {DATABASE!r}, not "
                          f"{connection.database!r}: unset NEO4J_DATABASE (--database).")


def bulk_load(server: ManagedServer, paths: Sequence[Path], fmt: str | None = None, *,
              max_team: int = MAX_TEAM, coauthors: str = "csv", heap: str = "1g",
              off_heap: str = "2g", progress: Progress = lambda _: None) -> BulkSummary:
    """Load `paths` into the managed server's empty database with neo4j-admin import."""
    if coauthors not in ("csv", "cypher"):
        raise ValueError(f"coauthors must be 'csv' or 'cypher', not {coauthors!r}")
    unique = {Path(p).resolve(): Path(p) for p in reversed(paths)}  # a file given twice: once
    paths = [unique[p] for p in dict.fromkeys(Path(p).resolve() for p in paths)]
    formats = [_format_of(p, fmt) for p in paths]
    _require_empty(server, progress)
    work = Path(tempfile.mkdtemp(prefix="bulk-", dir=server.settings.home / "import"))
    summary = BulkSummary([LoadSummary(path=str(p), format=f) for p, f in zip(paths, formats)])
    try:
        with _timed(summary, "read"):
            _spool(paths, formats, work, summary, progress)
        with _timed(summary, "sort_merge"):
            files = _merge_all(work, summary, max_team, coauthors == "csv", progress)
        with _timed(summary, "import"):
            _import(server, work, files, heap, off_heap, progress)
        with _timed(summary, "finish"):
            _finish(server, summary, max_team, coauthors == "cypher", progress)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return summary


def _format_of(path: Path, fmt: str | None) -> str:
    fmt = fmt or detect_format(path)
    check_format(path, fmt)
    return fmt


def _require_empty(server: ManagedServer, progress: Progress) -> None:
    with server.connect(progress) as db:
        nodes = db.query("admin/count_nodes")[0]["nodes"]
    if nodes:
        raise ServerError(
            f"the managed database (home {server.settings.home}) holds {nodes} nodes; --bulk "
            "only fills a new, empty database. Load without --bulk to add to it (the online "
            "path), or bulk-load into a fresh home (namesake --home NEW_DIR load --bulk ...).")


@contextmanager
def _timed(summary: BulkSummary, phase: str) -> Iterator[None]:
    start = time.monotonic()
    yield
    summary.seconds[phase] = round(time.monotonic() - start, 2)


# -- 1. spool: records to raw, unsorted row files ------------------------------------------------


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def escape(key: str) -> str:
    """A key as one token for `sort`, free of tabs, line breaks and every other control
    character (JSON string escapes); most keys need none."""
    if key.isprintable() and "\\" not in key:
        return key
    return _ENCODER.encode(key)[1:-1]


def unescape(token: str) -> str:
    return json.loads(f'"{token}"') if "\\" in token else token


class _Spool:
    """One raw file per node kind; every line carries a global sequence number, so that the
    sort puts a key's rows back in the order the online path would have written them."""

    def __init__(self, work: Path):
        self.files = {k: open(work / f"{k}.raw", "w", encoding="utf-8")  # noqa: SIM115
                      for k in KINDS}
        self.seq = 0

    def add(self, kind: str, key: str, values: list[Any]) -> None:
        self.seq += 1
        payload = _ENCODER.encode(values)
        self.files[kind].write(f"{escape(key)}\t{self.seq}\t{payload}\n")

    def close(self) -> None:
        for f in self.files.values():
            f.close()


def _spool(paths: list[Path], formats: list[str], work: Path, summary: BulkSummary,
           progress: Progress) -> None:
    spool = _Spool(work)
    try:
        for index, (path, fmt) in enumerate(zip(paths, formats)):
            progress(f"Reading {path} [{fmt}]...")
            file_summary = summary.files[index]
            for record in read_records(path, fmt):
                _spool_record(spool, index, record, file_summary)
                file_summary.records += 1
    finally:
        spool.close()


def _spool_record(spool: _Spool, fi: int, record: Record, s: LoadSummary) -> None:
    _check_lists(s.path, record)
    if isinstance(record, PaperRecord):
        rows = paper_rows(record)
        p = rows.paper
        spool.add("paper", p["key"], [fi, p["source"], p["source_id"], p["title"], p["year"],
                                      p["doi"], p["kind"], p["keywords"], p["abstract"],
                                      p["authors_cut"], p["author_count"], p["venue_key"]])
        if rows.venue:
            spool.add("venue", rows.venue["key"], [fi, rows.venue["name"], None, None])
        for a in rows.authors:
            spool.add("author", a["key"], [fi, a["name"], a["base_key"], a["suffix"],
                                           a["block"], True])
        for m in rows.mentions:
            spool.add("mention", m["key"], [fi, m["position"], m["name"], m["block"],
                                            m["affiliation"], m["orcid"], m["email"],
                                            m["truth"], m["paper_key"], m["author_key"]])
        s.papers += 1
        s.mentions += len(rows.mentions)
    elif isinstance(record, VenueRecord):
        v = venue_row(record)
        if v:
            spool.add("venue", v["key"], [fi, v["name"], v["title"], v["source_id"]])
    elif isinstance(record, PersonRecord):
        for a in source_person_author_rows(record):
            spool.add("author", a["key"], [fi, a["name"], a["base_key"], a["suffix"],
                                           a["block"], False])
        r = source_person_row(record)
        spool.add("person", r["key"], [fi, r["source"], r["source_id"], r["names"], r["urls"],
                                       r["orcid"], r["affiliations"], r["author_keys"]])
        s.persons += 1


def _check_lists(path: str, record: Record) -> None:
    """List values are joined with U+001F in the CSV: a value holding it cannot be imported."""
    values: Iterable[str] = ()
    if isinstance(record, PaperRecord):
        values = record.keywords
    elif isinstance(record, PersonRecord):
        values = (*record.names, *record.urls, *record.affiliations)
    elif isinstance(record, VenueRecord):
        values = (record.source_id,)
    if any(ARRAY_DELIMITER in v for v in values):
        raise InputError(path, "a list value contains the control character U+001F, which the "
                         "bulk path uses between list items", record=record.source_id,
                         hint="Remove the character from the file, or load it without --bulk.")


# -- 2 and 3. sort and merge into CSV files ----------------------------------------------------


def sort_file(source: Path, target: Path, work: Path, *, by_key: bool = True,
              unique: bool = False) -> None:
    """coreutils sort on disk: by key then sequence (tab-separated), or whole lines (-u)."""
    command = ["sort", "-S", SORT_BUFFER, "--parallel=2", "-T", str(work), "-o", str(target)]
    command += ["-t", "\t", "-k1,1", "-k2,2n"] if by_key else []
    command += ["-u"] if unique else []
    env = {**os.environ, "LC_ALL": "C"}
    try:
        result = subprocess.run([*command, str(source)], env=env, capture_output=True,
                                text=True, check=False)
    except FileNotFoundError as exc:
        raise ServerError("the bulk path sorts its rows with coreutils `sort`, which was not "
                          "found: install coreutils, or load without --bulk.") from exc
    if result.returncode != 0:
        raise ServerError(f"sorting {source} failed: {result.stderr.strip()} (is {work} on a "
                          "disk with free space?)")
    source.unlink()


def groups(path: Path) -> Iterator[tuple[str, list[list[Any]]]]:
    """(escaped key, rows in sequence order) for each key of a sorted raw file."""
    current: str | None = None
    rows: list[list[Any]] = []
    with open(path, encoding="utf-8", newline="\n") as lines:
        for line in lines:
            key, _, payload = line.rstrip("\n").split("\t", 2)
            if key != current:
                if current is not None:
                    yield current, rows
                current, rows = key, []
            rows.append(json.loads(payload))
    if current is not None:
        yield current, rows


def csv_field(value: Any) -> str:
    """One value as neo4j-admin reads it: null empty, strings quoted ("" doubled), lists
    joined by ARRAY_DELIMITER."""
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):  # items never hold the delimiter (_check_lists)
        value = ARRAY_DELIMITER.join(value)
    return '"' + str(value).replace('"', '""') + '"'


class CsvFile:
    """A CSV file with its header line; knows whether a value spans lines."""

    def __init__(self, path: Path, header: list[str]):
        self.path = path
        self.rows = 0
        self.multiline = False
        self._out: IO[str] = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        self._out.write(",".join(header) + "\n")

    def write(self, values: Iterable[Any]) -> None:
        line = ",".join(csv_field(v) for v in values)
        if "\n" in line or "\r" in line:
            self.multiline = True
        self._out.write(line + "\n")
        self.rows += 1

    def close(self) -> None:
        self._out.close()


@dataclass
class _Files:
    """The CSV files of one import, by stem."""

    csv: dict[str, CsvFile]

    @classmethod
    def open(cls, work: Path) -> _Files:
        specs = {**NODE_FILES, **RELATIONSHIP_FILES}
        return cls({stem: CsvFile(work / f"{stem}.csv", header)
                    for stem, (_, header) in specs.items()})

    def close(self) -> None:
        for f in self.csv.values():
            f.close()

    def __getitem__(self, stem: str) -> CsvFile:
        return self.csv[stem]


def _merge_all(work: Path, summary: BulkSummary, max_team: int, coauthor_csv: bool,
               progress: Progress) -> _Files:
    files = _Files.open(work)
    try:
        for kind in KINDS:
            progress(f"Sorting and merging {kind} rows...")
            sort_file(work / f"{kind}.raw", work / f"{kind}.sorted", work)
        _merge_papers(work, files, summary)
        _merge_venues(work, files, summary)
        _merge_authors(work, files, summary, stale=not coauthor_csv)
        _merge_mentions(work, files, summary, coauthor_csv)
        _merge_persons(work, files, summary)
        for s in summary.files:
            files["loads"].write([load_key(Path(s.path)), s.path, s.format, "incomplete",
                                  s.records])
        if coauthor_csv:
            progress("Counting coauthor pairs...")
            summary.coauthor_pairs = _coauthors(work, files, max_team)
    finally:
        files.close()
    return files


def _merge_papers(work: Path, files: _Files, summary: BulkSummary) -> None:
    """First row's properties (ON CREATE); PUBLISHED_IN once per venue, with the year of the
    first row naming it. Also writes each paper's author count for the coauthor pass."""
    with open(work / "paper_counts", "w", encoding="utf-8") as counts:
        for token, rows in groups(work / "paper.sorted"):
            key, first = unescape(token), rows[0]
            summary.files[first[0]].papers_added += 1
            files["papers"].write([key, *first[1:11]])
            counts.write(f"{token}\t{first[10]}\n")
            venues: list[str] = []
            for row in rows:
                if row[11] is not None and row[11] not in venues:
                    venues.append(row[11])
                    files["published_in"].write([key, row[11], row[4]])


def _merge_venues(work: Path, files: _Files, summary: BulkSummary) -> None:
    """Name of the first row; the first title given; every source id, in order."""
    for token, rows in groups(work / "venue.sorted"):
        summary.files[rows[0][0]].venues_added += 1
        title = next((r[2] for r in rows if r[2] is not None), None)
        ids = list(dict.fromkeys(r[3] for r in rows if r[3] is not None))
        files["venues"].write([unescape(token), rows[0][1], title, ids or None])


def _merge_authors(work: Path, files: _Files, summary: BulkSummary, stale: bool) -> None:
    for token, rows in groups(work / "author.sorted"):
        first = rows[0]
        summary.files[first[0]].authors_added += 1
        named = stale and any(r[5] for r in rows)
        files["authors_stale" if named else "authors"].write([unescape(token), *first[1:5]])


def _merge_mentions(work: Path, files: _Files, summary: BulkSummary, coauthor_csv: bool) -> None:
    """First row's properties; the last gold label given; OF and NAMED once per distinct
    paper and author (as MERGE would)."""
    with open(work / "paper_author.raw", "w", encoding="utf-8") as pairs:
        for token, rows in groups(work / "mention.sorted"):
            key, first = unescape(token), rows[0]
            summary.files[first[0]].mentions_added += 1
            truth = next((r[7] for r in reversed(rows) if r[7] is not None), None)
            files["mentions"].write([key, *first[1:7], truth])
            for paper in dict.fromkeys(r[8] for r in rows):
                files["of"].write([key, paper])
            for author in dict.fromkeys(r[9] for r in rows):
                files["named"].write([key, author])
                if coauthor_csv:
                    pairs.writelines(f"{escape(paper)}\t{escape(author)}\n"
                                     for paper in dict.fromkeys(r[8] for r in rows))


def _merge_persons(work: Path, files: _Files, summary: BulkSummary) -> None:
    for token, rows in groups(work / "person.sorted"):
        key, first = unescape(token), rows[0]
        summary.files[first[0]].persons_added += 1
        files["source_persons"].write([key, *first[1:7]])
        for author in dict.fromkeys(a for r in rows for a in r[7]):
            files["has_name"].write([key, author])


def _coauthors(work: Path, files: _Files, max_team: int) -> int:
    """COAUTHOR as derive_coauthors.cypher counts it: for each pair of distinct authors, the
    papers of at most `max_team` authors they share; from the lower key to the higher."""
    sort_file(work / "paper_author.raw", work / "paper_author.sorted", work,
              by_key=False, unique=True)
    with open(work / "pairs.raw", "w", encoding="utf-8") as out:
        for authors in _small_paper_teams(work, max_team):
            keys = sorted(unescape(a) for a in authors)
            for i, first in enumerate(keys):
                out.writelines(f"{escape(first)}\t{escape(second)}\n" for second in keys[i + 1:])
    sort_file(work / "pairs.raw", work / "pairs.sorted", work, by_key=False)
    pairs = 0
    for line, count in _counted_lines(work / "pairs.sorted"):
        first, second = line.split("\t")
        files["coauthor"].write([unescape(first), unescape(second), count])
        pairs += 1
    return pairs


def _small_paper_teams(work: Path, max_team: int) -> Iterator[list[str]]:
    """The (escaped) author keys of each paper whose author_count is at most `max_team`:
    a merge join of the sorted paper counts and the sorted (paper, author) lines."""
    with open(work / "paper_counts", encoding="utf-8") as counts:
        paper, count = "", 0
        for token, rows in _split_groups(work / "paper_author.sorted"):
            while paper != token:  # both files are in the same (C locale) key order
                line = counts.readline()
                if not line:
                    raise ServerError(f"bulk load: no paper row for the mention key {token!r} "
                                      "(the sorted files disagree; please report this)")
                paper, _, value = line.rstrip("\n").partition("\t")
                count = int(value)
            if count <= max_team and len(rows) > 1:
                yield rows


def _split_groups(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(first field, second fields) for consecutive lines sharing the first field."""
    current: str | None = None
    seconds: list[str] = []
    with open(path, encoding="utf-8", newline="\n") as lines:
        for line in lines:
            first, _, second = line.rstrip("\n").partition("\t")
            if first != current:
                if current is not None:
                    yield current, seconds
                current, seconds = first, []
            seconds.append(second)
    if current is not None:
        yield current, seconds


def _counted_lines(path: Path) -> Iterator[tuple[str, int]]:
    current, count = None, 0
    with open(path, encoding="utf-8", newline="\n") as lines:
        for line in lines:
            if line != current:
                if current is not None:
                    yield current.rstrip("\n"), count
                current, count = line, 0
            count += 1
    if current is not None:
        yield current.rstrip("\n"), count


# -- 4. import -----------------------------------------------------------------------------------


def admin_import_command(server: ManagedServer, work: Path, files: _Files,
                         off_heap: str) -> list[str]:
    """`neo4j-admin database import full` as the assembled server runs it (5.26): the
    bootloader starts the admin JVM (heap from HEAP_SIZE) with NEO4J_HOME and NEO4J_CONF.
    The database name comes first: the file lists of --nodes/--relationships take every
    argument that follows them."""
    s = server.settings
    command = [build.find_java(), "-cp", str(s.dist_dir / "lib" / "*"), ADMIN_ENTRY_POINT,
               "database", "import", "full", DATABASE,
               f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}", "--bad-tolerance=0",
               f"--threads={os.cpu_count() or 1}", f"--max-off-heap-memory={off_heap}",
               f"--report-file={work / 'import.report'}"]
    multiline = [str(f.path) for f in files.csv.values() if f.multiline]
    if multiline:
        command += ["--multiline-fields-format=v2", f"--multiline-fields={','.join(multiline)}"]
    command += [f"--nodes={labels}={files[stem].path}" for stem, (labels, _) in NODE_FILES.items()]
    command += [f"--relationships={rel_type}={files[stem].path}"
                for stem, (rel_type, _) in RELATIONSHIP_FILES.items()]
    return command


def _import(server: ManagedServer, work: Path, files: _Files, heap: str, off_heap: str,
            progress: Progress) -> None:
    """Stop the server, import into a fresh store (the empty one moved aside and put back if
    the import fails), start the server again."""
    s = server.settings
    command = admin_import_command(server, work, files, off_heap)
    env = {**os.environ, "NEO4J_HOME": str(s.home), "NEO4J_CONF": str(s.home / "conf"),
           "HEAP_SIZE": heap}
    log = s.home / "logs" / "bulk-import.log"
    progress("Stopping Neo4j for the import...")
    server.stop()
    aside = _move_store(s.home / "data", work / "previous-store")
    progress(f"Running neo4j-admin database import full (log: {log})...")
    try:
        with log.open("w", encoding="utf-8") as out:
            code = subprocess.run(command, env=env, stdout=out, stderr=subprocess.STDOUT,
                                  cwd=work, check=False).returncode
    except BaseException:
        _restore_store(s.home / "data", aside)
        raise
    if code != 0:
        _restore_store(s.home / "data", aside)
        server.start(progress)
        raise ServerError(f"neo4j-admin import failed (exit {code}); the database was left "
                          f"empty, as it was. Last lines of its output:\n{_tail(log)}", str(log))
    progress("Starting Neo4j...")
    server.start(progress)


def _store_dirs(data: Path) -> list[Path]:
    return [data / "databases" / DATABASE, data / "transactions" / DATABASE]


def _move_store(data: Path, aside: Path) -> Path:
    """Move the database's (empty) store out of the way; neo4j-admin then creates it anew."""
    for path in _store_dirs(data):
        if path.exists():
            target = aside / path.parent.name
            target.mkdir(parents=True, exist_ok=True)
            path.rename(target / path.name)
    return aside


def _restore_store(data: Path, aside: Path) -> None:
    for path in _store_dirs(data):
        shutil.rmtree(path, ignore_errors=True)
        saved = aside / path.parent.name / path.name
        if saved.exists():
            saved.rename(path)


def _tail(path: Path, lines: int = 20) -> str:
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join([line for line in text if not line.startswith((".", "-."))][-lines:])


# -- 5. finish -----------------------------------------------------------------------------------


def _finish(server: ManagedServer, summary: BulkSummary, max_team: int, derive: bool,
            progress: Progress) -> None:
    with server.connect_running() as db:
        progress("Creating constraints and indexes...")
        db.run_script("schema/constraints")
        db.execute_autocommit("load/await_indexes", seconds=INDEX_TIMEOUT)
        db.execute_autocommit("load/fill_empty_lists")
        if derive:
            progress("Deriving coauthorships...")
            while (row := db.execute("load/derive_coauthors", limit=COAUTHOR_BATCH,
                                     max_team=max_team)[0])["authors"]:
                summary.coauthor_pairs += row["pairs"]
        for s in summary.files:
            db.execute("load/mark_load", key=load_key(Path(s.path)), path=s.path,
                       format=s.format, status="complete", records=s.records)
    if summary.files:
        summary.files[-1].coauthor_pairs = summary.coauthor_pairs

