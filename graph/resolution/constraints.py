"""Hard rules and curators' corrections, applied to the seeds (pure, no database).

A seed is a component of the evidence graph, and a component can hold two mentions that may
not be one person: two slots of one paper, two DBLP suffixes, two ORCIDs, two written names
that are not compatible, or a curator's split, joined through others. Such a seed is rebuilt
from its own evidence links, strongest first (must-links first), skipping every link that would
join what must stay apart.

Incompatible names meet in one name group because blocking chains: "C. L. Philip Chen" is
compatible with "Chao Chen" and with "Cailian Chen", which are not compatible with each other.
The group has to hold all three (the first may be either), so the rule that the other two are
different people is kept here, on every join.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from graph.names import compatible
from graph.resolution.features import MentionFacts

Pair = frozenset[str]


@dataclass
class Curated:
    """The active curations of some name groups, as must-link groups and cannot-link pairs."""

    together: list[set[str]] = field(default_factory=list)
    apart: set[Pair] = field(default_factory=set)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, list[dict[str, str]]]]) -> Curated:
        """From `cypher/curation/constraints_of_groups` rows: about = [{mention, role}]."""
        curated = cls()
        for row in rows:
            subjects = _role(row["about"], "subject")
            curated.together.append(subjects | _role(row["about"], "with"))
            curated.apart |= {
                frozenset((s, a)) for s in subjects for a in _role(row["about"], "against")
            }
        return curated


def _role(about: list[dict[str, str]], role: str) -> set[str]:
    return {a["mention"] for a in about if a["role"] == role}


class Spellings:
    """The written names of one name group as bits of a mask, and which of them `compatible`
    keeps apart (each name's conflicts computed once, when first needed)."""

    def __init__(self, names: Iterable[str]):
        self.names = sorted(set(names))
        self.bit = {name: 1 << i for i, name in enumerate(self.names)}
        self._conflicts: dict[int, int] = {}

    def mask(self, names: Iterable[str]) -> int:
        mask = 0
        for name in names:
            mask |= self.bit[name]
        return mask

    def conflicts(self, mask: int) -> int:
        """The names incompatible with any name of the mask."""
        found = 0
        for i in _bits(mask):
            if i not in self._conflicts:
                name = self.names[i]
                self._conflicts[i] = self.mask(n for n in self.names if not compatible(name, n))
            found |= self._conflicts[i]
        return found

    def clashing(self) -> bool:
        """Are any two of the names incompatible?"""
        every = (1 << len(self.names)) - 1
        return bool(self.conflicts(every) & every)

    def apart(self, a: int, b: int) -> bool:
        """Would joining names a and b pair two incompatible names? Pairs already held on one
        side (a must-link, e.g. one ORCID, may have joined them) are not new."""
        only_a, only_b = a & ~b, b & ~a
        return bool(only_a and only_b and self.conflicts(only_a) & only_b)


def _bits(mask: int) -> Iterable[int]:
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


class Members(Protocol):
    """A set of mentions with what the hard rules look at."""

    @property
    def members(self) -> Collection[str]: ...  # read only, so a set or a list will do

    papers: set[str]
    suffixes: set[str]
    orcids: set[str]
    spellings: int  # the written names, as a mask of the group's Spellings


def clash(a: Members, b: Members, apart: set[Pair], spellings: Spellings | None = None) -> bool:
    """The hard rules: one paper, two DBLP suffixes, two ORCIDs, two incompatible written
    names, or a curator's cannot-link."""
    if a.papers & b.papers:
        return True
    if a.suffixes and b.suffixes and a.suffixes != b.suffixes:
        return True
    if a.orcids and b.orcids and not a.orcids & b.orcids:
        return True
    if spellings is not None and spellings.apart(a.spellings, b.spellings):
        return True
    return bool(apart) and any(frozenset((x, y)) in apart for x in a.members for y in b.members)


@dataclass
class _Part:
    members: set[str]
    papers: set[str]
    suffixes: set[str]
    orcids: set[str]
    spellings: int

    @classmethod
    def of(cls, fact: MentionFacts, spellings: Spellings) -> _Part:
        return cls(
            {fact.key},
            {fact.paper},
            {fact.suffix} if fact.suffix else set(),
            {fact.orcid} if fact.orcid else set(),
            spellings.bit[fact.name],
        )

    def absorb(self, other: _Part) -> None:
        self.members |= other.members
        self.papers |= other.papers
        self.suffixes |= other.suffixes
        self.orcids |= other.orcids
        self.spellings |= other.spellings


def broken(members: list[MentionFacts], apart: set[Pair]) -> bool:
    """Does this seed hold two mentions that may not be one person?"""
    papers = [m.paper for m in members]
    if len(set(papers)) < len(papers):
        return True
    if len({m.suffix for m in members if m.suffix}) > 1:
        return True
    if len({m.orcid for m in members if m.orcid}) > 1:
        return True
    if Spellings(m.name for m in members).clashing():
        return True
    keys = {m.key for m in members}
    return any(pair <= keys for pair in apart)


def resplit(
    members: list[MentionFacts],
    links: Iterable[tuple[str, str, float]],
    apart: set[Pair],
    must_weight: float,
) -> list[set[str]]:
    """Rebuild a broken seed from its links, strongest first, never joining what clashes
    (a must-link joins regardless of hard rules, except a curator's cannot-link)."""
    spellings = Spellings(m.name for m in members)
    parts = {m.key: _Part.of(m, spellings) for m in members}
    owner = {m.key: m.key for m in members}
    for source, target, weight in sorted(links, key=lambda link: (-link[2], link[0], link[1])):
        if source not in owner or target not in owner:
            continue
        a, b = owner[source], owner[target]
        if a == b:
            continue
        must = weight >= must_weight
        blocked = (
            _curated_apart(parts[a], parts[b], apart)
            if must
            else clash(parts[a], parts[b], apart, spellings)
        )
        if blocked:
            continue
        parts[a].absorb(parts.pop(b))
        for key in parts[a].members:
            owner[key] = a
    return [part.members for part in parts.values()]


def _curated_apart(a: _Part, b: _Part, apart: set[Pair]) -> bool:
    return any(frozenset((x, y)) in apart for x in a.members for y in b.members)
