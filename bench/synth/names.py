"""Names: the normalised key, the book of everyone's usual names, and the variants written.

The key of a written name is the project's own (`graph.names.normalize`), so that the generator
can keep two slots of one paper from having one name, as a truth label is keyed by paper and
normalised name.
"""

from __future__ import annotations

import re
from array import array
from functools import lru_cache

from bench.synth.params import Params
from bench.synth.tables.names_asia import ME_FAMILY, ME_GIVEN
from bench.synth.tables.names_west import WE_LANGUAGES
from graph.names import normalize as name_key
from graph.names import strip_accents

# Accents dropped, case kept, exactly as the project's key drops them: "García" -> "Garcia".
plain = lru_cache(maxsize=1 << 14)(strip_accents)


# Variant kinds, and the capability bits of a name (which variants apply to it).
INITIALS, REVERSED, HYPHEN, ACCENT, MIDDLE = range(5)
CAN = {REVERSED: 1, HYPHEN: 2, ACCENT: 4, MIDDLE: 8}
_INITIAL_PART = re.compile(r"^[A-Z]\.$")


class NameBook:
    """All people's usual names, interned: name id -> written form, key, capabilities.

    A name is stored once however many people carry it; people with one key (the same name up
    to case, accents and hyphens) are homonyms.
    """

    def __init__(self, params: Params):
        self.params = params
        self.written: list[str] = []  # name id -> usual written form
        self.split = array("H")  # length of the given-name part
        self.caps = array("B")  # capability bits
        self.boundary = array("B")  # syllable boundary of a two-syllable given name
        self.key_of = array("i")  # name id -> key id
        self.origin = array("B")  # name id -> index in ORIGINS (set by the drawer)
        self.keys: list[str] = []  # key id -> normalised key
        self._ids: dict[str, int] = {}
        self._key_ids: dict[str, int] = {}
        self._accented = self._accent_map()
        self.menus = self._menus(params)

    # ---- building

    def add(self, given: str, family: str, caps: int, boundary: int = 0) -> int:
        """Intern a usual name and return its id."""
        written = f"{given} {family}"
        nid = self._ids.get(written)
        if nid is not None:
            return nid
        nid = len(self.written)
        self._ids[written] = nid
        self.written.append(written)
        self.split.append(len(given))
        self.caps.append(caps)
        self.boundary.append(boundary)
        key = name_key(written)
        kid = self._key_ids.setdefault(key, len(self.keys))
        if kid == len(self.keys):
            self.keys.append(key)
        self.key_of.append(kid)
        return nid

    def freeze(self) -> None:
        """Drop the interning dictionaries once the population is built."""
        self._ids = {}
        self._key_ids = {}

    @staticmethod
    def _accent_map() -> dict[str, str]:
        """Plain form -> accented form of every accented name part in the tables."""
        parts: list[str] = []
        for table in (ME_FAMILY, ME_GIVEN):
            parts.extend(name for name, _ in table)
        for _, first, last, _, _ in WE_LANGUAGES.values():
            parts.extend(first.split() + last.split())
        return {plain(p): p for p in parts if plain(p) != p}

    def accentable(self, text: str) -> bool:
        """Has the name an accented letter, or a part that is usually accented ("Jose")?"""
        return not text.isascii() or any(t in self._accented for t in text.split())

    def _menus(self, params: Params) -> list[tuple[tuple[float, int], ...]]:
        """For each capability mask, the cumulative per-slot probability of each variant."""
        rates = (
            (REVERSED, params.reversed_rate),
            (HYPHEN, params.hyphen_rate),
            (ACCENT, params.accent_rate),
            (MIDDLE, params.middle_drop_rate),
        )
        menus = []
        for mask in range(16):
            total, menu = params.initials_rate, [(params.initials_rate, INITIALS)]
            for kind, rate in rates:
                if mask & CAN[kind]:
                    total += rate
                    menu.append((total, kind))
            menus.append(tuple(menu))
        return menus

    # ---- writing

    def render(self, nid: int, u: float) -> str:
        """The name as written on one slot, for a uniform draw `u`."""
        menu = self.menus[self.caps[nid]]
        if u >= menu[-1][0]:
            return self.written[nid]
        for threshold, kind in menu:
            if u < threshold:
                return self.variant(nid, kind)
        return self.written[nid]  # pragma: no cover - the menu's last threshold catches all

    def variant(self, nid: int, kind: int) -> str:
        written, k = self.written[nid], self.split[nid]
        given, family = written[:k], written[k + 1 :]
        if kind == INITIALS:
            return f"{initials(given)} {family}"
        if kind == REVERSED:
            return f"{family} {given}"
        if kind == HYPHEN:
            return f"{_rehyphenate(given, self.boundary[nid])} {family}"
        if kind == ACCENT:
            return " ".join(self._toggle_accents(t) for t in written.split())
        return " ".join(t for t in given.split() if not _INITIAL_PART.match(t)) + " " + family

    def _toggle_accents(self, token: str) -> str:
        bare = plain(token)
        if bare != token:
            return bare
        return self._accented.get(token, token)


def initials(given: str) -> str:
    """ "Wei" -> "W.", "Wei-Jie" -> "W.-J.", "John A." -> "J. A.", "Van Hung" -> "V. H." """
    parts = []
    for word in given.split():
        pieces = [p for p in word.split("-") if p]
        parts.append("-".join(f"{p[0].upper()}." for p in pieces))
    return " ".join(parts)


def _rehyphenate(given: str, boundary: int) -> str:
    """The other spelling of a two-syllable given name: "Weijie" <-> "Wei-Jie"."""
    if "-" in given:
        return given.replace("-", "")[:1] + given.replace("-", "")[1:].lower()
    return f"{given[:boundary]}-{given[boundary].upper()}{given[boundary + 1 :]}"


def family_sort_key(names: NameBook, nid: int) -> tuple[str, str]:
    """Alphabetical order of authors, as on collaboration papers: family name, then given."""
    written, k = names.written[nid], names.split[nid]
    return (plain(written[k + 1 :]).casefold(), plain(written[:k]).casefold())
