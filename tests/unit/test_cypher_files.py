"""Cypher lives in cypher/ as files loaded by name; values are parameters, never spliced."""

from __future__ import annotations

import re

import pytest

import cypher
from tests.cypher import catalogue

ALL = sorted(catalogue())  # the package's statements and the tests' own


def test_unknown_name_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match=r"cypher/no/such\.cypher"):
        cypher.load("no/such")


@pytest.mark.parametrize("name", ALL)
def test_every_file_has_a_header_comment(name: str) -> None:
    assert cypher.load(name).lstrip().startswith("//"), f"{name}.cypher: say what it does"


@pytest.mark.parametrize("name", ALL)
def test_no_python_formatting_placeholders(name: str) -> None:
    text = cypher.load(name)
    assert not re.search(r"\{[a-z_]+\}|%s|%\(", text), f"{name}.cypher looks templated"


def test_schema_splits_into_statements() -> None:
    parts = cypher.statements("schema/constraints")
    assert len(parts) >= 5
    assert all(
        p.startswith(("CREATE CONSTRAINT", "CREATE INDEX")) and "IF NOT EXISTS" in p for p in parts
    )
