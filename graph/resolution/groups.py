"""A batch of name groups read for the merge: their mentions, seeds and curations (needs a
database).

A group's seeds are its evidence components (evidence.py), in a deterministic order; one that
breaks a hard rule (two mentions of one paper, two DBLP suffixes or ORCIDs, two incompatible
written names, a curator's split, joined through others) is rebuilt from its own links
(constraints.resplit). A group of one seed is one person without any comparison, so its text
is read only when a seed had to be re-split.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import cast

import numpy as np

from graph.db import Database
from graph.resolution.constraints import Curated, Spellings, broken, resplit
from graph.resolution.evidence import MUST_WEIGHT
from graph.resolution.features import CorpusStats, MentionFacts
from graph.resolution.prior import NameStats
from graph.resolution.rows import GroupFactsRow
from graph.resolution.scope import assignments
from graph.resolution.views import GroupViews, group_views


@dataclass
class BatchFacts:
    """What one batch of groups needs from the database before its merge."""

    groups: list[GroupFactsRow]
    previous: dict[str, str]  # mention -> its person before this run
    curated: Curated


@dataclass
class PreparedGroup:
    """One group ready to merge: its mentions (by key order), seeds and strongest links."""

    name: str
    facts: list[MentionFacts]
    seeds: list[list[str]]
    best_links: dict[str, float]
    resplit: int  # seeds rebuilt for breaking a hard rule

    @property
    def by_key(self) -> dict[str, MentionFacts]:
        return {f.key: f for f in self.facts}

    def spellings(self) -> Spellings:
        return Spellings(f.name for f in self.facts)

    def views(
        self,
        stats: CorpusStats,
        names: NameStats,
        reference_names: int,
        titles: np.ndarray | None = None,
    ) -> GroupViews:
        return group_views(self.facts, stats, names, reference_names, titles)


def read_batch(db: Database, groups: list[str], max_team: int) -> BatchFacts:
    return BatchFacts(
        groups=sorted(mention_facts(db, groups, max_team), key=lambda row: row["group"]),
        previous=assignments(db, groups),
        curated=Curated.from_rows(db.query("curation/constraints_of_groups", groups=groups)),
    )


def mention_facts(
    db: Database, groups: list[str], max_team: int, detailed: bool = False
) -> list[GroupFactsRow]:
    rows = db.read_all(
        "resolution/mention_facts", groups=groups, max_team=max_team, detailed=detailed
    )
    return cast(list[GroupFactsRow], rows)


def prepare(db: Database, row: GroupFactsRow, curated: Curated, max_team: int) -> PreparedGroup:
    """The group of one `mention_facts` row, its seeds checked against the hard rules."""
    facts = _facts(row)
    seeds, resplit_count = _checked_seeds(db, facts, curated)
    if len(seeds) > 1 and not row["detailed"]:  # a seed re-split: now the text is needed
        facts = _facts(mention_facts(db, [row["group"]], max_team, detailed=True)[0])
    return PreparedGroup(
        name=row["group"],
        facts=sorted(facts.values(), key=lambda f: f.key),
        seeds=seeds,
        best_links={m["key"]: m["best_link"] for m in row["mentions"]},
        resplit=resplit_count,
    )


def _facts(row: GroupFactsRow) -> dict[str, MentionFacts]:
    return {m["key"]: MentionFacts.from_row(m, row["group"]) for m in row["mentions"]}


def _checked_seeds(
    db: Database, facts: dict[str, MentionFacts], curated: Curated
) -> tuple[list[list[str]], int]:
    """The group's seeds in a deterministic order, re-split where one breaks a hard rule; and
    how many were re-split."""
    by_seed: dict[int, list[MentionFacts]] = defaultdict(list)
    for fact in facts.values():
        by_seed[fact.seed].append(fact)
    seeds: list[list[str]] = []
    rebuilt = 0
    for members in by_seed.values():
        if len(members) > 1 and broken(members, curated.apart):
            links = db.query("resolution/evidence_of_mentions", mentions=[m.key for m in members])
            parts = resplit(
                members,
                [(r["source"], r["target"], r["weight"]) for r in links],
                curated.apart,
                MUST_WEIGHT,
            )
            seeds += [sorted(p) for p in parts]
            rebuilt += 1
        else:
            seeds.append(sorted(m.key for m in members))
    return sorted(seeds), rebuilt
