"""Author names: parsing, the normalised key forms, and whether two written names may be one person.

Key form (`normalize`): compatibility-decomposed, accents dropped, special letters transliterated
(ß -> ss, ø -> o, ł -> l, æ -> ae, ...), lower case. A hyphen between two letters folds to
nothing, so "Wei-jie" == "Weijie" (the useful answer for romanised Chinese given names, and
harmless for "Jean-Pierre"); apostrophes fold to nothing ("O'Brien" -> "obrien"); any other
punctuation, a hyphen next to a non-letter ("J.-P.") and runs of white space become one space.

A DBLP suffix is the trailing 4-digit number DBLP appends to tell homonyms apart ("Song Han
0003"). It is part of the `author_key` ("song han 0003") and left out of the `base_key`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "ŀ": "l",
        "Ŀ": "L",
        "ħ": "h",
        "Ħ": "H",
    }
)
_APOSTROPHES = re.compile(r"['’`´ʼ]")
_INNER_HYPHEN = re.compile(r"(?<=[^\W_])[-‐‑](?=[^\W_])")
_NON_WORD = re.compile(r"[\W_]+")
_SUFFIX = re.compile(r"^\d{4}$")
# Lower-case only: a capitalised "Van" in mid-name is usually a Vietnamese middle name.
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "des",
        "la",
        "le",
        "dos",
        "das",
        "do",
        "ten",
        "ter",
        "zu",
        "af",
        "av",
        "bin",
        "al",
        "el",
    }
)
_GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Blocking compares every pair in a block: the same few names are parsed again and again.
_CACHE_SIZE = 1 << 16


@dataclass(frozen=True)
class ParsedName:
    """A written author name split into its parts; `given` is "" for a one-word name."""

    given: str
    family: str
    suffix: str | None
    written: str


def strip_accents(text: str) -> str:
    """Accents dropped and special letters transliterated, case kept: "Søren García" ->
    "Soren Garcia"."""
    if text.isascii():  # nothing to do, and most text is: titles, abstracts, names
        return text
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=_CACHE_SIZE)
def normalize(text: str) -> str:
    """Return the key form of `text` (see the module docstring for the rules)."""
    text = strip_accents(text).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _INNER_HYPHEN.sub("", text)
    return _NON_WORD.sub(" ", text).strip()


@lru_cache(maxsize=_CACHE_SIZE)
def parse_name(raw: str) -> ParsedName:
    """Split a written name into given name, family name and DBLP suffix.

    Handles "Song Han 0003", the comma form "Zhang, Jun", particles ("Wil van der Aalst"),
    generational suffixes ("King, Jr., Martin"), initials ("H. Cai", "H.Cai", "J.-P. Martin").
    """
    written = raw.strip()
    body, suffix = _split_suffix(" ".join(written.split()))
    if "," in body:
        given, family = _split_comma_form(body)
    else:
        given, family = _split_plain_form(body)
    return ParsedName(given=given, family=family, suffix=suffix, written=written)


def _split_suffix(name: str) -> tuple[str, str | None]:
    head, _, last = name.rpartition(" ")
    if head and _SUFFIX.match(last):
        return head, last
    return name, None


def _split_comma_form(body: str) -> tuple[str, str]:
    parts = [p.strip() for p in body.split(",") if p.strip()]
    if len(parts) == 2 and normalize(parts[1]) in _GENERATIONAL:
        return _split_plain_form(f"{parts[0]} {parts[1]}")
    if len(parts) >= 3 and normalize(parts[1]) in _GENERATIONAL:
        return " ".join(parts[2:]), f"{parts[0]} {parts[1]}"
    if len(parts) < 2:
        return _split_plain_form(body.replace(",", " "))
    return " ".join(parts[1:]), parts[0]


def _split_plain_form(body: str) -> tuple[str, str]:
    tokens = _tokens(body)
    if not tokens:
        return "", ""
    start = len(tokens) - 1
    if start >= 2 and normalize(tokens[-1]) in _GENERATIONAL:
        start -= 1
    while start > 0 and tokens[start - 1] in _PARTICLES:
        start -= 1
    return " ".join(tokens[:start]), " ".join(tokens[start:])


def _tokens(body: str) -> list[str]:
    # "H.Cai" is two words, "J.-P." stays one; underscores come from file names ("X._Zhang").
    return re.sub(r"\.(?=[^\s.\-‐])", ". ", body.replace("_", " ")).split()


@lru_cache(maxsize=_CACHE_SIZE)
def base_key(raw: str) -> str:
    """Key of the name without its DBLP suffix: normalised "given family"."""
    name = parse_name(raw)
    return normalize(f"{name.given} {name.family}")


@lru_cache(maxsize=_CACHE_SIZE)
def author_key(raw: str) -> str:
    """Key of an :Author node: `base_key` plus " 0003" when the name has a DBLP suffix."""
    name = parse_name(raw)
    key = normalize(f"{name.given} {name.family}")
    return f"{key} {name.suffix}" if name.suffix else key


@lru_cache(maxsize=_CACHE_SIZE)
def block_key(raw: str) -> str:
    """Blocking key: normalised family name, a space, the first initial of the given name
    ("Han Cai", "H. Cai", "Cai, Han" and "Han Cai 0001" all give "cai h")."""
    name = parse_name(raw)
    parts = _given_parts(name.given)
    family = normalize(name.family)
    return f"{family} {parts[0][0]}" if parts else family


def variant_keys(raw: str) -> frozenset[str]:
    """Keys under which compatible variants of the name meet, suffix left out (a suffixed and
    an unsuffixed name are compatible): the base key, the first-initial form ("h cai") and,
    for a two-word name of full words, the reversed order and its first-initial form ("Cai
    Han" -> "han cai" and "h cai", where "H. Cai" is found)."""
    name = parse_name(raw)
    parts = _given_parts(name.given)
    family = normalize(name.family)
    keys = {normalize(f"{name.given} {name.family}")}
    if parts:
        keys.add(f"{parts[0][0]} {family}")
    if _is_two_full_words(name):
        given = "".join(parts)
        keys |= {f"{family} {given}", f"{family[0]} {given}"}
    return frozenset(keys)


def initials_only(raw: str) -> bool:
    """True when the given name is written as initials only ("H. Cai", "J.-P. Martin"): such
    a name may stand for several full names."""
    return _cached_profile(raw).initials_only


def family_blocks(raw: str) -> frozenset[str]:
    """The blocking keys under which names compatible with `raw` are found (its own, and the
    reversed order's): "Han Cai" -> {"cai h", "han c"}."""
    blocks = set()
    for variant in variant_keys(raw):
        parts = variant.split()
        blocks.add(f"{parts[-1]} {parts[0][0]}" if len(parts) > 1 else variant)
    return frozenset(blocks)


def suffix_conflict(a: str, b: str) -> bool:
    """True when both names carry a DBLP suffix and the suffixes differ."""
    sa, sb = parse_name(a).suffix, parse_name(b).suffix
    return sa is not None and sb is not None and sa != sb


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a name for comparison: family key and given-name words (each as its
    hyphen-joined parts), with the parts flat and run together."""

    family: str
    words: tuple[tuple[str, ...], ...]
    parts: tuple[str, ...]
    joined: str


@dataclass(frozen=True, slots=True)
class NameProfile:
    """What `compatible` compares, worked out once per name: its DBLP suffix and its
    readings (as written and, for two full words, in reversed order)."""

    suffix: str | None
    readings: tuple[Reading, ...]

    @property
    def initials_only(self) -> bool:
        parts = self.readings[0].parts
        return bool(parts) and all(len(p) == 1 for p in parts)


def name_profile(raw: str) -> NameProfile:
    name = parse_name(raw)
    readings = [_reading(name)]
    if _is_two_full_words(name):
        readings.append(_reading(_swapped(name)))
    return NameProfile(suffix=name.suffix, readings=tuple(readings))


_cached_profile = lru_cache(maxsize=_CACHE_SIZE)(name_profile)


def compatible(a: str, b: str) -> bool:
    """Could these two written names belong to one person?

    Same family name and compatible given names ("H." matches "Han", a missing middle name is
    allowed, "Wei-jie" equals "Weijie" and so is not "Wei"), in either order for two-word names
    ("Cai Han"); never when the DBLP suffixes differ. A suffixed and an unsuffixed name are
    compatible. The answer does not depend on the order of `a` and `b`.
    """
    return profiles_compatible(_cached_profile(a), _cached_profile(b))


def profiles_compatible(a: NameProfile, b: NameProfile) -> bool:
    """`compatible` on names already profiled (for callers comparing many pairs)."""
    if a.suffix is not None and b.suffix is not None and a.suffix != b.suffix:
        return False
    as_written_a, as_written_b = a.readings[0], b.readings[0]
    if _same_person(as_written_a, as_written_b):
        return True
    # either side may be the one in reversed order ("Cai Han" against "H. Cai")
    return (len(b.readings) > 1 and _same_person(as_written_a, b.readings[1])) or (
        len(a.readings) > 1 and _same_person(a.readings[1], as_written_b)
    )


def comparison_keys(profile: NameProfile) -> frozenset[str] | None:
    """Keys that any two compatible names share, so that a blocker compares only names that
    share one: the family name with the given name's first full word, and with the whole given
    name run together ("Wei-jie" = "Weijie"), for each reading. None when the name must be
    compared with every name it meets: no given name, or one that starts with an initial
    ("H. Q. Cai", "H. Qiang Cai")."""
    keys = set()
    for reading in profile.readings:
        if not reading.parts or len(reading.parts[0]) == 1:
            return None
        keys |= {f"{reading.family}|{reading.parts[0]}", f"{reading.family}|={reading.joined}"}
    return frozenset(keys)


def _reading(name: ParsedName) -> Reading:
    words = tuple(tuple(word) for word in _given_words(name.given))
    parts = tuple(part for word in words for part in word)
    return Reading(
        family=normalize(name.family).replace(" ", ""),
        words=words,
        parts=parts,
        joined="".join(parts),
    )


def _same_person(a: Reading, b: Reading) -> bool:
    return (
        a.family == b.family
        and _given_compatible(a, b)
        and not _cuts_a_hyphenated_name(a, b)
        and not _cuts_a_hyphenated_name(b, a)
    )


def _given_words(given: str) -> list[list[str]]:
    """Given-name words, each as its hyphen-joined parts: "Wei-jie X." -> [["wei", "jie"],
    ["x"]]; "J.-P." -> [["j"], ["p"]]."""
    words = (
        [p for p in (normalize(x) for x in re.split(r"[\-‐]+", w)) if p]
        for w in re.split(r"[\s.]+", given)
    )
    return [word for word in words if word]


def _flat(words: list[list[str]]) -> list[str]:
    return [part for word in words for part in word]


def _given_parts(given: str) -> list[str]:
    """Given-name words and initials: "J.-P." -> ["j", "p"], "Wei-jie" -> ["wei", "jie"]."""
    return _flat(_given_words(given))


def _cuts_a_hyphenated_name(longer: Reading, shorter: Reading) -> bool:
    """Whether `shorter` stops, on a full word, inside a hyphenated given name of `longer`:
    "Wei" against "Wei-Neng" is another name (as against "Weineng"), while "W." and a missing
    middle name ("Wei" against "Wei Neng") stay compatible."""
    cut = shorter.parts
    if not cut or len(cut[-1]) < 2 or shorter.joined == longer.joined:
        return False
    start = 0
    for word in longer.words:
        if start < len(cut) < start + len(word):
            return all(len(part) > 1 for part in word)
        start += len(word)
    return False


def _given_compatible(a: Reading, b: Reading) -> bool:
    if not a.parts or not b.parts or a.joined == b.joined:
        return True
    return all(_part_compatible(x, y) for x, y in zip(a.parts, b.parts, strict=False))


def _part_compatible(x: str, y: str) -> bool:
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return x == y


def _is_two_full_words(name: ParsedName) -> bool:
    given, family = normalize(name.given), normalize(name.family)
    return len(given) > 1 and len(family) > 1 and " " not in given + family


def _swapped(name: ParsedName) -> ParsedName:
    return ParsedName(
        given=name.family, family=name.given, suffix=name.suffix, written=name.written
    )
