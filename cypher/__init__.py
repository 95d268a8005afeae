"""Cypher statements as files, one operation per file, loaded by name.

A name is the path below this package without the suffix: `load("schema/constraints")`.
Values always reach these statements as parameters; nothing here is built from input.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable  # importlib.resources.abc from Python 3.11

_ROOTS: dict[str, Path] = {}  # name prefix -> a directory of statements outside the package


def add_root(prefix: str, directory: Path) -> None:
    """Read the statements named `<prefix>/...` from `directory`: for statements that do not
    ship with the package, such as the tests' own (tests/cypher/)."""
    _ROOTS[prefix] = directory
    load.cache_clear()


@cache
def load(name: str) -> str:
    """The text of `cypher/<name>.cypher`, comments included (Neo4j ignores them)."""
    path = _path(name)
    if not path.is_file():
        raise KeyError(f"no Cypher statement named {name!r} (expected {_shown(name)})")
    return path.read_text(encoding="utf-8")


def statements(name: str) -> list[str]:
    """A file of several statements separated by `;` at line ends (schema files), one by one."""
    text = "\n".join(line for line in load(name).splitlines() if not line.strip().startswith("//"))
    return [part.strip() for part in text.split(";\n") if part.strip().rstrip(";")]


def _path(name: str) -> Traversable:
    prefix, _, rest = name.partition("/")
    if prefix in _ROOTS:
        return _ROOTS[prefix] / f"{rest}.cypher"
    return resources.files(__name__).joinpath(f"{name}.cypher")


def _shown(name: str) -> str:
    prefix, _, rest = name.partition("/")
    if prefix in _ROOTS:
        return str(_ROOTS[prefix] / f"{rest}.cypher")
    return f"cypher/{name}.cypher"
