"""Why a mention belongs to its person, and why two mentions are together or apart (read only)."""

from __future__ import annotations

from typing import TypedDict, cast

from graph import lookup
from graph.db import Database
from graph.resolution.merge import THRESHOLD

EVIDENCE_SHOWN = 10


class SharedCoauthors(TypedDict):
    coauthors: list[str] | None  # shared coauthor names (none for links of other rules)
    by_person: list[str]  # those of them counted as one resolved person


class EvidenceLink(SharedCoauthors):
    """One evidence link of `explain/mention`, to a mention on another paper."""

    paper: str
    title: str
    weight: float
    title_match: bool
    rule: str | None
    same_person: bool | None


class CurationRef(TypedDict):
    """A curation about a mention, and the mention's role in it."""

    id: str
    kind: str
    role: str
    active: bool
    who: str
    why: str | None


class MentionExplanation(TypedDict):
    """The row of `explain/mention`: the assignment, its scores, evidence and curations."""

    mention: str
    name: str
    paper: str
    title: str
    year: int | None
    group: str | None
    seed: int | None
    person: str | None
    person_name: str | None
    person_mentions: int | None
    merge_threshold: float | None
    score: float | None
    seed_score: float | None
    join_score: float | None
    text_link: float | None
    seed_size: int
    evidence: list[EvidenceLink]
    curations: list[CurationRef]
    coauthor_communities: list[int]


class PathHop(SharedCoauthors):
    """One link of `explain/path`, the evidence chain between two mentions."""

    from_paper: str
    to_paper: str
    weight: float
    title_match: bool
    rule: str | None


class SharedByPersons(TypedDict):
    """`explain/between_persons`: what two persons share."""

    coauthors: list[str]
    venues: list[str]


class _Pair(TypedDict):
    first: MentionExplanation
    second: MentionExplanation
    same_person: bool
    path: list[PathHop]
    threshold: float
    apart_because: list[str]


class PairExplanation(_Pair, total=False):
    shared: SharedByPersons  # for two mentions of two persons


def find_mention(db: Database, paper: str, name: str) -> str:
    """The key of the mention of `name` on `paper` (its id in its source)."""
    key: str = lookup.find_mention(db, paper, name)["mention"]
    return key


def explain_mention(db: Database, mention: str) -> MentionExplanation:
    row = db.query("explain/mention", mention=mention, limit=EVIDENCE_SHOWN)[0]
    return cast(MentionExplanation, row)


def explain_pair(db: Database, first: str, second: str) -> PairExplanation:
    """Two mentions: each one's explanation, whether they are one person, the evidence chain
    between them, what their persons share, and the hard rules that keep them apart."""
    a, b = explain_mention(db, first), explain_mention(db, second)
    together = a["person"] is not None and a["person"] == b["person"]
    result: PairExplanation = {
        "first": a,
        "second": b,
        "same_person": together,
        "path": cast(list[PathHop], db.query("explain/path", first=first, second=second)),
        "threshold": a.get("merge_threshold") or THRESHOLD,
        "apart_because": _hard_rules(a, b),
    }
    if a["person"] and b["person"] and not together:
        shared = db.query("explain/between_persons", first=a["person"], second=b["person"])[0]
        result["shared"] = cast(SharedByPersons, shared)
    return result


def _hard_rules(a: MentionExplanation, b: MentionExplanation) -> list[str]:
    reasons = []
    if a["paper"] == b["paper"]:
        reasons.append("both are authors of the same paper")
    if a["group"] != b["group"]:
        reasons.append("their names are not compatible (different name groups)")
    active = {c["id"] for c in a["curations"] if c["active"] and c["role"] == "subject"}
    against = {c["id"] for c in b["curations"] if c["active"] and c["role"] == "against"}
    reasons += [f"curation {c} keeps them apart" for c in sorted(active & against)]
    return reasons
