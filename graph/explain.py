"""Why a mention belongs to its person, and why two mentions are together or apart (read only)."""

from __future__ import annotations

import math
from typing import TypedDict, cast

import numpy as np

from graph import lookup
from graph.db import Database
from graph.resolution.cluster_space import DESCRIPTIONS, FEATURES
from graph.resolution.model import MergeModel, load_model

EVIDENCE_SHOWN = 10
REASONS_SHOWN = 6  # the features that moved a merge's probability most


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
    merge_features: list[float] | None
    model: str | None
    seed_size: int
    evidence: list[EvidenceLink]
    curations: list[CurationRef]
    coauthor_communities: list[int]
    merge: MergeReasons | None  # why the weakest merge on its way was made


class Reason(TypedDict):
    """One feature of a merge and how far it moved the merge's log-odds."""

    feature: str
    words: str
    value: float | None
    contribution: float


class MergeReasons(TypedDict):
    probability: float
    threshold: float
    base: float  # the log-odds every merge starts from
    reasons: list[Reason]  # largest moves first
    same_model: bool  # the model that made the merge is the one that explains it


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


def explain_mention(
    db: Database, mention: str, model: MergeModel | None = None
) -> MentionExplanation:
    row = db.query("explain/mention", mention=mention, limit=EVIDENCE_SHOWN)[0]
    found = cast(MentionExplanation, row)
    features = found["merge_features"]
    found["merge"] = None
    # features stored by a namesake with other features cannot be read: resolve again
    if features is not None and found["join_score"] is not None and len(features) == len(FEATURES):
        found["merge"] = merge_reasons(features, found["model"], model or load_model())
    return found


def merge_reasons(features: list[float], made_by: str | None, model: MergeModel) -> MergeReasons:
    """Each feature's share of a merge's log-odds (the model's SHAP values), largest first."""
    contributions, base = model.contributions(np.array([features], dtype=np.float32))
    reasons: list[Reason] = [
        {
            "feature": name,
            "words": DESCRIPTIONS[name],
            "value": None if math.isnan(value) else round(value, 3),
            "contribution": round(float(share), 3),
        }
        for name, value, share in zip(FEATURES, features, contributions[0], strict=True)
    ]
    reasons.sort(key=lambda r: -abs(r["contribution"]))
    logit = float(base[0] + contributions[0].sum())
    return {
        "probability": round(1 / (1 + math.exp(-logit)), 4),
        "threshold": model.threshold,
        "base": round(float(base[0]), 3),
        "reasons": reasons[:REASONS_SHOWN],
        "same_model": made_by == model.digest,
    }


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
        "threshold": a.get("merge_threshold") or load_model().threshold,
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
