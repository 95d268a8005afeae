"""The loader registry: which formats exist, which one a file is in, and its records.

Every format module exposes `FORMAT`, `sniff(path, head)` and `read(path)`; the file helpers
they share are in loaders/files.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from graph.errors import InputError
from loaders import aminer, arrow, bibtex, dblp_xml, jsonl, openalex
from loaders.files import read_head
from loaders.records import Record

# Sniffing order matters: OpenAlex lines are JSON lines too, so openalex precedes jsonl.
FORMATS: dict[str, ModuleType] = {
    module.FORMAT: module for module in (arrow, dblp_xml, aminer, bibtex, openalex, jsonl)
}


def detect_format(path: Path) -> str:
    """Name the format of `path` from its content (and extension); InputError when unknown."""
    head = read_head(Path(path))
    for name, module in FORMATS.items():
        if module.sniff(Path(path), head):
            return name
    raise InputError(
        str(path),
        "the input format is not recognised",
        hint=f"Known formats: {', '.join(FORMATS)}. Name one with --format.",
    )


def format_of(path: Path, fmt: str | None = None) -> str:
    """The format `path` is read in: `fmt` when it names a known one (InputError when it names
    none), else the detected one."""
    if fmt is None:
        return detect_format(path)
    if fmt not in FORMATS:
        raise InputError(
            str(path), f"unknown format {fmt!r}", hint=f"Known formats: {', '.join(FORMATS)}."
        )
    return fmt


def read_records(path: Path, fmt: str | None = None) -> Iterator[Record]:
    """Yield the records of `path`, in format `fmt` or in the detected one."""
    path = Path(path)
    yield from FORMATS[format_of(path, fmt)].read(path)
