"""The resolution, end to end, in bulk across name groups (never one round trip per name).

1. Blocking: authors get a name group (graph/blocking.py); mentions inherit it.
2. Evidence: the Cypher rules in cypher/rules/ link mentions of one group (shared coauthors,
   duplicate titles, same ORCID, same DBLP suffix, source person records).
3. Seeds: GDS weakly connected components of the evidence graph; Leiden communities of the
   global coauthor graph as further evidence.
4. Merge: seeds of one group merge best-first by profile similarity, never across a hard rule.
5. Persons: stable ids, names and scores, written group batch by group batch.

Every step recomputes what it writes for the groups it resolves, so an interrupted run is
finished by running again, without duplicate persons.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from graph.blocking import resolution_groups
from graph.db import Database, batched
from graph.errors import ResolutionError
from graph.names import base_key, compatible, family_blocks
from graph.resolution import communities
from graph.resolution.features import (AFFILIATION, COAUTHOR, TITLE, VENUE, VENUE_WORD,
                                       CorpusStats, MentionFacts, affiliation_terms, profile,
                                       title_terms, venue_words)
from graph.resolution.merge import THRESHOLD, Cluster, merge_clusters
from graph.resolution.persons import assign_ids, person_row

GROUP_BATCH = 200
MAX_TEAM = 100
MUST_WEIGHT = 100.0
TITLE_WEIGHT = 10.0
RULES = ("rules/coauthor", "rules/same_title", "rules/same_orcid", "rules/same_suffix",
         "rules/source_person")

Progress = Callable[[str], None]


@dataclass
class ResolveSummary:
    groups: int = 0
    mentions: int = 0
    seeds: int = 0
    persons: int = 0
    evidence_links: int = 0
    coauthor_communities: int = 0
    multi_person_groups: int = 0
    persons_per_group: dict[str, int] = field(default_factory=dict)


def resolve(db: Database, names: Iterable[str] = (), threshold: float = THRESHOLD,
            progress: Progress = lambda _: None) -> ResolveSummary:
    """Resolve every name group, or the groups of the given names."""
    db.run_script("schema/constraints")
    wanted = list(names)
    groups = assign_groups(db, wanted)
    if not groups:
        raise ResolutionError(_nothing_found(db, wanted))
    summary = ResolveSummary(groups=len(groups))
    progress(f"{len(groups)} name groups; computing evidence...")
    papers = db.query("resolution/paper_count")[0]["papers"]
    for batch in batched(groups, GROUP_BATCH):
        _apply_rules(db, batch, papers)
    seeds = communities.evidence_seeds(db, None if not wanted else groups)
    summary.evidence_links, summary.seeds = seeds["links"], seeds["seeds"]
    summary.coauthor_communities = communities.coauthor_communities(db)["communities"]
    progress(f"{seeds['seeds']} seeds from {seeds['links']} evidence links; merging...")
    stats = corpus_stats(db)
    for batch in batched(groups, GROUP_BATCH):
        _resolve_batch(db, batch, stats, threshold, summary)
    db.execute("resolution/remove_orphan_persons")
    return summary


def assign_groups(db: Database, names: list[str]) -> list[str]:
    """Group the authors (all, or those under the names' blocking keys) and return the ids of
    the groups to resolve: all, or those holding a name compatible with one given."""
    blocks = sorted({b for n in names for b in family_blocks(n)}) if names else None
    authors = {row["key"]: row["name"] for row in db.query("resolution/authors", blocks=blocks)}
    groups = resolution_groups(authors)
    db.write_rows("resolution/set_groups", ({"key": k, "group": g} for k, g in groups.items()))
    _refresh_frequencies(db, authors)
    if not names:
        return sorted(set(groups.values()))
    return sorted({g for k, g in groups.items() if any(compatible(authors[k], n) for n in names)})


def _refresh_frequencies(db: Database, authors: dict[str, str]) -> None:
    """How many mentions carry each base name, for the coauthor rule's idf."""
    bases = sorted({base_key(name) for name in authors.values()})
    for batch in batched(bases, 5000):
        db.execute("resolution/author_frequencies", base_keys=batch)


def _apply_rules(db: Database, groups: list[str], papers: int) -> None:
    with db.transaction() as tx:
        tx.run("resolution/clear_evidence", groups=groups)
        for rule in RULES:
            tx.run(rule, groups=groups, papers=papers, max_team=MAX_TEAM,
                   must_weight=MUST_WEIGHT, title_weight=TITLE_WEIGHT)


def corpus_stats(db: Database) -> CorpusStats:
    stats = CorpusStats()
    for row in db.stream("resolution/corpus_papers"):
        stats.papers += 1
        stats.add(TITLE, title_terms(row["title"]))
        stats.add(VENUE, [row["venue_key"]] if row["venue_key"] else [])
        stats.add(VENUE_WORD, venue_words(row["venue"]))
        stats.add(AFFILIATION, {t for a in row["affiliations"] for t in affiliation_terms(a)})
        stats.add(COAUTHOR, row["authors"])
    return stats


def _resolve_batch(db: Database, groups: list[str], stats: CorpusStats, threshold: float,
                   summary: ResolveSummary) -> None:
    rows = db.query("resolution/mention_facts", groups=groups, max_team=MAX_TEAM)
    previous = {r["mention"]: r["person"]
                for r in db.query("resolution/previous_assignments", groups=groups)}
    persons = []
    for group, group_rows in _by_group(rows):
        facts = {r["key"]: MentionFacts.from_row(r) for r in group_rows}
        links = {r["key"]: r["best_link"] for r in group_rows}
        clusters = merge_clusters(seed_clusters(facts.values(), stats), threshold)
        ids = assign_ids(clusters, previous, facts)
        persons += [person_row(i, c, facts, links, threshold).to_row() for i, c in zip(ids, clusters)]
        summary.mentions += len(group_rows)
        summary.multi_person_groups += len(clusters) > 1
    summary.persons += len(persons)
    with db.transaction() as tx:
        tx.run("resolution/write_persons", groups=groups, rows=persons)


def seed_clusters(facts: Iterable[MentionFacts], stats: CorpusStats) -> list[Cluster]:
    """One cluster per evidence seed, in a deterministic order."""
    by_seed: dict[int, list[MentionFacts]] = defaultdict(list)
    for fact in facts:
        by_seed[fact.seed].append(fact)
    clusters = []
    for members in sorted(by_seed.values(), key=lambda ms: min(m.key for m in ms)):
        cluster = Cluster(members=[], vector={}, papers=set())
        for fact in sorted(members, key=lambda m: m.key):
            cluster.absorb(_single(fact, stats), 1.0)
        cluster.join_score.clear()
        clusters.append(cluster)
    return clusters


def _single(fact: MentionFacts, stats: CorpusStats) -> Cluster:
    return Cluster(members=[fact.key],
                   vector=profile(fact, stats, (TITLE, VENUE, VENUE_WORD, AFFILIATION, COAUTHOR)),
                   papers={fact.paper}, suffixes={fact.suffix} if fact.suffix else set(),
                   orcids={fact.orcid} if fact.orcid else set())


def _by_group(rows: list[dict[str, object]]) -> Iterator[tuple[str, list[dict[str, object]]]]:
    grouped: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        grouped[row["group"]].append(row)  # type: ignore[index]
    return iter(sorted(grouped.items()))


def _nothing_found(db: Database, names: list[str]) -> str:
    if not db.query("resolution/paper_count")[0]["papers"]:
        return "the database holds no papers: load some first (namesake load FILE)."
    return (f"no mention is written with a name compatible with {', '.join(names)}. "
            "Check the spelling, or list names with: namesake persons NAME.")
