"""OpenAlex works, one JSON object per line, as in the OpenAlex snapshot and API.

Each work: "id" ("https://openalex.org/W..."), "display_name" or "title", "publication_year",
"doi", "authorships" (in author order: "raw_author_name", "author": {"display_name", "orcid"},
"institutions", "raw_affiliation_strings"), "primary_location.source.display_name",
"keywords" (or, in older records, "concepts"), "type" and "abstract_inverted_index".

The slot's name is the name as printed on the paper ("raw_author_name") when OpenAlex gives it,
its disambiguated "display_name" otherwise. ORCIDs and DOIs are kept in their bare form.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graph.errors import InputError
from loaders.files import iter_lines
from loaders.records import AuthorSlot, PaperRecord

FORMAT = "openalex"
SOURCE = "openalex"
_ID_PREFIX = "https://openalex.org/"
_DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:")
_ORCID_PREFIXES = ("https://orcid.org/", "http://orcid.org/")
_HINT = "Each line must be one OpenAlex work object, as the OpenAlex API or snapshot gives it."


def sniff(path: Path, head: str) -> bool:
    """JSON lines whose first object is an OpenAlex work."""
    first = head.lstrip().split("\n", 1)[0]
    return first.startswith("{") and ('"authorships"' in first or "openalex.org/W" in first)


def read(path: Path) -> Iterator[PaperRecord]:
    """Yield one PaperRecord per work."""
    for number, line in iter_lines(path):
        if line.strip():
            yield _work(path, number, _object(path, number, line))


def _object(path: Path, number: int, line: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            str(path),
            f"not valid JSON ({error.msg} at column {error.colno})",
            line=number,
            hint=_HINT,
        ) from None
    if not isinstance(value, dict):
        raise InputError(str(path), "expected a JSON object", line=number, hint=_HINT)
    return value


def _work(path: Path, number: int, work: dict[str, Any]) -> PaperRecord:
    work_id, title = _text(work.get("id")), _text(work.get("display_name") or work.get("title"))
    if work_id is None or title is None:
        raise InputError(
            str(path), 'the work has no "id" or no title', line=number, record=work_id, hint=_HINT
        )
    authorships = work.get("authorships") or []
    return PaperRecord(
        source=SOURCE,
        source_id=work_id.removeprefix(_ID_PREFIX),
        title=title,
        authors=tuple(_slot(a, i) for i, a in enumerate(authorships, start=1) if _name(a)),
        year=_year(work.get("publication_year")),
        venue=_venue(work),
        doi=_strip_prefix(_text(work.get("doi")), _DOI_PREFIXES),
        kind=_text(work.get("type")),
        keywords=_keywords(work),
        abstract=abstract_text(work.get("abstract_inverted_index")),
    )


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _year(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _strip_prefix(text: str | None, prefixes: tuple[str, ...]) -> str | None:
    for prefix in prefixes:
        if text and text.lower().startswith(prefix):
            return text[len(prefix) :] or None
    return text


def _name(authorship: dict[str, Any]) -> str | None:
    author = authorship.get("author") or {}
    return _text(authorship.get("raw_author_name")) or _text(author.get("display_name"))


def _slot(authorship: dict[str, Any], position: int) -> AuthorSlot:
    author = authorship.get("author") or {}
    return AuthorSlot(
        name=_name(authorship) or "",
        position=position,
        affiliation=_affiliation(authorship),
        orcid=_strip_prefix(_text(author.get("orcid")), _ORCID_PREFIXES),
    )


def _affiliation(authorship: dict[str, Any]) -> str | None:
    raw = [_text(s) for s in authorship.get("raw_affiliation_strings") or []]
    names = [_text(i.get("display_name")) for i in authorship.get("institutions") or []]
    found = [s for s in raw if s] or [s for s in names if s]
    return "; ".join(dict.fromkeys(found)) or None


def _venue(work: dict[str, Any]) -> str | None:
    source = (work.get("primary_location") or {}).get("source") or {}
    return _text(source.get("display_name")) or _text(
        (work.get("host_venue") or {}).get("display_name")
    )


def _keywords(work: dict[str, Any]) -> tuple[str, ...]:
    entries = work.get("keywords") or work.get("concepts") or []
    words = (
        _text(e.get("display_name") or e.get("keyword")) if isinstance(e, dict) else None
        for e in entries
    )
    return tuple(w for w in words if w)


def abstract_text(index: dict[str, list[int]] | None) -> str | None:
    """Rebuild an abstract from OpenAlex's inverted index (word -> positions)."""
    if not index:
        return None
    placed = sorted((position, word) for word, positions in index.items() for position in positions)
    return " ".join(word for _, word in placed) or None
