"""BibTeX, as DBLP exports it (and as most tools write it).

A small parser: `@type{key, field = value, ...}` with braced, quoted, numeric and @string macro
values joined by `#`; `@comment` and `@preamble` are skipped. LaTeX in values becomes Unicode
(`{\\"u}` -> ü, `{\\o}` -> ø, `{-}` -> -), capitalisation braces are dropped.

`@proceedings` records are venues (the crossref targets of DBLP's papers), every other record
is a paper; a paper that names its venue only through `crossref` gets the proceedings' title.
Keys "DBLP:..." are DBLP's own: source "dblp" and the full key as source_id (as gold labels
quote it); other keys get source "bibtex".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError
from loaders.files import plain_suffix, read_text
from loaders.records import AuthorSlot, PaperRecord, Record, VenueRecord

FORMAT = "bibtex"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENTRY_START = re.compile(r"@\s*([A-Za-z]+)\s*([{(])")
_NAME = re.compile(r"[^\s\"#%(),={}]+")
_ENTRY_AT_LINE_START = re.compile(r"[ \t]*@[A-Za-z]+\s*[{(]")
_SNIFF = re.compile(r"^\s*@[A-Za-z]+\s*[{(]", re.MULTILINE)
_AND = re.compile(r"[{}]|\s+and\s+")
_DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/", re.IGNORECASE)
_COMMAND = re.compile(r"\\(?:([A-Za-z]+)\s*|(.))", re.DOTALL)
_ACCENTS = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
}
_SYMBOLS = {
    "o": "ø",
    "O": "Ø",
    "ss": "ß",
    "aa": "å",
    "AA": "Å",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "l": "ł",
    "L": "Ł",
    "i": "ı",
    "j": "ȷ",
    "dh": "ð",
    "DH": "Ð",
    "th": "þ",
    "TH": "Þ",
    "dj": "đ",
    "DJ": "Đ",
    "textdollar": "$",
    "textbackslash": "\\",
    "textunderscore": "_",
    "textendash": "–",
    "textemdash": "—",
    "ldots": "…",
    "dots": "…",
    "infty": "∞",
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "lambda": "λ",
    "mu": "μ",
    "pi": "π",
    "sigma": "σ",
    "tau": "τ",
    "omega": "ω",
    "ell": "ℓ",
}
_DOTLESS = {"ı": "i", "ȷ": "j"}


@dataclass(frozen=True)
class Entry:
    """One parsed BibTeX entry: lower-case type and field names, raw (LaTeX) field values."""

    type: str
    key: str
    fields: dict[str, str]
    line: int


def sniff(path: Path, head: str) -> bool:
    """A .bib file, or text with an `@type{` entry at the start of a line."""
    return plain_suffix(path) == ".bib" or _SNIFF.search(head) is not None


def read(path: Path) -> Iterator[Record]:
    """Yield a VenueRecord per @proceedings and a PaperRecord per other entry.

    The file is read whole: crossref targets may come after the papers that cite them.
    """
    entries = list(parse_entries(path, read_text(path)))
    by_key = {entry.key: entry for entry in entries}
    for entry in entries:
        if entry.type == "proceedings":
            yield _venue(entry)
        else:
            yield _paper(path, entry, by_key)


def _source(key: str) -> str:
    return "dblp" if key.startswith("DBLP:") else "bibtex"


def _venue(entry: Entry) -> VenueRecord:
    title = _field(entry, "title")
    return VenueRecord(
        source=_source(entry.key),
        source_id=entry.key,
        name=_field(entry, "booktitle") or title or entry.key,
        title=title,
        year=_year(entry),
    )


def _paper(path: Path, entry: Entry, by_key: dict[str, Entry]) -> PaperRecord:
    title = _field(entry, "title")
    if title is None:
        raise InputError(
            str(path),
            f"entry {entry.key!r} has no title",
            line=entry.line,
            hint="Add a title field to the entry.",
        )
    names = split_names(entry.fields.get("author", ""))
    authors = tuple(
        AuthorSlot(name=latex_to_text(name), position=i)
        for i, name in enumerate((n for n in names if n != "others"), start=1)
    )
    return PaperRecord(
        source=_source(entry.key),
        source_id=entry.key,
        title=title,
        authors=authors,
        year=_year(entry),
        venue=_paper_venue(entry, by_key),
        doi=_doi(entry),
        kind=entry.type,
        keywords=_keywords(entry),
        abstract=_field(entry, "abstract"),
        authors_cut="others" in names,
    )


def _paper_venue(entry: Entry, by_key: dict[str, Entry]) -> str | None:
    venue = _field(entry, "journal") or _field(entry, "booktitle")
    target = by_key.get(entry.fields.get("crossref", "").strip())
    if venue is None and target is not None:
        venue = _field(target, "booktitle") or _field(target, "title")
    return venue


def _field(entry: Entry, name: str, dashes: bool = True) -> str | None:
    return latex_to_text(entry.fields.get(name, ""), dashes) or None


def _year(entry: Entry) -> int | None:
    text = _field(entry, "year")
    return int(text) if text and text.isdigit() else None


def _doi(entry: Entry) -> str | None:
    text = _field(entry, "doi", dashes=False)
    return _DOI_URL.sub("", text) if text else None


def _keywords(entry: Entry) -> tuple[str, ...]:
    text = _field(entry, "keywords") or ""
    return tuple(k.strip() for k in re.split(r"[,;]", text) if k.strip())


def split_names(raw: str) -> list[str]:
    """Split an author field on the word "and" outside braces (it may span lines)."""
    names, depth, start = [], 0, 0
    for match in _AND.finditer(raw):
        token = match.group()
        if token in "{}":
            depth += 1 if token == "{" else -1
        elif depth == 0:
            names.append(raw[start : match.start()])
            start = match.end()
    names.append(raw[start:])
    return [" ".join(name.split()) for name in names if name.strip()]


# LaTeX to Unicode -------------------------------------------------------------------------


def latex_to_text(value: str, dashes: bool = True) -> str:
    """Turn a BibTeX value into plain Unicode text on one line; with `dashes`, "--" and "---"
    become "–" and "—" (not wanted in identifiers such as DOIs)."""
    out: list[str] = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == "\\":
            text, i = _command(value, i)
            out.append(text)
            continue
        if char not in "{}$":
            out.append(" " if char == "~" else char)
        i += 1
    text = " ".join("".join(out).split())
    return text.replace("---", "—").replace("--", "–") if dashes else text


def _command(value: str, start: int) -> tuple[str, int]:
    match = _COMMAND.match(value, start)
    if match is None:  # a lone backslash at the very end
        return "", start + 1
    word, symbol = match[1], match[2]
    name = word or symbol
    if name in _ACCENTS and (word is None or len(word) == 1):
        return _accented(value, match.end(), _ACCENTS[name])
    if word is not None:
        return _SYMBOLS.get(word, ""), match.end()
    if symbol == "\\":
        return " ", match.end()
    return (symbol if symbol in "&%$#_{} " else ""), match.end()


def _accented(value: str, start: int, mark: str) -> tuple[str, int]:
    base, end = _accent_argument(value, start)
    if not base:
        return "", end
    first = _DOTLESS.get(base[0], base[0])
    return unicodedata.normalize("NFC", first + mark) + base[1:], end


def _accent_argument(value: str, start: int) -> tuple[str, int]:
    i = start
    while i < len(value) and value[i] in " \t\n":
        i += 1
    if i >= len(value):
        return "", i
    if value[i] == "{":
        end = _matching_brace(value, i)
        return latex_to_text(value[i + 1 : end]), end + 1
    if value[i] == "\\":
        return _command(value, i)
    return value[i], i + 1


def _matching_brace(value: str, start: int) -> int:
    depth = 0
    for i in range(start, len(value)):
        depth += {"{": 1, "}": -1}.get(value[i], 0)
        if depth == 0:
            return i
    return len(value)


# The entry scanner ------------------------------------------------------------------------


def parse_entries(path: Path, text: str) -> Iterator[Entry]:
    """Yield the entries of a BibTeX text; InputError (file, line) when it is malformed."""
    scanner = _Scanner(path, text)
    macros = {month: month for month in _MONTHS}
    while (found := scanner.next_entry()) is not None:
        kind, closer, line = found
        if kind == "comment":
            scanner.skip_group(closer)
        elif kind == "preamble":
            scanner.value(macros, "preamble")
            scanner.expect(closer)
        elif kind == "string":
            name, value = scanner.field(macros)
            macros[name] = value
            scanner.expect(closer)
        else:
            key = scanner.key()
            yield Entry(kind, key, scanner.fields(macros, closer, key), line)


class _Scanner:
    """A cursor over the BibTeX text that knows its line number."""

    def __init__(self, path: Path, text: str):
        self.path, self.text, self.pos = path, text, 0
        self._line_pos, self._line = 0, 1

    def line(self, pos: int | None = None) -> int:
        pos = self.pos if pos is None else pos
        if pos < self._line_pos:
            self._line_pos, self._line = 0, 1
        self._line += self.text.count("\n", self._line_pos, pos)
        self._line_pos = pos
        return self._line

    def error(self, problem: str, hint: str, pos: int | None = None) -> InputError:
        return InputError(str(self.path), problem, line=self.line(pos), hint=hint)

    def next_entry(self) -> tuple[str, str, int] | None:
        match = _ENTRY_START.search(self.text, self.pos)
        if match is None:
            return None
        self.pos = match.end()
        closer = "}" if match[2] == "{" else ")"
        return match[1].lower(), closer, self.line(match.start())

    def skip_space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def peek(self) -> str:
        self.skip_space()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            found = repr(self.peek()) if self.peek() else "the end of the file"
            raise self.error(
                f"expected {char!r} but found {found}",
                "Check the entry's braces, commas and quotes.",
            )
        self.pos += 1

    def name(self, what: str) -> str:
        self.skip_space()
        match = _NAME.match(self.text, self.pos)
        if match is None:
            raise self.error(f"expected {what}", "Check the entry's syntax near this line.")
        self.pos = match.end()
        return match.group()

    def key(self) -> str:
        key = self.name("a citation key")
        self.expect(",")
        return key

    def fields(self, macros: dict[str, str], closer: str, key: str) -> dict[str, str]:
        fields: dict[str, str] = {}
        while self.peek() != closer:
            if not self.peek():
                raise self.error(
                    f"entry {key!r} is not closed", f"Add the closing {closer!r} of the entry."
                )
            start = self.pos
            name, value = self.field(macros, key)
            fields[name] = value
            if self.peek() in ("@", ""):  # the value ran over the entry's closing brace
                raise self.error(
                    f"probably an unclosed brace in field {name!r}: entry {key!r} never closes",
                    "Close the field's brace.",
                    start,
                )
            if self.peek() != closer:
                self.expect(",")
        self.pos += 1
        return fields

    def field(self, macros: dict[str, str], key: str = "") -> tuple[str, str]:
        name = self.name("a field name").lower()
        self.expect("=")
        return name, self.value(macros, f"{name} of entry {key!r}" if key else name)

    def value(self, macros: dict[str, str], what: str) -> str:
        parts = [self.piece(macros, what)]
        while self.peek() == "#":
            self.pos += 1
            parts.append(self.piece(macros, what))
        return "".join(parts)

    def piece(self, macros: dict[str, str], what: str) -> str:
        char = self.peek()
        if char == "{":
            return self.delimited("}", what)
        if char == '"':
            return self.delimited('"', what)
        name = self.name(f"a value for {what}")
        return name if name.isdigit() else macros.get(name.lower(), name)

    def delimited(self, closer: str, what: str) -> str:
        start, depth, i = self.pos, 0, self.pos + 1
        while i < len(self.text):
            char = self.text[i]
            if char == closer and depth == 0:
                self.pos = i + 1
                return self.text[start + 1 : i]
            depth += {"{": 1, "}": -1}.get(char, 0)
            if char == "\n" and _ENTRY_AT_LINE_START.match(self.text, i + 1):
                break  # the next entry begins: the brace was never closed
            i += 1
        raise self.error(
            f"unclosed brace or quote in {what}",
            "Close the value's brace (or quote) before the next entry.",
            start,
        )

    def skip_group(self, closer: str) -> None:
        self.pos -= 1
        self.delimited(closer, "@comment")
