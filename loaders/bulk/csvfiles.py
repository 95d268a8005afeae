"""The CSV files neo4j-admin imports: their headers, and values written as it reads them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

ARRAY_DELIMITER = "\x1f"  # between list items; ";" (neo4j-admin's default) is in keywords

NODE_FILES = {  # file stem: (labels, header); the first column is the key, the node's ID
    "papers": (
        "Paper",
        [
            "key:ID(Paper)",
            "source",
            "source_id",
            "title",
            "year:long",
            "doi",
            "kind",
            "keywords:string[]",
            "abstract",
            "authors_cut:boolean",
            "author_count:long",
        ],
    ),
    "venues": ("Venue", ["key:ID(Venue)", "name", "title", "source_ids:string[]"]),
    "authors": ("Author", ["key:ID(Author)", "name", "base_key", "suffix", "block"]),
    "mentions": (
        "Mention",
        [
            "key:ID(Mention)",
            "position:long",
            "name",
            "block",
            "affiliation",
            "orcid",
            "email",
            "truth",
        ],
    ),
    "source_persons": (
        "SourcePerson",
        [
            "key:ID(SourcePerson)",
            "source",
            "source_id",
            "names:string[]",
            "urls:string[]",
            "orcid",
            "affiliations:string[]",
        ],
    ),
    "loads": ("Load", ["key:ID(Load)", "path", "format", "status", "records:long"]),
}
RELATIONSHIP_FILES = {
    "of": ("OF", [":START_ID(Mention)", ":END_ID(Paper)"]),
    "named": ("NAMED", [":START_ID(Mention)", ":END_ID(Author)"]),
    "published_in": ("PUBLISHED_IN", [":START_ID(Paper)", ":END_ID(Venue)", "year:long"]),
    "has_name": ("HAS_NAME", [":START_ID(SourcePerson)", ":END_ID(Author)"]),
    "coauthor": ("COAUTHOR", [":START_ID(Author)", ":END_ID(Author)", "papers:long"]),
}


def csv_field(value: Any) -> str:
    """One value as neo4j-admin reads it: null empty, strings quoted ("" doubled), lists
    joined by ARRAY_DELIMITER."""
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):  # items never hold the delimiter (spool.list_problem)
        value = ARRAY_DELIMITER.join(value)
    return '"' + str(value).replace('"', '""') + '"'


class CsvFile:
    """A CSV file with its header line; knows whether a value spans lines."""

    def __init__(self, path: Path, header: list[str]):
        self.path = path
        self.rows = 0
        self.multiline = False
        self._out: IO[str] | None = path.open("w", encoding="utf-8", newline="\n")
        self._out.write(",".join(header) + "\n")

    @classmethod
    def written(cls, path: Path, rows: int, multiline: bool) -> CsvFile:
        """A file another process wrote and closed."""
        done = cls.__new__(cls)
        done.path, done.rows, done.multiline, done._out = path, rows, multiline, None
        return done

    def write(self, values: Iterable[Any]) -> None:
        line = ",".join(csv_field(v) for v in values)
        if "\n" in line or "\r" in line:
            self.multiline = True
        assert self._out is not None, f"{self.path} is closed"
        self._out.write(line + "\n")
        self.rows += 1

    def close(self) -> None:
        if self._out is not None:
            self._out.close()


@dataclass
class CsvFiles:
    """The CSV files of one import, by stem."""

    csv: dict[str, CsvFile]

    @classmethod
    def open(
        cls, work: Path, only: Iterable[str] | None = None, without: Iterable[str] = ()
    ) -> CsvFiles:
        """The files of every stem (or `only` these), less those `without`."""
        specs = {**NODE_FILES, **RELATIONSHIP_FILES}
        stems = [s for s in (specs if only is None else only) if s not in set(without)]
        return cls({stem: CsvFile(work / f"{stem}.csv", specs[stem][1]) for stem in stems})

    def written(self) -> dict[str, tuple[int, bool]]:
        """Each file's rows and whether a value spans lines (for `add_written`)."""
        return {stem: (f.rows, f.multiline) for stem, f in self.csv.items()}

    def add_written(self, work: Path, written: dict[str, tuple[int, bool]]) -> None:
        """Take in the files another process wrote in `work` and closed."""
        for stem, (rows, multiline) in written.items():
            self.csv[stem] = CsvFile.written(work / f"{stem}.csv", rows, multiline)

    def close(self) -> None:
        for f in self.csv.values():
            f.close()

    def __getitem__(self, stem: str) -> CsvFile:
        return self.csv[stem]
