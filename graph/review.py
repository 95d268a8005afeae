"""The review queue: what a curator should check first (read only)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.db import Database
from graph.lookup import groups_of_names
from graph.resolution.merge import THRESHOLD

# A merge below twice the threshold is near enough to it to deserve a look.
WEAK_MARGIN = 2 * THRESHOLD


def review_queue(db: Database, names: Iterable[str] = (), limit: int = 20) -> dict[str, Any]:
    groups = groups_of_names(db, names)
    return {
        "lowest_scores": db.query("review/low_scores", groups=groups, limit=limit),
        "weak_persons": db.query("review/weak_persons", groups=groups, limit=limit,
                                 margin=WEAK_MARGIN),
        "threshold": THRESHOLD,
    }
