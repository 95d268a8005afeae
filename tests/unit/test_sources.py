"""loaders.sources: what `namesake load DIR` takes from a directory, and what it skips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.errors import InputError
from loaders.sources import sources

PAPER = json.dumps({"id": "p", "title": "T", "authors": [{"name": "A B"}]}) + "\n"
BIB = "@article{k,\n  title = {T},\n  author = {A B},\n}\n"


def folder(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.jsonl").write_text(PAPER)
    (tmp_path / "a.bib").write_text(BIB)
    (tmp_path / "notes.txt").write_text("words\n")
    (tmp_path / "b.jsonl.rejects.jsonl").write_text(PAPER)
    (tmp_path / "truth.jsonl").write_text('\n{"paper": "p", "name": "A B", "person": "x"}\n')
    return tmp_path


def test_a_directory_gives_its_detected_files_in_name_order(tmp_path: Path) -> None:
    found = sources([folder(tmp_path)])
    assert found.files == [tmp_path / "a.bib", tmp_path / "b.jsonl"]
    assert dict(found.skipped) == {
        tmp_path / "b.jsonl.rejects.jsonl": "the rejects file of an earlier load",
        tmp_path / "notes.txt": "the input format is not recognised",
        tmp_path / "sub": "a directory (subdirectories are not loaded)",
        tmp_path / "truth.jsonl": (
            "gold labels, not papers (for `namesake evaluate --truth` or `train --truth`)"
        ),
    }


def test_with_a_format_only_its_files_and_named_files_come_once(tmp_path: Path) -> None:
    folder(tmp_path)
    found = sources([tmp_path / "b.jsonl", tmp_path, tmp_path / "notes.txt"], "jsonl")
    assert found.files == [tmp_path / "b.jsonl", tmp_path / "notes.txt"]
    assert found.skipped[0] == (tmp_path / "a.bib", "in format bibtex, not jsonl")


def test_a_directory_with_nothing_to_load_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("words\n")
    with pytest.raises(InputError, match="no file in this directory is in a format"):
        sources([tmp_path])
