"""Steps 2 and 3 of the bulk path: sort the raw row files on disk, then merge each key's rows
in one streaming pass into the CSV files, coalescing them as the online MERGE statements do.

The first row's properties win, a gold label (`truth`) is the last one given, a venue gathers
its first title and every source id, and a relationship is written once per distinct pair
(PUBLISHED_IN with the year of the first row naming it). COAUTHOR is counted the same way as
derive_coauthors.cypher: (paper, author) lines are sorted (-u), every paper of at most
`max_team` authors gives its author pairs, and the sorted pairs are counted. That measured
faster than running derive_coauthors.cypher after the import.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from graph.errors import ServerError
from loaders.bulk.csvfiles import CsvFiles
from loaders.bulk.spool import KINDS, escape, unescape
from loaders.writer import LoadSummary, load_key

SORT_BUFFER = "256M"
# The mention rows' CSV files, merged in a process of their own once the raw mention rows
# reach MENTIONS_APART_BYTES (below, starting the process costs more than it saves).
MENTION_FILES = ("mentions", "of", "named")
MENTIONS_APART_BYTES = 32 << 20


def sort_file(
    source: Path, target: Path, work: Path, *, by_key: bool = True, unique: bool = False
) -> None:
    """coreutils sort on disk: by key then sequence (tab-separated), or whole lines (-u)."""
    command = ["sort", "-S", SORT_BUFFER, "--parallel=2", "-T", str(work), "-o", str(target)]
    command += ["-t", "\t", "-k1,1", "-k2,2n"] if by_key else []
    command += ["-u"] if unique else []
    env = {**os.environ, "LC_ALL": "C"}
    try:
        result = subprocess.run(
            [*command, str(source)], env=env, capture_output=True, text=True, check=False
        )
    except FileNotFoundError as exc:
        raise ServerError(
            "the bulk path sorts its rows with coreutils `sort`, which was not "
            "found: install coreutils, or load without --bulk."
        ) from exc
    if result.returncode != 0:
        raise ServerError(
            f"sorting {source} failed: {result.stderr.strip()} (is {work} on a "
            "disk with free space?)"
        )
    source.unlink()


def _fields(path: Path, splits: int) -> Iterator[list[str]]:
    """The tab-separated fields of each line (at most splits + 1 of them)."""
    with path.open(encoding="utf-8", newline="\n") as lines:
        for line in lines:
            yield line.rstrip("\n").split("\t", splits)


def groups(path: Path) -> Iterator[tuple[str, list[list[Any]]]]:
    """(escaped key, rows in sequence order) for each key of a sorted raw file."""
    for key, rows in groupby(_fields(path, 2), key=itemgetter(0)):
        yield key, [json.loads(row[2]) for row in rows]


def merge_all(
    work: Path, summaries: list[LoadSummary], max_team: int, progress: Callable[[str], None]
) -> tuple[CsvFiles, int]:
    """Sort and merge every raw file into the CSV files; also the :Load rows and COAUTHOR.
    Returns the files and the number of coauthor pairs."""
    apart = (work / "mention.raw").stat().st_size >= MENTIONS_APART_BYTES
    files = CsvFiles.open(work, without=MENTION_FILES if apart else ())
    try:
        for kind in KINDS:
            progress(f"Sorting and merging {kind} rows...")
            sort_file(work / f"{kind}.raw", work / f"{kind}.sorted", work)
        if apart:
            # the mention rows, about half the merging, in a process of their own beside the rest
            spawn = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as side:
                mentions = side.submit(_merge_mentions_apart, work, len(summaries))
                _merge_others(work, files, summaries)
                added, written = mentions.result()
            for summary, count in zip(summaries, added, strict=True):
                summary.mentions_added += count
            files.add_written(work, written)
        else:
            _merge_others(work, files, summaries)
            _merge_mentions(work, files, summaries)
        for s in summaries:
            files["loads"].write(
                [load_key(Path(s.path)), s.path, s.format, "incomplete", s.records]
            )
        progress("Counting coauthor pairs...")
        pairs = coauthors(work, files, max_team)
    finally:
        files.close()
    return files, pairs


def _merge_others(work: Path, files: CsvFiles, summaries: list[LoadSummary]) -> None:
    _merge_papers(work, files, summaries)
    _merge_venues(work, files, summaries)
    _merge_authors(work, files, summaries)
    _merge_persons(work, files, summaries)


def _merge_mentions_apart(
    work: Path, file_count: int
) -> tuple[list[int], dict[str, tuple[int, bool]]]:
    """_merge_mentions in another process: the mentions added per file, and the files."""
    files = CsvFiles.open(work, only=MENTION_FILES)
    counts = [LoadSummary(path="", format="") for _ in range(file_count)]
    try:
        _merge_mentions(work, files, counts)
    finally:
        files.close()
    return [c.mentions_added for c in counts], files.written()


def _merge_papers(work: Path, files: CsvFiles, summaries: list[LoadSummary]) -> None:
    """First row's properties (ON CREATE); PUBLISHED_IN once per venue, with the year of the
    first row naming it. Also writes each paper's author count for the coauthor pass."""
    with (work / "paper_counts").open("w", encoding="utf-8") as counts:
        for token, rows in groups(work / "paper.sorted"):
            key, first = unescape(token), rows[0]
            summaries[first[0]].papers_added += 1
            files["papers"].write([key, *first[1:11]])
            counts.write(f"{token}\t{first[10]}\n")
            venues: list[str] = []
            for row in rows:
                if row[11] is not None and row[11] not in venues:
                    venues.append(row[11])
                    files["published_in"].write([key, row[11], row[4]])


def _merge_venues(work: Path, files: CsvFiles, summaries: list[LoadSummary]) -> None:
    """Name of the first row; the first title given; every source id, in order."""
    for token, rows in groups(work / "venue.sorted"):
        summaries[rows[0][0]].venues_added += 1
        title = next((r[2] for r in rows if r[2] is not None), None)
        ids = list(dict.fromkeys(r[3] for r in rows if r[3] is not None))
        files["venues"].write([unescape(token), rows[0][1], title, ids or None])


def _merge_authors(work: Path, files: CsvFiles, summaries: list[LoadSummary]) -> None:
    for token, rows in groups(work / "author.sorted"):
        first = rows[0]
        summaries[first[0]].authors_added += 1
        files["authors"].write([unescape(token), *first[1:5]])


def _merge_mentions(work: Path, files: CsvFiles, summaries: list[LoadSummary]) -> None:
    """First row's properties; the last gold label given; OF and NAMED once per distinct
    paper and author (as MERGE would). Also writes the (paper, author) lines for COAUTHOR."""
    with (work / "paper_author.raw").open("w", encoding="utf-8") as pairs:
        for token, rows in groups(work / "mention.sorted"):
            key, first = unescape(token), rows[0]
            summaries[first[0]].mentions_added += 1
            truth = next((r[7] for r in reversed(rows) if r[7] is not None), None)
            files["mentions"].write([key, *first[1:7], truth])
            papers = list(dict.fromkeys(r[8] for r in rows))
            for paper in papers:
                files["of"].write([key, paper])
            for author in dict.fromkeys(r[9] for r in rows):
                files["named"].write([key, author])
                pairs.writelines(f"{escape(paper)}\t{escape(author)}\n" for paper in papers)


def _merge_persons(work: Path, files: CsvFiles, summaries: list[LoadSummary]) -> None:
    for token, rows in groups(work / "person.sorted"):
        key, first = unescape(token), rows[0]
        summaries[first[0]].persons_added += 1
        files["source_persons"].write([key, *first[1:7]])
        for author in dict.fromkeys(a for r in rows for a in r[7]):
            files["has_name"].write([key, author])


def coauthors(work: Path, files: CsvFiles, max_team: int) -> int:
    """COAUTHOR as derive_coauthors.cypher counts it: for each pair of distinct authors, the
    papers of at most `max_team` authors they share; from the lower key to the higher.
    Reads work/paper_counts and work/paper_author.raw."""
    sort_file(
        work / "paper_author.raw", work / "paper_author.sorted", work, by_key=False, unique=True
    )
    with (work / "pairs.raw").open("w", encoding="utf-8") as out:
        for authors in _small_paper_teams(work, max_team):
            keys = sorted(unescape(a) for a in authors)
            for i, first in enumerate(keys):
                out.writelines(f"{escape(first)}\t{escape(second)}\n" for second in keys[i + 1 :])
    sort_file(work / "pairs.raw", work / "pairs.sorted", work, by_key=False)
    pairs = 0
    for (first, second), same in groupby(_fields(work / "pairs.sorted", 1)):
        files["coauthor"].write([unescape(first), unescape(second), sum(1 for _ in same)])
        pairs += 1
    return pairs


def _small_paper_teams(work: Path, max_team: int) -> Iterator[list[str]]:
    """The (escaped) author keys of each paper whose author_count is at most `max_team`:
    a merge join of the sorted paper counts and the sorted (paper, author) lines."""
    counts = _fields(work / "paper_counts", 1)
    paper, count = "", 0
    for token, rows in groupby(_fields(work / "paper_author.sorted", 1), key=itemgetter(0)):
        while paper != token:  # both files are in the same (C locale) key order
            line = next(counts, None)
            if line is None:
                raise ServerError(
                    f"bulk load: no paper row for the mention key {token!r} "
                    "(the sorted files disagree; please report this)"
                )
            paper, count = line[0], int(line[1])
        authors = [row[1] for row in rows]
        if count <= max_team and len(authors) > 1:
            yield authors
