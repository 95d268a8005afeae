"""The review queue: what a curator should check first (read only)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypedDict, cast

from graph.db import Database
from graph.lookup import groups_of_names

# A merge whose probability is less than this above the model's threshold is near enough to
# deserve a look (the probabilities are calibrated: such a merge is wrong about as often as
# one minus its probability says).
WEAK_MARGIN = 0.15


class LowScore(TypedDict):
    """A row of `review/low_scores`: a weakly scored assignment."""

    paper: str
    title: str
    name: str
    person: str
    person_name: str
    person_mentions: int
    score: float
    join_score: float | None


class WeakPerson(TypedDict):
    """A row of `review/weak_persons`: a person whose weakest merge was near its threshold."""

    person: str
    name: str
    mentions: int
    weakest: float
    threshold: float
    joined: int


class ReviewQueue(TypedDict):
    lowest_scores: list[LowScore]
    weak_persons: list[WeakPerson]
    margin: float


def review_queue(db: Database, names: Iterable[str] = (), limit: int = 20) -> ReviewQueue:
    groups = groups_of_names(db, names)
    lowest = db.query("review/low_scores", groups=groups, limit=limit)
    weak = db.query("review/weak_persons", groups=groups, limit=limit, margin=WEAK_MARGIN)
    return {
        "lowest_scores": cast(list[LowScore], lowest),
        "weak_persons": cast(list[WeakPerson], weak),
        "margin": WEAK_MARGIN,
    }
