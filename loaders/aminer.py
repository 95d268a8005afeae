"""The AMiner name-disambiguation benchmark: one XML file per ambiguous name.

`<person>` holds `<FullName>` and one `<publication>` per paper, whose `<label>` is the gold
person within the file. Most files are not well-formed (raw "&" in titles and affiliations, HTML
entities such as &uuml; without a DTD), so each line is repaired before expat sees it: an "&"
that does not start an XML entity becomes "&amp;", and HTML entities are resolved afterwards
with `html.unescape`. Lines are kept as they are, so errors still name the right line.

The file's person is the author slot whose name is most like `<FullName>`: the same key first,
then a compatible name in the same order, then a compatible name in reversed order ("Lin Shu").
When no name is compatible, the one close name is taken ("Simon Huan" for "S. Huang": the same
initial, a family name an edit away), with a warning for the load's summary; with none or
several, the publication is a bad record. That slot carries the affiliation (`<organization>`)
and the gold label "<file stem>#<label>": labels are per file, so "Feng_Liu#2" and "Hao_Wang#2"
are different people.
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
from loaders.checks import year_from_text
from loaders.files import iter_lines
from loaders.records import AuthorSlot, BadRecord, PaperRecord, RecordWarning

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


def read(path: Path) -> Iterator[PaperRecord | BadRecord | RecordWarning]:
    """Yield one PaperRecord per <publication>, the file's person labelled on its slot, or a
    BadRecord for a publication that cannot be loaded; a RecordWarning before a publication
    whose person was found under a close name only."""
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
            try:
                paper, warning = _paper(path, line, element, full_name)
            except InputError as error:
                yield BadRecord.of(error)
                continue
            if warning is not None:
                yield warning
            yield paper


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


def _paper(
    path: Path, line: int, fields: dict[str, str], full_name: str
) -> tuple[PaperRecord, RecordWarning | None]:
    paper_id, title = _value(fields, "id"), _value(fields, "title")
    if paper_id is None:
        raise InputError(
            str(path),
            "a <publication> lacks its <id>",
            line=line,
            hint="Every AMiner publication needs an id.",
        )
    names = [n.strip() for n in fields.get("authors", "").split(",") if n.strip()]
    index, warning = person_index(names, full_name), None
    if index is None:
        index, edits = _closest_or_refuse(path, line, paper_id, names, full_name)
        warning = RecordWarning(
            str(path),
            f"publication {paper_id} names no author {full_name!r}; took {names[index]!r}, "
            f"the one close name (same initial, family name {edits} edit"
            f"{'' if edits == 1 else 's'} away)",
            line=line,
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
    paper = PaperRecord(
        source=SOURCE,
        source_id=paper_id,
        title=title,
        authors=authors,
        year=year_from_text(_value(fields, "year")) or None,  # AMiner writes 0 for none
        venue=_value(fields, "jconf"),
    )
    return paper, warning


def _closest_or_refuse(
    path: Path, line: int, paper_id: str, names: list[str], full_name: str
) -> tuple[int, int]:
    close = close_names(names, full_name)
    if len(close) == 1:
        return close[0]
    several = f" (close: {', '.join(repr(names[i]) for i, _ in close)})" if close else ""
    raise InputError(
        str(path),
        f"no author of publication {paper_id} matches {full_name!r}{several}",
        line=line,
        hint="Add the person's name to the publication's <authors>.",
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


def close_names(names: list[str], full_name: str) -> list[tuple[int, int]]:
    """(slot, edits) of the names close to `full_name`, for a person written differently on a
    publication ("Simon Huan" for "S. Huang"): the same first initial, and a family name at
    most one edit away (two from 8 letters on), in either order of given and family name."""
    target = parse_name(full_name)
    given, family = normalize(target.given), normalize(target.family)
    limit = max(1, len(family) // 4)
    close = []
    for index, name in enumerate(names):
        parsed = parse_name(name)
        orders = ((parsed.given, parsed.family), (parsed.family, parsed.given))
        edits = [
            edit_distance(normalize(other_family), family)
            for other_given, other_family in orders
            if given and normalize(other_given)[:1] == given[:1]
        ]
        if edits and min(edits) <= limit:
            close.append((index, min(edits)))
    return close


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def _same_order_compatible(name: str, full_name: str) -> bool:
    a, b = parse_name(name), parse_name(full_name)
    return compatible(name, full_name) and normalize(a.family) == normalize(b.family)
