"""loaders.validation: the bad-record policy, on files alone (no database)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.errors import InputError
from loaders.validation import BadRecordPolicy, FileCheck, checked_items

GOOD = {"id": "p", "title": "T", "authors": [{"name": "Ada Lovelace"}]}


def corpus(tmp_path: Path, broken: int) -> Path:
    """Five good lines, and `broken` bad ones at lines 2, 4, 6, ..."""
    lines = [json.dumps(GOOD | {"id": f"p{i}"}) for i in range(5)]
    for n in range(broken):
        lines.insert(2 * n + 1, "{broken" if n % 2 == 0 else json.dumps({"id": "x"}))
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def check(path: Path, max_bad: int, rejects: Path | None) -> FileCheck:
    return FileCheck(path, BadRecordPolicy(max_bad, rejects)).run(checked_items(path, "jsonl"))


def test_strict_by_default_names_file_line_reason_and_what_to_do(tmp_path: Path) -> None:
    path = corpus(tmp_path, broken=1)
    with pytest.raises(InputError) as error:
        check(path, 0, None)
    message = str(error.value)
    assert message.startswith(f"{path}, line 2: not valid JSON")
    assert "Nothing was loaded from this file" in message and "--max-bad" in message


def test_within_the_tolerance_bad_records_go_to_the_rejects_file(tmp_path: Path) -> None:
    path = corpus(tmp_path, broken=2)
    out = tmp_path / "out"
    out.mkdir()
    result = check(path, 2, out)
    assert result.records == 5 and len(result.rejects) == 2
    assert result.rejects_path == out / "corpus.jsonl.rejects.jsonl"
    lines = [json.loads(line) for line in result.rejects_path.read_text().splitlines()]
    assert [(r["file"], r["line"]) for r in lines] == [(str(path), 2), (str(path), 4)]
    assert lines[0]["reason"].startswith("not valid JSON")
    assert lines[1]["reason"] == '"authors" must be a non-empty list of {"name": ...} objects'


def test_past_the_tolerance_the_file_is_refused(tmp_path: Path) -> None:
    path = corpus(tmp_path, broken=3)
    with pytest.raises(InputError) as error:
        check(path, 2, tmp_path)
    message = str(error.value)
    assert f"{path}, line 6" in message and "bad record 3, more than --max-bad 2" in message
    assert "corpus.jsonl.rejects.jsonl" in message
    assert len((tmp_path / "corpus.jsonl.rejects.jsonl").read_text().splitlines()) == 3


def test_no_rejects_file_without_bad_records_or_a_directory(tmp_path: Path) -> None:
    assert check(corpus(tmp_path, 0), 2, tmp_path).rejects_path is None
    assert not list(tmp_path.glob("*.rejects.jsonl"))
    assert check(corpus(tmp_path, 1), 2, None).rejects_path is None


def test_an_unwritable_rejects_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot write the rejects file"):
        check(corpus(tmp_path, 1), 2, tmp_path / "absent")


def test_whatever_a_line_holds_it_is_a_record_or_a_bad_record(tmp_path: Path) -> None:
    """Input a user can write never raises past the reader: every odd line is a bad record."""
    odd = [
        "[" * 100_000,
        json.dumps(GOOD | {"year": 10**30}),
        json.dumps(GOOD | {"title": "\ud800"}),
        json.dumps(GOOD | {"id": "x" * 5000}),
        json.dumps(GOOD | {"authors": [{"name": "N" * 600}]}),
        json.dumps(GOOD | {"keywords": [1]}),
        json.dumps(GOOD | {"year": True}),
        "null",
        '"a string"',
    ]
    path = tmp_path / "odd.jsonl"
    path.write_bytes(("\n".join(odd) + "\n").encode("utf-8", "surrogatepass") + b"\xff\n")
    result = check(path, 100, None)
    assert result.records == 0 and len(result.rejects) == len(odd) + 1
    assert [r.line for r in result.rejects if r.line] == [1, 2, 6, 7, 8, 9, 10]
    assert {r.record for r in result.rejects if not r.line} == {"p", "x" * 100}


def test_openalex_fields_of_another_shape_count_as_absent(tmp_path: Path) -> None:
    work = {
        "id": "https://openalex.org/W1",
        "display_name": "T",
        "authorships": ["x", {"author": "y", "raw_author_name": "A B", "institutions": ["z"]}],
        "primary_location": [],
        "keywords": {"a": 1},
        "abstract_inverted_index": {"word": "0", "other": [1]},
        "publication_year": 10**20,
    }
    path = tmp_path / "works.jsonl"
    path.write_text(json.dumps(work) + "\n")
    (record,) = checked_items(path, "openalex")
    assert record.authors[0].name == "A B" and record.abstract == "other"
    assert (record.year, record.venue, record.keywords) == (None, None, ())


def test_strict_refusals_write_no_rejects_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        check(corpus(tmp_path, broken=1), 0, tmp_path)
    assert not list(tmp_path.glob("*.rejects.jsonl"))
