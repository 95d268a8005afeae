"""The generic input: one paper per line as a JSON object (see DESIGN.md, "Exchange formats").

    {"id": "src-123", "title": "...", "year": 2020, "venue": "ICLR", "doi": null,
     "authors": [{"name": "Han Cai", "affiliation": "MIT", "orcid": null}, ...],
     "keywords": ["..."], "abstract": "..."}

Optional: "source" (default "jsonl"); per author "email" and "truth" (a gold label). "id" may
be a string or an integer. Blank lines are skipped. Anything else that is wrong stops the load
with the file, the line and what to change.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graph.errors import InputError
from loaders.files import iter_lines, plain_suffix
from loaders.records import AuthorSlot, PaperRecord

FORMAT = "jsonl"
DEFAULT_SOURCE = "jsonl"
_AUTHOR_TEXT_FIELDS = ("affiliation", "orcid", "email", "truth")


class _Invalid(ValueError):
    """A problem with one line's content; read() adds the file and line."""


def sniff(path: Path, head: str) -> bool:
    """A .jsonl/.ndjson file, or JSON-object lines with an "authors" list."""
    first = head.lstrip()
    return plain_suffix(path) in (".jsonl", ".ndjson") or (
        first.startswith("{") and '"authors"' in first.split("\n", 1)[0]
    )


def read(path: Path) -> Iterator[PaperRecord]:
    """Yield one PaperRecord per non-blank line."""
    for number, line in iter_lines(path):
        if not line.strip():
            continue
        try:
            yield paper_from_object(_json_object(line))
        except _Invalid as problem:
            raise InputError(
                str(path),
                str(problem),
                line=number,
                hint="Each line must be one paper object as in DESIGN.md "
                '("id", "title", "authors": [{"name": ...}], ...).',
            ) from None


def _json_object(line: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise _Invalid(f"not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(value, dict):
        raise _Invalid(f"expected a JSON object, found {type(value).__name__}")
    return value


def paper_from_object(obj: dict[str, Any]) -> PaperRecord:
    """Validate one decoded line and build its PaperRecord."""
    title = _text(obj, "title")
    if title is None:
        raise _Invalid('"title" is missing or empty')
    return PaperRecord(
        source=_text(obj, "source") or DEFAULT_SOURCE,
        source_id=_paper_id(obj),
        title=title,
        authors=_authors(obj),
        year=_year(obj),
        venue=_text(obj, "venue"),
        doi=_text(obj, "doi"),
        keywords=_keywords(obj),
        abstract=_text(obj, "abstract"),
    )


def _paper_id(obj: dict[str, Any]) -> str:
    value = obj.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = _text(obj, "id")
    if text is None:
        raise _Invalid('"id" is missing or empty')
    return text


def _text(obj: dict[str, Any], name: str, where: str = "") -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Invalid(f'"{where}{name}" must be a string or null, not {type(value).__name__}')
    return value.strip() or None


def _year(obj: dict[str, Any]) -> int | None:
    value = obj.get("year")
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise _Invalid(f'"year" must be an integer or null, not {type(value).__name__}')


def _keywords(obj: dict[str, Any]) -> tuple[str, ...]:
    value = obj.get("keywords") or []
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        raise _Invalid('"keywords" must be a list of strings')
    return tuple(k.strip() for k in value if k.strip())


def _authors(obj: dict[str, Any]) -> tuple[AuthorSlot, ...]:
    value = obj.get("authors")
    if not isinstance(value, list) or not value:
        raise _Invalid('"authors" must be a non-empty list of {"name": ...} objects')
    return tuple(_author(author, position) for position, author in enumerate(value, start=1))


def _author(author: Any, position: int) -> AuthorSlot:
    where = f"authors[{position - 1}]."
    if not isinstance(author, dict):
        raise _Invalid(f'"{where[:-1]}" must be an object with a "name"')
    name = _text(author, "name", where)
    if name is None:
        raise _Invalid(f'"{where}name" is missing or empty')
    extra = {field: _text(author, field, where) for field in _AUTHOR_TEXT_FIELDS}
    return AuthorSlot(name=name, position=position, **extra)
