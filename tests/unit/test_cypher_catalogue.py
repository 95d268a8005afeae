"""The Cypher catalogue matches the code: every statement the code names has a file, and every
file is named by some code. `cypher/queries/` is the query library (run by name from Browser
links, graph/browser.py, and the README), so its files count as used; the tests' own
statements live in tests/cypher/ and are named `test/<name>`."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import cypher
from tests.cypher import DIRECTORY as TEST_DIRECTORY
from tests.cypher import PACKAGE, catalogue, statement_names
from tests.cypher import PREFIX as TEST_PREFIX

REPO = Path(__file__).resolve().parents[2]
SOURCES = ("graph", "loaders", "namesake", "cypher", "bench", "tests")
LIBRARY = "queries"
NAME = re.compile(r"([a-z_]+)/([a-z0-9_]+)")


def named_in_code(folders: set[str]) -> dict[str, list[str]]:
    """Every string literal of the Python sources shaped like a statement name of one of the
    catalogue's folders ("rules/same_title"), with where it is written. Literals, not calls:
    a name reaches the seam through tuples (pipeline.RULES) and helpers as well."""
    found: dict[str, list[str]] = defaultdict(list)
    for source in SOURCES:
        for path in sorted((REPO / source).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                    continue
                match = NAME.fullmatch(node.value)
                if match and match.group(1) in folders:
                    found[node.value].append(f"{path.relative_to(REPO)}:{node.lineno}")
    return found


def _folders(names: set[str]) -> set[str]:
    return {name.split("/")[0] for name in names}


def test_every_statement_named_in_code_has_a_file() -> None:
    names = catalogue()
    missing = {
        name: where for name, where in named_in_code(_folders(names)).items() if name not in names
    }
    assert not missing, f"statements named in code without a .cypher file: {missing}"


def test_every_file_is_named_by_code_or_is_a_library_query() -> None:
    names = catalogue()
    used = set(named_in_code(_folders(names)))
    unused = sorted(n for n in names - used if not n.startswith(f"{LIBRARY}/"))
    assert not unused, f".cypher files no code names (remove them, or use them): {unused}"


def test_the_scan_sees_tuples_and_the_tests_statements() -> None:
    """What the two tests above stand on: the rules, named only in pipeline.RULES, and the
    tests' own statements are found."""
    used = named_in_code(_folders(catalogue()))
    rules = {n for n in catalogue() if n.startswith("rules/")}
    assert rules and rules <= set(used)
    assert any(n.startswith(f"{TEST_PREFIX}/") for n in used)


def test_test_statements_do_not_ship() -> None:
    assert not (PACKAGE / TEST_PREFIX).exists()
    assert all(cypher.load(n) for n in statement_names(TEST_DIRECTORY, f"{TEST_PREFIX}/"))
