"""Step 1 of the bulk path: records become rows (loaders/rows.py, the online path's keys)
appended to one raw file per node kind, one line per row:
`<escaped key> TAB <sequence> TAB <JSON values>`. The sequence number lets the sort put a key's
rows back in the order the online path would have written them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from loaders.bulk.csvfiles import ARRAY_DELIMITER
from loaders.records import BadRecord, Item, PaperRecord, PersonRecord, Record, VenueRecord
from loaders.rows import (
    paper_rows,
    source_person_author_rows,
    source_person_row,
    venue_row,
)
from loaders.validation import BadRecordPolicy, FileCheck, checked_items
from loaders.writer import LoadSummary

KINDS = ("paper", "venue", "author", "mention", "person")

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def escape(key: str) -> str:
    """A key as one token for `sort`, free of tabs, line breaks and every other control
    character (JSON string escapes); most keys need none."""
    if key.isprintable() and "\\" not in key:
        return key
    return _ENCODER.encode(key)[1:-1]


def unescape(token: str) -> str:
    return json.loads(f'"{token}"') if "\\" in token else token


class Spool:
    """One raw file per node kind; every line carries a global sequence number."""

    def __init__(self, work: Path):
        self.files = {k: (work / f"{k}.raw").open("w", encoding="utf-8") for k in KINDS}
        self.seq = 0

    def add(self, kind: str, key: str, values: list[Any]) -> None:
        self.seq += 1
        payload = _ENCODER.encode(values)
        self.files[kind].write(f"{escape(key)}\t{self.seq}\t{payload}\n")

    def close(self) -> None:
        for f in self.files.values():
            f.close()


def spool(
    paths: list[Path],
    formats: list[str],
    work: Path,
    summaries: list[LoadSummary],
    progress: Callable[[str], None],
    policy: BadRecordPolicy | None = None,
) -> None:
    """Every record of every file into the raw files; counts go to the file's summary. Bad
    records are dealt with by `policy` (strict by default: the first one raises, and nothing
    has been imported yet)."""
    target = Spool(work)
    try:
        for index, (path, fmt) in enumerate(zip(paths, formats, strict=True)):
            progress(f"Reading {path} [{fmt}]...")
            summary = summaries[index]
            check = FileCheck(path, policy or BadRecordPolicy())
            for record in check.records_of(_bulk_checked(path, fmt)):
                _spool_record(target, index, record, summary)
                summary.records += 1
            check.finish()
            summary.checked = summary.records
            summary.take_check(check)
    finally:
        target.close()


def _bulk_checked(path: Path, fmt: str) -> Iterator[Item]:
    """The checked items, and a bad record for a list value the CSV cannot hold."""
    for item in checked_items(path, fmt):
        if isinstance(item, PaperRecord | VenueRecord | PersonRecord):
            yield list_problem(str(path), item) or item
        else:
            yield item


def _spool_record(spool: Spool, fi: int, record: Record, s: LoadSummary) -> None:
    if isinstance(record, PaperRecord):
        rows = paper_rows(record)
        p = rows.paper
        spool.add(
            "paper",
            p["key"],
            [
                fi,
                p["source"],
                p["source_id"],
                p["title"],
                p["year"],
                p["doi"],
                p["kind"],
                p["keywords"],
                p["abstract"],
                p["authors_cut"],
                p["author_count"],
                p["venue_key"],
            ],
        )
        if rows.venue:
            spool.add("venue", rows.venue["key"], [fi, rows.venue["name"], None, None])
        for a in rows.authors:
            spool.add("author", a["key"], [fi, a["name"], a["base_key"], a["suffix"], a["block"]])
        for m in rows.mentions:
            spool.add(
                "mention",
                m["key"],
                [
                    fi,
                    m["position"],
                    m["name"],
                    m["block"],
                    m["affiliation"],
                    m["orcid"],
                    m["email"],
                    m["truth"],
                    m["paper_key"],
                    m["author_key"],
                ],
            )
        s.papers += 1
        s.mentions += len(rows.mentions)
    elif isinstance(record, VenueRecord):
        v = venue_row(record)
        if v:
            spool.add("venue", v["key"], [fi, v["name"], v["title"], v["source_id"]])
    elif isinstance(record, PersonRecord):
        for a in source_person_author_rows(record):
            spool.add("author", a["key"], [fi, a["name"], a["base_key"], a["suffix"], a["block"]])
        r = source_person_row(record)
        spool.add(
            "person",
            r["key"],
            [
                fi,
                r["source"],
                r["source_id"],
                r["names"],
                r["urls"],
                r["orcid"],
                r["affiliations"],
                r["author_keys"],
            ],
        )
        s.persons += 1


def list_problem(path: str, record: Record) -> BadRecord | None:
    """List values are joined with U+001F in the CSV: a value holding it cannot be imported."""
    values: Iterable[str] = ()
    if isinstance(record, PaperRecord):
        values = record.keywords
    elif isinstance(record, PersonRecord):
        values = (*record.names, *record.urls, *record.affiliations)
    elif isinstance(record, VenueRecord):
        values = (record.source_id,)
    if not any(ARRAY_DELIMITER in v for v in values):
        return None
    return BadRecord(
        path,
        "a list value contains the control character U+001F, which the "
        "bulk path uses between list items",
        record=record.source_id,
        hint="Remove the character from the file, or load it without --bulk.",
    )
