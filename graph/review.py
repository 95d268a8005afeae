"""The review queue: what a curator should check first (read only)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.db import Database
from graph.lookup import groups_of_names

# A merge below twice what its name's merges need is near enough to deserve a look: on
# aminer-dev 29% of the mentions such merges bring are wrong, 12% at two to three times it,
# 1.5% above.
WEAK_MARGIN = 2.0


def review_queue(db: Database, names: Iterable[str] = (), limit: int = 20) -> dict[str, Any]:
    groups = groups_of_names(db, names)
    return {
        "lowest_scores": db.query("review/low_scores", groups=groups, limit=limit),
        "weak_persons": db.query(
            "review/weak_persons", groups=groups, limit=limit, margin=WEAK_MARGIN
        ),
        "margin": WEAK_MARGIN,
    }
