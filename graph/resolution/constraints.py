"""Hard rules and curators' corrections, applied to the seeds (pure, no database).

A seed is a component of the evidence graph, and a component can hold two mentions that may
not be one person: two slots of one paper, two DBLP suffixes, two ORCIDs, or a curator's split,
joined through others. Such a seed is rebuilt from its own evidence links, strongest first
(must-links first), skipping every link that would join what must stay apart.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

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
            curated.apart |= {frozenset((s, a)) for s in subjects
                              for a in _role(row["about"], "against")}
        return curated


def _role(about: list[dict[str, str]], role: str) -> set[str]:
    return {a["mention"] for a in about if a["role"] == role}


class Members(Protocol):
    """A set of mentions with what the hard rules look at."""

    members: Collection[str]
    papers: set[str]
    suffixes: set[str]
    orcids: set[str]


def clash(a: Members, b: Members, apart: set[Pair]) -> bool:
    """The hard rules: one paper, two DBLP suffixes, two ORCIDs, or a curator's cannot-link."""
    if a.papers & b.papers:
        return True
    if a.suffixes and b.suffixes and a.suffixes != b.suffixes:
        return True
    if a.orcids and b.orcids and not a.orcids & b.orcids:
        return True
    return bool(apart) and any(frozenset((x, y)) in apart for x in a.members for y in b.members)


@dataclass
class _Part:
    members: set[str]
    papers: set[str]
    suffixes: set[str]
    orcids: set[str]

    @classmethod
    def of(cls, fact: MentionFacts) -> _Part:
        return cls({fact.key}, {fact.paper}, {fact.suffix} if fact.suffix else set(),
                   {fact.orcid} if fact.orcid else set())

    def absorb(self, other: _Part) -> None:
        self.members |= other.members
        self.papers |= other.papers
        self.suffixes |= other.suffixes
        self.orcids |= other.orcids


def broken(members: list[MentionFacts], apart: set[Pair]) -> bool:
    """Does this seed hold two mentions that may not be one person?"""
    papers = [m.paper for m in members]
    if len(set(papers)) < len(papers):
        return True
    if len({m.suffix for m in members if m.suffix}) > 1:
        return True
    if len({m.orcid for m in members if m.orcid}) > 1:
        return True
    keys = {m.key for m in members}
    return any(pair <= keys for pair in apart)


def resplit(members: list[MentionFacts], links: Iterable[tuple[str, str, float]],
            apart: set[Pair], must_weight: float) -> list[set[str]]:
    """Rebuild a broken seed from its links, strongest first, never joining what clashes
    (a must-link joins regardless of hard rules, except a curator's cannot-link)."""
    parts = {m.key: _Part.of(m) for m in members}
    owner = {m.key: m.key for m in members}
    for source, target, weight in sorted(links, key=lambda link: (-link[2], link[0], link[1])):
        if source not in owner or target not in owner:
            continue
        a, b = owner[source], owner[target]
        if a == b:
            continue
        must = weight >= must_weight
        blocked = _curated_apart(parts[a], parts[b], apart) if must else clash(parts[a], parts[b], apart)
        if blocked:
            continue
        parts[a].absorb(parts.pop(b))
        for key in parts[a].members:
            owner[key] = a
    return [part.members for part in parts.values()]


def _curated_apart(a: _Part, b: _Part, apart: set[Pair]) -> bool:
    return any(frozenset((x, y)) in apart for x in a.members for y in b.members)
