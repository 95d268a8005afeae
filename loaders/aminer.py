"""The AMiner name-disambiguation benchmark: one XML file per ambiguous name.

`<person>` holds `<FullName>` and one `<publication>` per paper, whose `<label>` is the gold
person within the file. Most files are not well-formed (raw "&" in titles and affiliations, HTML
entities such as &uuml; without a DTD), so each line is repaired before expat sees it: an "&"
that does not start an XML entity becomes "&amp;", and HTML entities are resolved afterwards
with `html.unescape`. Lines are kept as they are, so errors still name the right line.

The file's person is the author slot whose name is most like `<FullName>`: the same key first,
then a compatible name in the same order, then a compatible name in reversed order ("Lin Shu").
That slot carries the affiliation (`<organization>`) and the gold label "<file stem>#<label>":
labels are per file, so "Feng_Liu#2" and "Hao_Wang#2" are different people.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from xml.parsers import expat

from graph.errors import InputError
from graph.names import base_key, compatible, normalize, parse_name
from loaders.files import iter_lines
from loaders.records import AuthorSlot, PaperRecord

FORMAT = "aminer"
SOURCE = "aminer"
_BARE_AMPERSAND = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)")
_NULL = "null"
# Spacing accents written after their letter ("Ja´nos", "Be&acute;zier"): the mark belongs on it.
_SPACING_ACCENTS = {
    "´": "\u0301",
    "¨": "\u0308",
    "ˇ": "\u030c",
    "¯": "\u0304",
    "˜": "\u0303",
    "˘": "\u0306",
    "˙": "\u0307",
    "˚": "\u030a",
    "¸": "\u0327",
    "˝": "\u030b",
}
_ACCENT_AFTER_LETTER = re.compile(f"(?<=[^\\W\\d_])[{''.join(_SPACING_ACCENTS)}]")


def sniff(path: Path, head: str) -> bool:
    """An AMiner benchmark file: a <person> root with <FullName>."""
    return "<person>" in head and "<FullName>" in head


def read(path: Path) -> Iterator[PaperRecord]:
    """Yield one PaperRecord per <publication>, the file's person labelled on its slot."""
    full_name: str | None = None
    for line, element in _elements(path):
        if element.get("tag") == "FullName":
            full_name = element["text"]
        elif element.get("tag") == "publication":
            if full_name is None:
                raise InputError(
                    str(path),
                    "<publication> before <FullName>",
                    line=line,
                    hint="Each AMiner file starts with the person's <FullName>.",
                )
            yield _paper(path, line, element, full_name)


def _elements(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line, fields) for <FullName> and for each <publication> (its child texts)."""
    parser = expat.ParserCreate("utf-8")
    collector = _Collector(parser)
    for number, text in iter_lines(path):
        try:
            parser.Parse(_repair(text) + "\n", False)
        except expat.ExpatError as error:
            raise InputError(
                str(path),
                f"malformed XML: {expat.ErrorString(error.code)}",
                line=number,
                hint="Check the element's tags on this line.",
            ) from error
        yield from collector.take()
    try:
        parser.Parse("", True)
    except expat.ExpatError as error:
        raise InputError(
            str(path),
            f"malformed XML: {expat.ErrorString(error.code)}",
            line=error.lineno,
            hint="The file is cut short or its tags do not match.",
        ) from error
    yield from collector.take()


def _repair(line: str) -> str:
    return _BARE_AMPERSAND.sub("&amp;", line)


class _Collector:
    """expat callbacks: the text of each element, grouped per <publication>."""

    def __init__(self, parser: expat.XMLParserType):
        self._parser = parser
        self._stack: list[tuple[str, list[str]]] = []
        self._publication: dict[str, str] | None = None
        self._line = 0
        self._done: list[tuple[int, dict[str, str]]] = []
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._chars

    def take(self) -> list[tuple[int, dict[str, str]]]:
        done, self._done = self._done, []
        return done

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        self._stack.append((tag, []))
        if tag == "publication":
            self._publication, self._line = {"tag": tag}, self._parser.CurrentLineNumber

    def _end(self, tag: str) -> None:
        _, parts = self._stack.pop()
        text = _clean(html.unescape("".join(parts)))
        if tag == "publication" and self._publication is not None:
            self._done.append((self._line, self._publication))
            self._publication = None
        elif self._publication is not None:
            self._publication[tag] = text
        elif tag == "FullName":
            self._done.append((self._parser.CurrentLineNumber, {"tag": tag, "text": text}))

    def _chars(self, data: str) -> None:
        if self._stack:
            self._stack[-1][1].append(data)


def _clean(text: str) -> str:
    text = _ACCENT_AFTER_LETTER.sub(lambda m: _SPACING_ACCENTS[m.group()], text)
    return " ".join(unicodedata.normalize("NFC", text).split())


def _paper(path: Path, line: int, fields: dict[str, str], full_name: str) -> PaperRecord:
    paper_id, title = _value(fields, "id"), _value(fields, "title")
    if paper_id is None or title is None:
        raise InputError(
            str(path),
            "a <publication> lacks its <id> or <title>",
            line=line,
            hint="Every AMiner publication needs an id and a title.",
        )
    names = [n.strip() for n in fields.get("authors", "").split(",") if n.strip()]
    index = person_index(names, full_name)
    if index is None:
        raise InputError(
            str(path),
            f"no author of publication {paper_id} matches {full_name!r}",
            line=line,
            hint="Add the person's name to the publication's <authors>.",
        )
    truth = f"{path.name.split('.')[0]}#{_value(fields, 'label')}"
    authors = tuple(
        AuthorSlot(
            name=name,
            position=i + 1,
            affiliation=_value(fields, "organization") if i == index else None,
            truth=truth if i == index else None,
        )
        for i, name in enumerate(names)
    )
    year = _value(fields, "year")
    return PaperRecord(
        source=SOURCE,
        source_id=paper_id,
        title=title,
        authors=authors,
        year=int(year) if year and year.isdigit() and int(year) > 0 else None,
        venue=_value(fields, "jconf"),
    )


def _value(fields: dict[str, str], tag: str) -> str | None:
    text = fields.get(tag, "").strip()
    return None if not text or text == _NULL else text


def person_index(names: list[str], full_name: str) -> int | None:
    """The 0-based slot of the file's person: the same key, else the single compatible name in
    the written order, else the single compatible one in reversed order; None if not found."""
    key = base_key(full_name)
    tiers = (
        [i for i, name in enumerate(names) if base_key(name) == key],
        [i for i, name in enumerate(names) if _same_order_compatible(name, full_name)],
        [i for i, name in enumerate(names) if compatible(name, full_name)],
    )
    return next((tier[0] for tier in tiers if len(tier) == 1), None)


def _same_order_compatible(name: str, full_name: str) -> bool:
    a, b = parse_name(name), parse_name(full_name)
    return compatible(name, full_name) and normalize(a.family) == normalize(b.family)
