"""What `namesake load PATH...` loads: the files named, and in each directory named the regular
files whose format is detected (and is the one asked for, when one is), sorted by name.
Subdirectories are not descended into, and a truth file beside the papers (gold labels, as the
labelled corpora keep them) is not loaded as papers; everything a directory holds besides is
skipped, with why, so that the CLI can say so."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import InputError
from loaders import FORMATS, detect_format
from loaders.files import read_head
from loaders.validation import REJECTS_SUFFIX


@dataclass
class Sources:
    """The files to load, in order, and what was skipped in the directories: (path, why)."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def sources(paths: Iterable[Path], fmt: str | None = None) -> Sources:
    """Expand directories; a file named twice (or named and in a directory) is loaded once."""
    found = Sources()
    seen: set[Path] = set()
    for path in paths:
        taken = _directory(path, fmt, found) if path.is_dir() else [path]
        for file in taken:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                found.files.append(file)
    return found


def _directory(directory: Path, fmt: str | None, found: Sources) -> list[Path]:
    taken = []
    try:
        entries = sorted(directory.iterdir())
    except OSError as error:
        raise InputError(
            str(directory),
            f"cannot list the directory ({error.strerror})",
            hint="Check the path and its permissions.",
        ) from error
    for entry in entries:
        why = _why_skipped(entry, fmt)
        if why is None:
            taken.append(entry)
        else:
            found.skipped.append((entry, why))
    if not taken:
        wanted = f"in format {fmt}" if fmt else f"in a format namesake reads ({', '.join(FORMATS)})"
        raise InputError(
            str(directory),
            f"no file in this directory is {wanted}",
            hint="Name the files to load, with --format if their format is not detected.",
        )
    return taken


def _why_skipped(entry: Path, fmt: str | None) -> str | None:
    if entry.is_dir():
        return "a directory (subdirectories are not loaded)"
    if not entry.is_file():
        return "not a regular file"
    if entry.name.endswith(REJECTS_SUFFIX):
        return "the rejects file of an earlier load"
    try:
        detected = detect_format(entry)
    except InputError as error:
        return error.problem
    return _not_papers(entry, detected, fmt)


def _not_papers(entry: Path, detected: str, fmt: str | None) -> str | None:
    """Why a file of a detected format is still not one to load, if it is not."""
    if fmt is not None and detected != fmt:
        return f"in format {detected}, not {fmt}"
    if detected == "jsonl" and _is_truth_file(entry):
        return "gold labels, not papers (for `namesake evaluate --truth` or `train --truth`)"
    return None


def _is_truth_file(entry: Path) -> bool:
    """Whether a JSON-lines file's first record is a gold label ({"paper", "name", "person"}),
    as the labelled corpora keep beside their papers."""
    first = next((line for line in read_head(entry).splitlines() if line.strip()), "")
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and {"paper", "name", "person"} <= record.keys()
