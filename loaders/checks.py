"""What Neo4j (or the bulk path's CSV) would refuse in a record that a reader accepted, found
before anything is written so that it is a bad record rather than a failed transaction:
text that is not encodable (a lone surrogate from a JSON escape), an id or a name too long for
an index key (Neo4j indexes at most 8 KB per value; keys join a paper's id and a name), and
years that are not years."""

from __future__ import annotations

from collections.abc import Iterator

from loaders.records import PaperRecord, PersonRecord, Record, VenueRecord

MAX_ID_CHARS = 1000  # a paper's or a person's id, a venue's name, an ORCID
MAX_NAME_CHARS = 500  # an author's name
LAST_YEAR = 9999


def year_from_text(text: str | None) -> int | None:
    """A year written as up to four ASCII digits; None for anything else ("n.d.", "²", a
    number of 20 digits): real records hold such oddities, and no year is better than a
    failed load."""
    if text and text.isascii() and text.isdigit() and len(text) <= len(str(LAST_YEAR)):
        return int(text)
    return None


def year_problem(year: int) -> str | None:
    return None if 0 <= year <= LAST_YEAR else f"the year {year} is not between 0 and {LAST_YEAR}"


def record_problem(record: Record) -> str | None:
    """Why `record` cannot be written, or None."""
    for text, limit, what in _limited(record):
        if len(text) > limit:
            return f"{what} is {len(text)} characters long; at most {limit} can be indexed"
    year = record.year if isinstance(record, PaperRecord) else None
    if year is not None and (problem := year_problem(year)):
        return problem
    if not _encodable(record):
        return (
            "the text holds a character that is not Unicode text (a lone surrogate, e.g. \\ud800)"
        )
    return None


def _limited(record: Record) -> Iterator[tuple[str, int, str]]:
    yield record.source_id, MAX_ID_CHARS, "the id"
    if isinstance(record, PaperRecord):
        yield record.venue or "", MAX_ID_CHARS, "the venue"
        for slot in record.authors:
            yield slot.name, MAX_NAME_CHARS, f"the name of author {slot.position or '?'}"
            yield slot.orcid or "", MAX_ID_CHARS, f"the ORCID of author {slot.position or '?'}"
    elif isinstance(record, VenueRecord):
        yield record.name, MAX_ID_CHARS, "the venue's name"
    elif isinstance(record, PersonRecord):
        for name in record.names:
            yield name, MAX_NAME_CHARS, "a name"


def _encodable(record: Record) -> bool:
    try:
        "".join(_texts(record)).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _texts(record: Record) -> Iterator[str]:
    yield from (record.source, record.source_id)
    if isinstance(record, PaperRecord):
        yield from (record.title or "", record.venue or "", record.doi or "", record.kind or "")
        yield from (record.abstract or "", *record.keywords)
        for slot in record.authors:
            yield from (slot.name, slot.affiliation or "", slot.orcid or "")
            yield from (slot.email or "", slot.truth or "")
    elif isinstance(record, VenueRecord):
        yield from (record.name, record.title or "")
    elif isinstance(record, PersonRecord):
        yield from (*record.names, *record.urls, record.orcid or "", *record.affiliations)
