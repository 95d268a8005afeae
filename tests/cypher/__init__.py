"""Statements only the tests and benchmarks run, named `test/<name>`: kept here, beside the
tests, so that they do not ship with the package."""

from __future__ import annotations

from pathlib import Path

import cypher

DIRECTORY = Path(__file__).parent
PREFIX = "test"
PACKAGE = Path(cypher.__file__).parent


def register() -> None:
    """Let the database seam run `test/<name>` from tests/cypher/<name>.cypher."""
    cypher.add_root(PREFIX, DIRECTORY)


def statement_names(directory: Path, prefix: str = "") -> set[str]:
    """The names of the .cypher files below `directory`, as `cypher.load` takes them."""
    return {
        prefix + p.relative_to(directory).with_suffix("").as_posix()
        for p in directory.rglob("*.cypher")
    }


def catalogue() -> set[str]:
    """Every statement a name can reach: the package's, and the tests' own."""
    return statement_names(PACKAGE) | statement_names(DIRECTORY, f"{PREFIX}/")
