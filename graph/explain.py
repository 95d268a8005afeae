"""Why a mention belongs to its person, and why two mentions are together or apart (read only)."""

from __future__ import annotations

from typing import Any

from graph import lookup
from graph.db import Database
from graph.resolution.merge import THRESHOLD

EVIDENCE_SHOWN = 10


def find_mention(db: Database, paper: str, name: str) -> str:
    """The key of the mention of `name` on `paper` (its id in its source)."""
    return lookup.find_mention(db, paper, name)["mention"]


def explain_mention(db: Database, mention: str) -> dict[str, Any]:
    return db.query("explain/mention", mention=mention, limit=EVIDENCE_SHOWN)[0]


def explain_pair(db: Database, first: str, second: str) -> dict[str, Any]:
    """Two mentions: each one's explanation, whether they are one person, the evidence chain
    between them, what their persons share, and the hard rules that keep them apart."""
    a, b = explain_mention(db, first), explain_mention(db, second)
    together = a["person"] is not None and a["person"] == b["person"]
    result: dict[str, Any] = {
        "first": a,
        "second": b,
        "same_person": together,
        "path": db.query("explain/path", first=first, second=second),
        "threshold": a.get("merge_threshold") or THRESHOLD,
        "apart_because": _hard_rules(a, b),
    }
    if a["person"] and b["person"] and not together:
        result["shared"] = db.query(
            "explain/between_persons", first=a["person"], second=b["person"]
        )[0]
    return result


def _hard_rules(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    reasons = []
    if a["paper"] == b["paper"]:
        reasons.append("both are authors of the same paper")
    if a["group"] != b["group"]:
        reasons.append("their names are not compatible (different name groups)")
    active = {c["id"] for c in a["curations"] if c["active"] and c["role"] == "subject"}
    against = {c["id"] for c in b["curations"] if c["active"] and c["role"] == "against"}
    reasons += [f"curation {c} keeps them apart" for c in sorted(active & against)]
    return reasons
