"""Cypher statements as files, one operation per file, loaded by name.

A name is the path below this package without the suffix: `load("schema/constraints")`.
Values always reach these statements as parameters; nothing here is built from input.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load(name: str) -> str:
    """The text of `cypher/<name>.cypher`, comments included (Neo4j ignores them)."""
    path = resources.files(__name__).joinpath(f"{name}.cypher")
    if not path.is_file():
        raise KeyError(f"no Cypher statement named {name!r} (expected cypher/{name}.cypher)")
    return path.read_text(encoding="utf-8")


def statements(name: str) -> list[str]:
    """A file of several statements separated by `;` at line ends (schema files), one by one."""
    text = "\n".join(line for line in load(name).splitlines() if not line.strip().startswith("//"))
    return [part.strip() for part in text.split(";\n") if part.strip().rstrip(";")]
