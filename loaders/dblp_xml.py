"""dblp.xml, the DBLP dump (several GB, ISO-8859-1, HTML character entities from dblp.dtd).

Streamed with expat in fixed-size chunks, one record in memory at a time. Named entities are
resolved from `html.entities`, so the DTD need not sit beside the file (expat never reads it).
`<www key="homepages/...">` records are people (PersonRecord; disambiguation pages, which
stand for several people, are skipped), `<proceedings>` records are venues (VenueRecord), every
other record is a paper (PaperRecord, `kind` = the element name, a web page's is "www").
Editors are not authors: only `<author>` elements make author slots.
"""

from __future__ import annotations

import html.entities
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from graph.errors import InputError
from loaders.files import open_binary
from loaders.records import AuthorSlot, PaperRecord, PersonRecord, Record, VenueRecord

FORMAT = "dblp-xml"
SOURCE = "dblp"
RECORD_TAGS = frozenset(
    {
        "article",
        "inproceedings",
        "proceedings",
        "book",
        "incollection",
        "phdthesis",
        "mastersthesis",
        "www",
        "person",
        "data",
    }
)
# Only these fields are read; the rest (pages, cite, isbn, ...) is skipped while parsing.
_USED_FIELDS = frozenset({"author", "title", "year", "journal", "booktitle", "ee", "url", "note"})
_CHUNK_BYTES = 1 << 16
_DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/(10\..+)$", re.IGNORECASE)
_ORCID_URL = re.compile(r"^https?://orcid\.org/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$", re.IGNORECASE)
_SNIFF = re.compile(r"<!DOCTYPE\s+dblp|<dblp[\s>]")


@dataclass
class _Field:
    """One child element of a record: its tag, attributes and flattened text."""

    tag: str
    attrs: dict[str, str]
    text: str


@dataclass
class _Record:
    tag: str
    attrs: dict[str, str]
    line: int
    fields: dict[str, list[_Field]] = field(default_factory=dict)

    def all(self, tag: str) -> list[_Field]:
        return self.fields.get(tag, [])

    def texts(self, tag: str) -> list[str]:
        return [f.text for f in self.all(tag) if f.text]

    def first(self, *tags: str) -> str | None:
        return next((t for tag in tags for t in self.texts(tag)), None)


def sniff(path: Path, head: str) -> bool:
    """dblp.xml starts with its DOCTYPE or its <dblp> root."""
    return _SNIFF.search(head) is not None


def read(path: Path) -> Iterator[Record]:
    """Yield the records of a dblp.xml file, streaming in constant memory."""
    parser = expat.ParserCreate()
    builder = _Builder(path, parser)
    with open_binary(path) as stream:
        for chunk in iter(lambda: stream.read(_CHUNK_BYTES), b""):
            _feed(path, parser, chunk, final=False)
            yield from builder.take()
        _feed(path, parser, b"", final=True)
        yield from builder.take()


def _feed(path: Path, parser: expat.XMLParserType, data: bytes, final: bool) -> None:
    try:
        parser.Parse(data, final)
    except expat.ExpatError as error:
        raise InputError(
            str(path),
            f"malformed XML: {expat.ErrorString(error.code)}",
            line=error.lineno,
            hint="The file is damaged or not dblp.xml; download it again.",
        ) from error


class _Builder:
    """expat callbacks that assemble one record at a time and queue the finished ones."""

    def __init__(self, path: Path, parser: expat.XMLParserType):
        self._path = path
        self._parser = parser
        self._record: _Record | None = None
        self._field: _Field | None = None
        self._depth = 0
        self._text: list[str] = []
        self._done: list[Record] = []
        parser.buffer_text = True
        parser.UseForeignDTD(True)  # undeclared entities are then skipped, not fatal
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._chars
        parser.SkippedEntityHandler = self._entity

    def take(self) -> list[Record]:
        done, self._done = self._done, []
        return done

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        self._depth += 1
        if self._depth == 2 and tag in RECORD_TAGS:
            self._record = _Record(tag, attrs, self._parser.CurrentLineNumber)
        elif self._depth == 3 and self._record is not None and tag in _USED_FIELDS:
            self._field = _Field(tag, attrs, "")
            self._text = []

    def _end(self, tag: str) -> None:
        if self._depth == 3 and self._field is not None and self._record is not None:
            self._field.text = " ".join("".join(self._text).split())
            self._record.fields.setdefault(self._field.tag, []).append(self._field)
            self._field = None
        elif self._depth == 2 and self._record is not None:
            record = _to_record(self._path, self._record)
            if record is not None:
                self._done.append(record)
            self._record = None
        self._depth -= 1

    def _chars(self, data: str) -> None:
        if self._field is not None:
            self._text.append(data)

    def _entity(self, name: str, is_parameter_entity: bool) -> None:
        codepoint = html.entities.name2codepoint.get(name)
        if codepoint is None:
            raise InputError(
                str(self._path),
                f"unknown character entity &{name};",
                line=self._parser.CurrentLineNumber,
                hint="dblp.xml uses the HTML entities of dblp.dtd; is this dblp.xml?",
            )
        self._chars(chr(codepoint))


def _to_record(path: Path, record: _Record) -> Record | None:
    key = record.attrs.get("key", "").strip()
    if not key:
        raise InputError(
            str(path),
            f"a <{record.tag}> record has no key",
            line=record.line,
            hint="Every dblp record needs a key attribute; is this dblp.xml?",
        )
    if record.tag in ("www", "person") and key.startswith("homepages/"):
        return _person(key, record) if _is_person(record) else None
    if record.tag == "proceedings":
        return _venue(key, record)
    return _paper(key, record)


def _is_person(record: _Record) -> bool:
    # A disambiguation page stands for several people, so it is no one's record.
    return "disambiguation" not in record.attrs.get("publtype", "")


def _person(key: str, record: _Record) -> PersonRecord:
    return PersonRecord(
        source=SOURCE,
        source_id=key,
        names=tuple(record.texts("author")),
        urls=tuple(record.texts("url")),
        orcid=_person_orcid(record),
        affiliations=tuple(
            f.text for f in record.all("note") if f.attrs.get("type") == "affiliation" and f.text
        ),
    )


def _person_orcid(record: _Record) -> str | None:
    candidates = [f.attrs.get("orcid", "") for f in record.all("author")]
    candidates += [f.text for f in record.all("note") if f.attrs.get("type") == "orcid"]
    candidates += [m[1] for m in map(_ORCID_URL.match, record.texts("url")) if m]
    return next((c.strip() for c in candidates if c and c.strip()), None)


def _venue(key: str, record: _Record) -> VenueRecord:
    title = record.first("title")
    return VenueRecord(
        source=SOURCE,
        source_id=key,
        name=record.first("booktitle", "title", "journal") or key,
        title=title,
        year=_year(record),
    )


def _paper(key: str, record: _Record) -> PaperRecord:
    authors = tuple(
        AuthorSlot(name=f.text, position=i, orcid=f.attrs.get("orcid") or None)
        for i, f in enumerate((f for f in record.all("author") if f.text), start=1)
    )
    return PaperRecord(
        source=SOURCE,
        source_id=key,
        title=record.first("title") or "",
        authors=authors,
        year=_year(record),
        venue=record.first("journal", "booktitle"),
        doi=_doi(record),
        kind=record.tag,
    )


def _year(record: _Record) -> int | None:
    # Real records hold oddities such as <year>" "</year>: no year rather than a failed load.
    text = record.first("year")
    return int(text) if text and text.isdigit() else None


def _doi(record: _Record) -> str | None:
    return next((m[1] for m in map(_DOI_URL.match, record.texts("ee")) if m), None)
