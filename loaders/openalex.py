"""OpenAlex works, one JSON object per line, as in the OpenAlex snapshot and API.

Each work: "id" ("https://openalex.org/W..."), "display_name" or "title", "publication_year",
"doi", "authorships" (in author order: "raw_author_name", "author": {"display_name", "orcid"},
"institutions", "raw_affiliation_strings"), "primary_location.source.display_name",
"keywords" (or, in older records, "concepts"), "type" and "abstract_inverted_index".

The slot's name is the name as printed on the paper ("raw_author_name") when OpenAlex gives it,
its disambiguated "display_name" otherwise. ORCIDs and DOIs are kept in their bare form.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from loaders.checks import year_problem
from loaders.jsonl import InvalidLine, read_objects
from loaders.records import AuthorSlot, BadRecord, PaperRecord

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


def read(path: Path) -> Iterator[PaperRecord | BadRecord]:
    """Yield one PaperRecord per work, or a BadRecord for a line that is wrong."""
    return read_objects(path, _work, _HINT)


def _work(work: dict[str, Any]) -> PaperRecord:
    work_id, title = _text(work.get("id")), _text(work.get("display_name") or work.get("title"))
    if work_id is None:
        raise InvalidLine('the work has no "id"')
    authorships = [a for a in _array(work.get("authorships")) if isinstance(a, dict)]
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


def _object(value: Any) -> dict[str, Any]:
    """A JSON object where OpenAlex has one; a value of another shape counts as absent."""
    return value if isinstance(value, dict) else {}


def _array(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _year(value: Any) -> int | None:
    is_year = isinstance(value, int) and not isinstance(value, bool) and not year_problem(value)
    return value if is_year else None


def _strip_prefix(text: str | None, prefixes: tuple[str, ...]) -> str | None:
    for prefix in prefixes:
        if text and text.lower().startswith(prefix):
            return text[len(prefix) :] or None
    return text


def _name(authorship: dict[str, Any]) -> str | None:
    author = _object(authorship.get("author"))
    return _text(authorship.get("raw_author_name")) or _text(author.get("display_name"))


def _slot(authorship: dict[str, Any], position: int) -> AuthorSlot:
    author = _object(authorship.get("author"))
    return AuthorSlot(
        name=_name(authorship) or "",
        position=position,
        affiliation=_affiliation(authorship),
        orcid=_strip_prefix(_text(author.get("orcid")), _ORCID_PREFIXES),
    )


def _affiliation(authorship: dict[str, Any]) -> str | None:
    raw = [_text(s) for s in _array(authorship.get("raw_affiliation_strings"))]
    names = [_text(_object(i).get("display_name")) for i in _array(authorship.get("institutions"))]
    found = [s for s in raw if s] or [s for s in names if s]
    return "; ".join(dict.fromkeys(found)) or None


def _venue(work: dict[str, Any]) -> str | None:
    source = _object(_object(work.get("primary_location")).get("source"))
    return _text(source.get("display_name")) or _text(
        _object(work.get("host_venue")).get("display_name")
    )


def _keywords(work: dict[str, Any]) -> tuple[str, ...]:
    entries = _array(work.get("keywords")) or _array(work.get("concepts"))
    words = (
        _text(e.get("display_name") or e.get("keyword")) if isinstance(e, dict) else None
        for e in entries
    )
    return tuple(w for w in words if w)


def abstract_text(index: Any) -> str | None:
    """Rebuild an abstract from OpenAlex's inverted index (word -> positions)."""
    placed = sorted(
        (position, word)
        for word, positions in _object(index).items()
        for position in _array(positions)
        if isinstance(position, int)
    )
    return " ".join(word for _, word in placed) or None
