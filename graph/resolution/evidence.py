"""Evidence between the mentions of a name group, and the seeds it makes (needs a database).

The Cypher rules in cypher/rules/ link mentions of one group: shared coauthors (weighted by
rarity, DBLP-suffix aware), duplicate titles, same ORCID, same DBLP suffix, source person
records, curators' must-links. GDS weakly connected components of those links are the seeds
(communities.py), which the merge model then joins into people. Groups go in batches bounded by
their work (batching.py), two batches written side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from graph.db import Database, Row, Transaction, batched
from graph.resolution import batching, communities
from graph.wording import counted

# Batches whose evidence is written at once: their groups hold disjoint mentions, so the
# server's cores work side by side without lock conflicts (a rare deadlock is retried).
RULE_WRITERS = 2
MUST_WEIGHT = 100.0
TITLE_WEIGHT = 10.0
RULES = (  # the coauthor rule first (_apply_rules)
    "rules/coauthor",
    "rules/coauthor_person",
    "rules/same_title",
    "rules/same_orcid",
    "rules/same_suffix",
    "rules/source_person",
    "rules/curated_together",
)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class RuleScope:
    """What the rules read besides the groups: the corpus's size, the largest team whose
    members count as coauthors, and whether the subject names are resolved (scope.py)."""

    papers: int
    max_team: int
    subject_df: float
    subjects_resolved: bool


@dataclass(frozen=True)
class Seeds:
    links: int
    seeds: int


def seed(
    db: Database,
    groups: list[str],
    batches: list[list[str]],
    heavy: dict[str, int],
    every_group: bool,
    scope: RuleScope,
    progress: Progress,
) -> Seeds:
    """The groups' evidence (the rules, batch by batch) and its components (GDS WCC). The
    subject groups themselves, resolved first, count one another's names as any other name:
    in a corpus of three papers, all by the same two people, both are subjects."""
    progress(f"{counted(len(groups), 'name group')}: computing evidence...")
    with ThreadPoolExecutor(max_workers=RULE_WRITERS, thread_name_prefix="rules") as pool:
        list(
            pool.map(
                lambda batch: _apply_rules(
                    db, batch, scope, heavy.get(batch[0], 0) if len(batch) == 1 else 0
                ),
                batches,
            )
        )
    progress("evidence computed; finding its components (GDS WCC)...")
    found = communities.evidence_seeds(db, None if every_group else groups)
    progress(f"{found['seeds']} seeds from {found['links']} evidence links")
    return Seeds(links=found["links"], seeds=found["seeds"])


def work_batches(
    db: Database, groups: list[str], max_team: int
) -> tuple[list[list[str]], dict[str, int]]:
    """The groups in batches bounded by their mentions, coauthor slots and coauthor-rule rows
    (batching.py; a small group's coauthor-rule rows by their bound); and the groups whose
    coauthor rule makes more than PAIR_ROWS rows, with their rows (each is a batch of its
    own)."""
    work: dict[str, int] = {}
    heavy: dict[str, int] = {}

    def sizes(some: list[str]) -> list[Row]:
        return db.read_all(
            "resolution/group_sizes",
            groups=some,
            max_team=max_team,
            # never above PAIR_ROWS: a bound must not send a group to slices it does not need
            counted_above=min(batching.COUNTED_PAIR_ROWS, batching.PAIR_ROWS),
        )

    # the reads keep the server's cores busy (the 1M corpus: minutes with one at a time)
    with ThreadPoolExecutor(max_workers=RULE_WRITERS, thread_name_prefix="sizes") as pool:
        for rows in pool.map(sizes, batched(groups, 1000)):
            for row in rows:
                work[row["group"]] = row["mentions"] + row["coauthor_slots"] + row["pair_rows"]
                if row["pair_rows"] > batching.PAIR_ROWS:
                    heavy[row["group"]] = row["pair_rows"]
    return list(batching.work_batches(groups, work)), heavy


def _apply_rules(db: Database, groups: list[str], scope: RuleScope, pair_rows: int = 0) -> None:
    """The evidence of a batch of groups, recomputed in one transaction; for a group whose
    coauthor rule makes more than PAIR_ROWS rows (`pair_rows`), the coauthor links go slice by
    slice of its mentions, each in a transaction of its own, before the other rules (which add
    to them). A run cut short in between leaves the group's mentions without persons, so the
    next run computes its evidence again."""
    parts: list[list[str] | None] = [None]
    if pair_rows > batching.PAIR_ROWS:
        keys = [r["key"] for r in db.read_all("resolution/group_mentions", group=groups[0])]
        parts = list(batching.slices(keys, pair_rows))
    values = {
        "groups": groups,
        "papers": scope.papers,
        "max_team": scope.max_team,
        "must_weight": MUST_WEIGHT,
        "title_weight": TITLE_WEIGHT,
        "subject_df": scope.subject_df,
        "subjects_resolved": scope.subjects_resolved,
    }
    for index, firsts in enumerate(parts):

        def linked(tx: Transaction, firsts: list[str] | None = firsts, index: int = index) -> None:
            if index == 0:
                tx.run("resolution/clear_evidence", groups=groups)
            tx.run("rules/coauthor", firsts=firsts, **values)
            if index == len(parts) - 1:
                for rule in RULES[1:]:  # after the coauthor rule: they add to its links
                    tx.run(rule, **values)

        db.write_transaction(linked)
