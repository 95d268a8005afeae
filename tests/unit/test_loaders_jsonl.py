"""loaders.jsonl: the generic one-paper-per-line format and its validation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from graph.errors import InputError
from loaders import jsonl, read_records
from loaders.records import AuthorSlot, BadRecord, PaperRecord

GOOD = {
    "id": "src-123",
    "title": " Path-Level Network Transformation ",
    "year": 2018,
    "venue": "ICML",
    "doi": None,
    "authors": [
        {"name": "Han Cai", "affiliation": "SJTU", "orcid": None},
        {"name": "Song Han 0003", "email": "songhan@mit.edu", "truth": "p2"},
    ],
    "keywords": ["architecture search", " "],
    "abstract": "",
}


def write(tmp_path: Path, *objects: Any) -> Path:
    path = tmp_path / "papers.jsonl"
    lines = [o if isinstance(o, str) else json.dumps(o) for o in objects]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_good_line(tmp_path: Path) -> None:
    (paper,) = jsonl.read(write(tmp_path, GOOD))
    assert paper == PaperRecord(
        source="jsonl",
        source_id="src-123",
        title="Path-Level Network Transformation",
        authors=(
            AuthorSlot("Han Cai", 1, affiliation="SJTU"),
            AuthorSlot("Song Han 0003", 2, email="songhan@mit.edu", truth="p2"),
        ),
        year=2018,
        venue="ICML",
        keywords=("architecture search",),
    )


def test_source_override_blank_lines_and_integer_ids(tmp_path: Path) -> None:
    other = {**GOOD, "id": 42, "source": "mysite"}
    papers = list(jsonl.read(write(tmp_path, GOOD, "", "   ", other)))
    assert [(p.source, p.source_id) for p in papers] == [("jsonl", "src-123"), ("mysite", "42")]


def test_a_paper_without_title_is_valid(tmp_path: Path) -> None:
    untitled = {k: v for k, v in GOOD.items() if k != "title"}
    (first, second) = jsonl.read(write(tmp_path, untitled, {**GOOD, "title": "  "}))
    assert first.title is None and second.title is None


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "x", "title": ', "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ({**GOOD, "id": None}, '"id" is missing'),
        ({k: v for k, v in GOOD.items() if k != "authors"}, '"authors" must be a non-empty list'),
        ({**GOOD, "authors": []}, '"authors" must be a non-empty list'),
        ({**GOOD, "authors": ["Han Cai"]}, '"authors[0]" must be an object'),
        (
            {**GOOD, "authors": [{"name": "A B"}, {"affiliation": "MIT"}]},
            '"authors[1].name" is missing',
        ),
        ({**GOOD, "authors": [{"name": "A B", "orcid": 7}]}, '"authors[0].orcid" must be a string'),
        ({**GOOD, "year": "2018"}, '"year" must be an integer'),
        ({**GOOD, "keywords": "a, b"}, '"keywords" must be a list of strings'),
        ({**GOOD, "venue": ["ICML"]}, '"venue" must be a string or null'),
    ],
)
def test_bad_lines_name_file_line_and_problem(tmp_path: Path, line: Any, problem: str) -> None:
    path = write(tmp_path, GOOD, line)
    with pytest.raises(InputError) as error:
        list(read_records(path, "jsonl"))
    assert error.value.line == 2 and error.value.path == str(path)
    assert problem in str(error.value)
    assert "DESIGN.md" in str(error.value)  # says what a line should look like


def test_an_affiliations_list_is_read_as_the_affiliation() -> None:
    record = jsonl.paper_from_object(
        {**GOOD, "authors": [{"name": "A B", "affiliations": ["TIFR, Mumbai", " IIT Delhi "]}]}
    )
    assert record.authors[0].affiliation == "TIFR, Mumbai; IIT Delhi"


def test_an_affiliations_value_that_is_not_a_list_of_strings_is_refused() -> None:
    with pytest.raises(ValueError, match="affiliations"):
        jsonl.paper_from_object({**GOOD, "authors": [{"name": "A B", "affiliations": "TIFR"}]})


def test_a_bad_line_is_a_bad_record_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "papers.jsonl"
    path.write_bytes(
        b"{oops\n"
        + json.dumps(GOOD).encode()
        + b"\n"
        + b'{"id": "\xff"}\n'
        + b"[" * 100_000
        + b"\n"
    )
    first, paper, undecodable, nested = jsonl.read(path)
    assert isinstance(paper, PaperRecord)
    assert first == BadRecord(
        str(path),
        "not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        line=1,
        hint=first.hint,
    )
    assert isinstance(undecodable, BadRecord) and undecodable.line == 3
    assert "UTF-8" in undecodable.problem
    assert isinstance(nested, BadRecord) and "nested too deeply" in nested.problem
