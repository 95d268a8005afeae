"""The generic input: one paper per line as a JSON object (see DESIGN.md, "Exchange formats").

    {"id": "src-123", "title": "...", "year": 2020, "venue": "ICLR", "doi": null,
     "authors": [{"name": "Han Cai", "affiliation": "MIT", "orcid": null}, ...],
     "keywords": ["..."], "abstract": "..."}

Optional: "title" (a paper without one is loaded untitled), "source" (default "jsonl"); per
author "email", "truth" (a gold label) and, in place of "affiliation", an "affiliations" list
(as ORCID- and OpenAlex-style records give it). "id" may be a string or an integer. Blank lines
are skipped. A line that is wrong becomes a bad record naming the file, the line and what to
change.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from graph.errors import InputError
from loaders.checks import year_problem
from loaders.files import decode_line, iter_raw_lines, plain_suffix
from loaders.records import AuthorSlot, BadRecord, PaperRecord

FORMAT = "jsonl"
DEFAULT_SOURCE = "jsonl"
_AUTHOR_TEXT_FIELDS = ("affiliation", "orcid", "email", "truth")
_HINT = (
    'Each line must be one paper object as in DESIGN.md ("id", "title", '
    '"authors": [{"name": ...}], ...).'
)


class InvalidLine(ValueError):
    """A problem with one line's content; read() adds the file and line."""


def sniff(path: Path, head: str) -> bool:
    """A .jsonl/.ndjson file, or JSON-object lines with an "authors" list."""
    first = head.lstrip()
    return plain_suffix(path) in (".jsonl", ".ndjson") or (
        first.startswith("{") and '"authors"' in first.split("\n", 1)[0]
    )


def read(path: Path) -> Iterator[PaperRecord | BadRecord]:
    """Yield one PaperRecord per non-blank line, or a BadRecord for a line that is wrong."""
    return read_objects(path, paper_from_object, _HINT)


def read_objects(
    path: Path, to_record: Callable[[dict[str, Any]], PaperRecord], hint: str
) -> Iterator[PaperRecord | BadRecord]:
    """JSON lines to records: `to_record` of each non-blank line's object, or a BadRecord
    (with `hint`) for a line that does not decode or parse, or that `to_record` refuses by
    raising InvalidLine."""
    for number, raw in iter_raw_lines(path):
        try:
            line = decode_line(path, number, raw)
            if line.strip():
                yield to_record(json_object(line))
        except InputError as error:
            yield BadRecord.of(error)
        except InvalidLine as problem:
            yield BadRecord(str(path), str(problem), line=number, hint=hint)


def json_object(line: str) -> dict[str, Any]:
    """One line's JSON object; ValueError (with what is wrong) for anything else."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise InvalidLine(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise InvalidLine("not valid JSON (nested too deeply)") from None
    if not isinstance(value, dict):
        raise InvalidLine(f"expected a JSON object, found {type(value).__name__}")
    return value


def paper_from_object(obj: dict[str, Any]) -> PaperRecord:
    """Validate one decoded line and build its PaperRecord."""
    return PaperRecord(
        source=_text(obj, "source") or DEFAULT_SOURCE,
        source_id=_paper_id(obj),
        title=_text(obj, "title"),
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
        raise InvalidLine('"id" is missing or empty')
    return text


def _text(obj: dict[str, Any], name: str, where: str = "") -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidLine(f'"{where}{name}" must be a string or null, not {type(value).__name__}')
    return value.strip() or None


def _year(obj: dict[str, Any]) -> int | None:
    value = obj.get("year")
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidLine(f'"year" must be an integer or null, not {type(value).__name__}')
    if problem := year_problem(value):
        raise InvalidLine(problem)
    return value


def _keywords(obj: dict[str, Any]) -> tuple[str, ...]:
    value = obj.get("keywords") or []
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        raise InvalidLine('"keywords" must be a list of strings')
    return tuple(k.strip() for k in value if k.strip())


def _authors(obj: dict[str, Any]) -> tuple[AuthorSlot, ...]:
    value = obj.get("authors")
    if not isinstance(value, list) or not value:
        raise InvalidLine('"authors" must be a non-empty list of {"name": ...} objects')
    return tuple(_author(author, position) for position, author in enumerate(value, start=1))


def _author(author: Any, position: int) -> AuthorSlot:
    where = f"authors[{position - 1}]."
    if not isinstance(author, dict):
        raise InvalidLine(f'"{where[:-1]}" must be an object with a "name"')
    name = _text(author, "name", where)
    if name is None:
        raise InvalidLine(f'"{where}name" is missing or empty')
    extra = {field: _text(author, field, where) for field in _AUTHOR_TEXT_FIELDS}
    extra["affiliation"] = extra["affiliation"] or _affiliations(author, where)
    return AuthorSlot(name=name, position=position, **extra)


def _affiliations(author: dict[str, Any], where: str) -> str | None:
    """An "affiliations" list (ORCID- and OpenAlex-style records give one per institution),
    joined into one affiliation text."""
    value = author.get("affiliations") or []
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        raise InvalidLine(f'"{where}affiliations" must be a list of strings')
    return "; ".join(a.strip() for a in value if a.strip()) or None
