"""From merged clusters to persons: stable ids, names and scores (pure, no database).

Ids: a cluster that holds most of an earlier person's mentions keeps that person's id (one
cluster per earlier person, largest overlap first), so ids survive re-runs and growth. A new
cluster gets an id derived from its papers, so the same papers give the same id on any database.

Scores: a mention's score says how firmly it belongs to its person. Inside a seed it is
1 - exp(-w), w being its strongest evidence link (a rare shared coauthor gives w of 5 or more,
so about 0.99; a must-link about 1). A seed the merge model brought in is multiplied by the
probability of the weakest merge on its way (model.py: calibrated, at least the model's
threshold). A mention alone in its seed, never joined, is a person of its own with score 1.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypedDict

from graph.resolution.agglomerate import Cluster
from graph.resolution.features import MentionFacts


class MemberRow(TypedDict):
    """One mention of a person, as `resolution/write_persons` writes its RESOLVED_TO."""

    key: str
    score: float
    seed: int
    seed_score: float
    join_score: float | None  # the probability of the weakest merge that brought it in
    merge_features: list[float] | None  # that merge's features, for `explain`
    links: float


@dataclass(frozen=True)
class PersonRow:
    id: str
    group: str
    name: str
    score: float
    variants: list[str]
    members: list[MemberRow]
    threshold: float  # the probability merges needed (the model's)
    model: str  # the model's digest

    def to_row(self) -> dict[str, object]:
        return {
            "id": self.id,
            "group": self.group,
            "name": self.name,
            "score": self.score,
            "variants": self.variants,
            "members": self.members,
            "threshold": round(self.threshold, 4),
            "model": self.model,
        }


def seed_score(best_link: float) -> float:
    return 1.0 - math.exp(-best_link) if best_link > 0 else 1.0


def content_id(papers: list[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted(papers)).encode("utf-8")).hexdigest()
    return f"p-{digest[:16]}"


def assign_ids(
    clusters: list[Cluster], previous: Mapping[str, str], facts: Mapping[str, MentionFacts]
) -> list[str]:
    """One id per cluster: an earlier person's id where the cluster holds the largest share of
    that person's mentions, else a content id."""
    overlaps = []
    for index, cluster in enumerate(clusters):
        for person, count in Counter(previous[m] for m in cluster.members if m in previous).items():
            overlaps.append((-count, person, index))
    ids: list[str | None] = [None] * len(clusters)
    taken: set[str] = set()
    for _, person, index in sorted(overlaps):
        if ids[index] is None and person not in taken:
            ids[index] = person
            taken.add(person)
    return [
        i if i is not None else _fresh_id(c, facts, taken)
        for i, c in zip(ids, clusters, strict=True)
    ]


def _fresh_id(cluster: Cluster, facts: Mapping[str, MentionFacts], taken: set[str]) -> str:
    candidate = content_id([f"{facts[m].paper}#{m}" for m in cluster.members])
    while candidate in taken:  # two clusters of one paper set cannot happen; stay safe anyway
        candidate = content_id([candidate])
    taken.add(candidate)
    return candidate


def person_row(
    person_id: str,
    cluster: Cluster,
    facts: Mapping[str, MentionFacts],
    best_links: Mapping[str, float],
    threshold: float,
    model: str,
) -> PersonRow:
    """The person of a merged cluster, made by the model of digest `model` at `threshold`."""
    members: list[MemberRow] = []
    for key in sorted(cluster.members):
        fact = facts[key]
        seed = seed_score(best_links.get(key, 0.0))
        join = cluster.join_score.get(key)
        members.append(
            {
                "key": key,
                "score": round(seed * (join if join is not None else 1.0), 4),
                "seed": fact.seed,
                "seed_score": round(seed, 4),
                "join_score": None if join is None else round(join, 4),
                "merge_features": cluster.join_features.get(key),
                "links": best_links.get(key, 0.0),
            }
        )
    names = Counter(facts[m].name for m in cluster.members)
    name = min(names, key=lambda n: (-names[n], n))
    return PersonRow(
        person_id,
        facts[cluster.members[0]].group,
        name,
        min(m["score"] for m in members),
        sorted(names),
        members,
        threshold,
        model,
    )
