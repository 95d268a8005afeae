"""The resolution, end to end, in bulk across name groups (never one round trip per name).

1. Blocking: authors get a name group (graph/blocking.py, joined where a curator keeps
   mentions together); mentions inherit it.
2. Evidence: the Cypher rules in cypher/rules/ link mentions of one group (shared coauthors,
   duplicate titles, same ORCID, same DBLP suffix, source person records, curations).
3. Seeds: GDS weakly connected components of the evidence graph, re-split where a component
   breaks a hard rule. On full runs, Leiden communities of the global coauthor graph are
   written onto the authors for `explain` (as a merge feature they added nothing measurable).
4. Merge: seeds of one group join along strong text links (which attach mentions to a seed,
   never bridge two seeds of several mentions), then merge best-first by profile
   similarity, never across a hard rule, at a threshold the name-frequency prior sets per
   group (prior.py).
5. Persons: stable ids, names and scores, written group batch by group batch.

Order: the groups of a name on half the corpus's papers or more (the person a corpus of one
person's exports is about) go through steps 2-5 first. Such a name is on every paper, so two
coauthor mentions sharing it share nothing; once its persons exist, the rest of the groups'
coauthor evidence counts it as shared where both mentions are one resolved person. So a run
for some names first resolves the subject names that have unresolved mentions, and after the
subject groups it redoes the resolved groups beside a subject person that changed: the outcome
does not depend on which runs came before.

Scope: the groups of the names given; else every group with new mentions or changed
membership since the last run (incremental); `full` resolves every group. Each step recomputes
what it writes for its groups, so an interrupted run is finished by running again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import cast

from graph.blocking import UnionFind, resolution_groups
from graph.db import Database, Row, Transaction, batched
from graph.errors import ResolutionError
from graph.names import base_key, compatible, family_blocks
from graph.resolution import batching, communities
from graph.resolution.constraints import Curated, Spellings, broken, resplit
from graph.resolution.features import (
    AFFILIATION,
    COAUTHOR,
    TITLE,
    VENUE,
    VENUE_WORD,
    CorpusStats,
    MentionFacts,
    affiliation_terms,
    profile_matrix,
    topic_terms,
    venue_words,
)
from graph.resolution.merge import Cluster, merge_clusters
from graph.resolution.parameters import DEFAULTS, Parameters
from graph.resolution.persons import assign_ids, person_row
from graph.resolution.prior import NameStats, name_threshold
from graph.resolution.rows import AssignmentRow, AuthorRow, GroupFactsRow
from graph.resolution.similarity import GroupSimilarity
from graph.resolution.textlinks import join_seeds, mutual_links
from graph.wording import counted

# Batches whose evidence is written at once: their groups hold disjoint mentions, so the
# server's cores work side by side without lock conflicts (a rare deadlock is retried).
RULE_WRITERS = 2
# Reads of the corpus statistics: at most STATS_PAGE papers, and about STATS_SLOTS author
# names (a page of collaboration papers of thousands of authors is shorter).
STATS_PAGE = 20_000
STATS_SLOTS = 200_000
MUST_WEIGHT = 100.0
TITLE_WEIGHT = 10.0
# A name on this share of the corpus's papers or more is its subject (the person a corpus of
# one person's exports is about): from there Robertson and Sparck Jones's idf,
# ln((N-df+0.5)/(df+0.5)), is no longer positive, and the name, on nearly every paper, would
# link every namesake among its coauthors. Such names count by resolved person instead.
SUBJECT_SHARE = 0.5
RULES = (  # the coauthor rule first (_apply_rules)
    "rules/coauthor",
    "rules/coauthor_person",
    "rules/same_title",
    "rules/same_orcid",
    "rules/same_suffix",
    "rules/source_person",
    "rules/curated_together",
)
PROFILE_TYPES = (TITLE, VENUE, VENUE_WORD, AFFILIATION, COAUTHOR)

Progress = Callable[[str], None]


@dataclass
class ResolveSummary:
    groups: int = 0
    mentions: int = 0
    seeds: int = 0
    resplit_seeds: int = 0
    persons: int = 0
    evidence_links: int = 0
    coauthor_communities: int = 0
    multi_person_groups: int = 0
    incremental: bool = False


def resolve(
    db: Database,
    names: Iterable[str] = (),
    full: bool = False,
    parameters: Parameters = DEFAULTS,
    progress: Progress = lambda _: None,
) -> ResolveSummary:
    """Resolve the groups of the given names; else the groups new data touched (all of them
    on a first run, or with `full`)."""
    db.run_script("schema/constraints")
    wanted = list(names)
    papers = db.query("resolution/paper_count")[0]["papers"]
    groups, everything = assign_groups(db, wanted, full)
    if wanted and groups:
        pending = _pending_subjects(db, wanted, papers)
        if pending:
            progress(
                f"also {', '.join(pending)}, on half the papers or more: the coauthor "
                "evidence of the rest reads its persons"
            )
            groups, _ = assign_groups(db, wanted + pending, False)
    summary = ResolveSummary(groups=len(groups), incremental=not wanted and not everything)
    if not groups:
        if wanted or not papers:
            raise ResolutionError(_nothing_found(wanted, papers))
        return summary
    progress(f"{len(groups)} name groups to resolve")
    resolve_groups(db, groups, everything, papers, parameters, summary, progress)
    return summary


def _pending_subjects(db: Database, wanted: list[str], papers: int) -> list[str]:
    """Subject names (on half the corpus's papers or more) that have mentions no run has
    resolved and are not among the names wanted: a run for those names resolves them first,
    so that its result does not depend on what ran before."""
    rows = db.query("resolution/pending_subjects", subject_df=papers * SUBJECT_SHARE)
    return sorted({r["name"] for r in rows if not any(compatible(r["name"], n) for n in wanted)})


def resolve_groups(
    db: Database,
    groups: list[str],
    everything: bool,
    papers: int,
    parameters: Parameters,
    summary: ResolveSummary,
    progress: Progress = lambda _: None,
) -> None:
    """Evidence, seeds and merge for the groups. The groups of a name on half the corpus's
    papers or more (the person a corpus was exported for) go first: the others' coauthor
    evidence reads their persons (rules/coauthor_person). In a run for some groups only, the
    resolved groups beside subject mentions whose person changed are redone: their evidence
    read the old persons."""
    subject_df = papers * SUBJECT_SHARE
    subjects = {
        r["group"]
        for r in db.query("resolution/subject_groups", groups=groups, subject_df=subject_df)
    }
    first = [g for g in groups if g in subjects]
    rest = [g for g in groups if g not in subjects]
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="stats") as reader:
        # Python's share, while the server works
        statistics = reader.submit(corpus_stats, db, parameters.idf_cap_papers)
        run = _TierRun(
            db, everything, papers, subject_df, parameters, summary, progress, statistics
        )
        if first:
            before = {} if everything else _assignments(db, first)
            run.resolve(first, subjects_resolved=False, alone=everything and not rest)
            if not everything:
                rest += _beside_changed(db, first + rest, before, _assignments(db, first))
        if rest:
            run.resolve(sorted(rest), subjects_resolved=True, alone=everything and not first)
    summary.groups = len(first) + len(rest)
    db.execute("resolution/remove_orphan_persons")


def _assignments(db: Database, groups: list[str]) -> dict[str, str]:
    """Mention key -> person id, for the resolved mentions of the groups."""
    rows = cast(list[AssignmentRow], db.read_all("resolution/previous_assignments", groups=groups))
    return {mention: row["person"] for row in rows for mention in row["mentions"]}


def _beside_changed(
    db: Database, done: list[str], before: dict[str, str], after: dict[str, str]
) -> list[str]:
    """The resolved groups, other than `done`, of mentions sharing a paper with a subject
    person that changed: their coauthor evidence read the old person (which mentions are
    one person, and how many)."""
    members: dict[tuple[bool, str], set[str]] = defaultdict(set)
    for is_after, assigned in ((False, before), (True, after)):
        for mention, person in assigned.items():
            members[is_after, person].add(mention)
    persons = {person for _, person in members}
    changed = sorted(
        {
            m
            for person in persons
            if members[False, person] != members[True, person]
            for m in members[False, person] | members[True, person]
        }
    )
    if not changed:
        return []
    return sorted(
        {
            r["group"]
            for r in db.query("resolution/groups_beside_mentions", mentions=changed, groups=done)
        }
    )


@dataclass
class _TierRun:
    """What the tiers of one run share: the corpus statistics (read once, while the server
    works) and the name statistics."""

    db: Database
    everything: bool
    papers: int
    subject_df: float
    parameters: Parameters
    summary: ResolveSummary
    progress: Progress
    statistics: Future[CorpusStats]
    names: NameStats | None = None
    communities_done: bool = False

    def resolve(self, groups: list[str], subjects_resolved: bool, alone: bool) -> None:
        """Steps 2-5 for one tier; `alone`: it holds every group of the corpus."""
        batches, heavy = _batches(self.db, groups, self.parameters.max_team)
        _seed(
            self.db,
            groups,
            batches,
            heavy,
            alone,
            self.papers,
            self.subject_df,
            subjects_resolved,
            self.parameters,
            self.summary,
            self.progress,
        )
        if self.everything and not self.communities_done:
            self.progress("global coauthor communities (GDS Leiden)...")
            self.summary.coauthor_communities = communities.coauthor_communities(self.db)[
                "communities"
            ]
            self.communities_done = True
        stats = self.statistics.result()
        if self.names is None:
            self.names = NameStats.of(r["name"] for r in self.db.stream("resolution/author_names"))
        self.progress("merging seeds into persons...")
        _merge_batches(
            self.db,
            batches,
            stats,
            self.names,
            self.parameters,
            self.summary,
        )


def _seed(
    db: Database,
    groups: list[str],
    batches: list[list[str]],
    heavy: dict[str, int],
    every_group: bool,
    papers: int,
    subject_df: float,
    subjects_resolved: bool,
    parameters: Parameters,
    summary: ResolveSummary,
    progress: Progress,
) -> None:
    """The groups' evidence (the rules, batch by batch) and its components (GDS WCC). The
    subject groups themselves, resolved first, count one another's names as any other name:
    in a corpus of three papers, all by the same two people, both are subjects."""
    progress(f"{counted(len(groups), 'name group')}: computing evidence...")
    with ThreadPoolExecutor(max_workers=RULE_WRITERS, thread_name_prefix="rules") as pool:
        list(
            pool.map(
                lambda batch: _apply_rules(
                    db,
                    batch,
                    papers,
                    parameters.max_team,
                    subject_df,
                    subjects_resolved,
                    heavy.get(batch[0], 0) if len(batch) == 1 else 0,
                ),
                batches,
            )
        )
    progress("evidence computed; finding its components (GDS WCC)...")
    seeds = communities.evidence_seeds(db, None if every_group else groups)
    summary.evidence_links += seeds["links"]
    summary.seeds += seeds["seeds"]
    progress(f"{seeds['seeds']} seeds from {seeds['links']} evidence links")


def _batches(
    db: Database, groups: list[str], max_team: int
) -> tuple[list[list[str]], dict[str, int]]:
    """The groups in batches bounded by their mentions, coauthor slots and coauthor-rule rows
    (batching.py); and the groups whose coauthor rule makes more than PAIR_ROWS rows, with
    their rows (each is a batch of its own)."""
    work: dict[str, int] = {}
    heavy: dict[str, int] = {}
    for some in batched(groups, 1000):
        for row in db.read_all("resolution/group_sizes", groups=some, max_team=max_team):
            work[row["group"]] = row["mentions"] + row["coauthor_slots"] + row["pair_rows"]
            if row["pair_rows"] > batching.PAIR_ROWS:
                heavy[row["group"]] = row["pair_rows"]
    return list(batching.work_batches(groups, work)), heavy


def assign_groups(db: Database, names: list[str], full: bool) -> tuple[list[str], bool]:
    """Group the authors (all, or those under the names' blocking keys) and write the groups
    onto them and their mentions: all of them, or (incremental) those that changed group or
    have new mentions. Return the groups to resolve and whether that is every group."""
    blocks = sorted({b for n in names for b in family_blocks(n)}) if names else None
    rows = cast(list[AuthorRow], db.query("resolution/authors", blocks=blocks))
    authors = {r["key"]: r["name"] for r in rows}
    groups = _curated_unions(db, resolution_groups(authors))
    incremental = not (names or full or not any(r["group"] for r in rows))
    fresh = (
        [r for r in rows if r["unresolved"] or r["group"] != groups[r["key"]]]
        if incremental
        else rows
    )
    db.write_rows(
        "resolution/set_groups", ({"key": r["key"], "group": groups[r["key"]]} for r in fresh)
    )
    bases = {base_key(authors[r["key"]]) for r in fresh}
    if names:  # the named groups' coauthors are outside `rows`
        bases |= {r["base"] for r in db.query("resolution/bases_without_frequency")}
    _refresh_frequencies(db, bases)
    if names:
        return sorted(
            {g for k, g in groups.items() if any(compatible(authors[k], n) for n in names)}
        ), False
    if not incremental:
        return sorted(set(groups.values())), True
    return sorted({groups[r["key"]] for r in fresh}), False


def _curated_unions(db: Database, groups: dict[str, str]) -> dict[str, str]:
    """Name groups joined where an active curation keeps their mentions together."""
    lists = [r["authors"] for r in db.query("curation/together_authors")]
    if not lists:
        return groups
    parent = UnionFind(set(groups.values()))
    for authors in lists:
        present = [groups[a] for a in authors if a in groups]
        for other in present[1:]:
            parent.union(present[0], other)
    merged = {root: min(members) for root, members in parent.groups().items()}
    return {key: merged[parent.find(group)] for key, group in groups.items()}


def _refresh_frequencies(db: Database, bases: set[str]) -> None:
    """How many mentions carry each base name, for the coauthor rule's idf."""
    for batch in batched(sorted(bases), 5000):
        db.execute("resolution/author_frequencies", base_keys=batch)


def _apply_rules(
    db: Database,
    groups: list[str],
    papers: int,
    max_team: int,
    subject_df: float,
    subjects_resolved: bool,
    pair_rows: int = 0,
) -> None:
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
        "papers": papers,
        "max_team": max_team,
        "must_weight": MUST_WEIGHT,
        "title_weight": TITLE_WEIGHT,
        "subject_df": subject_df,
        "subjects_resolved": subjects_resolved,
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


def corpus_stats(db: Database, idf_cap_papers: int = DEFAULTS.idf_cap_papers) -> CorpusStats:
    stats, after, limit = CorpusStats(idf_cap_papers=idf_cap_papers), "", STATS_PAGE // 20
    while page := db.read_all("resolution/corpus_papers", after=after, limit=limit):
        names = 0
        for row in page:
            names += len(row["authors"])
            stats.papers += 1
            stats.add(TITLE, topic_terms(row["title"], row["keywords"]))
            stats.add(VENUE, [row["venue_key"]] if row["venue_key"] else [])
            stats.add(VENUE_WORD, venue_words(row["venue_key"]))
            stats.add(AFFILIATION, {t for a in row["affiliations"] for t in affiliation_terms(a)})
            stats.add(COAUTHOR, row["authors"])
        after = page[-1]["key"]
        limit = max(100, min(STATS_PAGE, limit * STATS_SLOTS // max(names, 1)))
    return stats


@dataclass
class _BatchFacts:
    """What one batch of groups needs from the database before its merge."""

    groups: list[GroupFactsRow]
    previous: dict[str, str]
    curated: Curated


def _merge_batches(
    db: Database,
    batches: list[list[str]],
    stats: CorpusStats,
    names: NameStats,
    parameters: Parameters,
    summary: ResolveSummary,
) -> None:
    """Read, merge and write batch after batch, overlapped: while Python merges one batch, the
    database reads the next and writes the last (each write is still one transaction per
    batch, in order, so an interrupted run leaves whole batches)."""
    if not batches:
        return
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="resolve") as pool:
        reading = pool.submit(_read_batch, db, batches[0], parameters.max_team)
        writing: Future[None] | None = None
        for index, batch in enumerate(batches):
            facts = reading.result()
            if index + 1 < len(batches):
                reading = pool.submit(_read_batch, db, batches[index + 1], parameters.max_team)
            persons = _merge_batch(db, facts, stats, names, parameters, summary)
            if writing is not None:
                writing.result()
            writing = pool.submit(_write_batch, db, batch, persons)
        if writing is not None:
            writing.result()


def _read_batch(db: Database, groups: list[str], max_team: int) -> _BatchFacts:
    return _BatchFacts(
        groups=sorted(_mention_facts(db, groups, max_team), key=lambda row: row["group"]),
        previous=_assignments(db, groups),
        curated=Curated.from_rows(db.query("curation/constraints_of_groups", groups=groups)),
    )


def _mention_facts(
    db: Database, groups: list[str], max_team: int, detailed: bool = False
) -> list[GroupFactsRow]:
    rows = db.read_all(
        "resolution/mention_facts", groups=groups, max_team=max_team, detailed=detailed
    )
    return cast(list[GroupFactsRow], rows)


def _group_facts(row: GroupFactsRow) -> dict[str, MentionFacts]:
    return {m["key"]: MentionFacts.from_row(m, row["group"]) for m in row["mentions"]}


def _merge_batch(
    db: Database,
    batch: _BatchFacts,
    stats: CorpusStats,
    names: NameStats,
    parameters: Parameters,
    summary: ResolveSummary,
) -> list[Row]:
    """Merge each group's seeds at the group's own threshold: the parameters' threshold
    lowered by the name-frequency prior for a name few others are expected to bear (prior.py).
    Scores measure merges against that threshold too (persons.py)."""
    persons = []
    for row in batch.groups:
        facts = _group_facts(row)
        links = {m["key"]: m["best_link"] for m in row["mentions"]}
        seeds = _checked_seeds(db, facts, batch.curated, summary)
        if len(seeds) > 1 and not row["detailed"]:  # a seed re-split: now the text is needed
            facts = _group_facts(
                _mention_facts(db, [row["group"]], parameters.max_team, detailed=True)[0]
            )
        homonyms = names.expected_homonyms(
            (f.name for f in facts.values()), parameters.reference_names
        )
        group_threshold = name_threshold(
            parameters.threshold, homonyms, parameters.lambda_scale, parameters.unique_factor
        )
        spellings = Spellings(f.name for f in facts.values())
        clusters = (
            _merged(seeds, facts, stats, group_threshold, parameters, batch.curated, spellings)
            if len(seeds) > 1
            else [_cluster(s, facts, spellings, {}) for s in seeds]
        )
        ids = assign_ids(clusters, batch.previous, facts)
        persons += [
            person_row(i, c, facts, links, group_threshold, parameters.text_link_cut).to_row()
            for i, c in zip(ids, clusters, strict=True)
        ]
        summary.mentions += len(facts)
        summary.multi_person_groups += len(clusters) > 1
    summary.persons += len(persons)
    return persons


def _write_batch(db: Database, groups: list[str], persons: list[Row]) -> None:
    db.write_transaction(lambda tx: tx.run("resolution/write_persons", groups=groups, rows=persons))


def _checked_seeds(
    db: Database, facts: dict[str, MentionFacts], curated: Curated, summary: ResolveSummary
) -> list[list[str]]:
    """The group's seeds in a deterministic order, re-split where one breaks a hard rule."""
    by_seed: dict[int, list[MentionFacts]] = defaultdict(list)
    for fact in facts.values():
        by_seed[fact.seed].append(fact)
    seeds: list[list[str]] = []
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
            summary.resplit_seeds += 1
        else:
            seeds.append(sorted(m.key for m in members))
    return sorted(seeds)


def _merged(
    seeds: list[list[str]],
    facts: dict[str, MentionFacts],
    stats: CorpusStats,
    threshold: float,
    parameters: Parameters,
    curated: Curated,
    spellings: Spellings,
) -> list[Cluster]:
    """The group's seeds joined by strong text links, then merged by profile similarity at
    the group's own threshold."""
    keys = sorted(facts)
    position = {key: i for i, key in enumerate(keys)}
    similarity = GroupSimilarity(profile_matrix([facts[k] for k in keys], stats, PROFILE_TYPES))
    starts, text_links = _with_text_links(
        seeds, keys, position, facts, similarity, curated, parameters
    )
    dots = similarity.cluster_dots([[position[k] for k in start] for start in starts])
    return merge_clusters(
        [_cluster(s, facts, spellings, text_links) for s in starts],
        dots,
        threshold,
        cannot=curated.apart,
        big_cluster=parameters.big_cluster,
        big_cluster_factor=parameters.big_cluster_factor,
        spellings=spellings,
    )


def _with_text_links(
    seeds: list[list[str]],
    keys: list[str],
    position: dict[str, int],
    facts: dict[str, MentionFacts],
    similarity: GroupSimilarity,
    curated: Curated,
    parameters: Parameters,
) -> tuple[list[list[str]], dict[str, float]]:
    """Seeds joined by strong text links (textlinks.py), and for each mention text links hold,
    the cosine of the weakest on its way (textlinks.join_seeds); a joined component that breaks
    a hard rule falls back to its seeds. `keys` name the rows of `similarity`, `position` their
    indexes."""
    links = mutual_links(
        similarity, [facts[k].paper for k in keys], parameters.k_nearest, parameters.text_link_cut
    )
    parent, weakest = join_seeds([[position[k] for k in seed] for seed in seeds], links, len(keys))
    seeds_by_root: dict[int, list[list[str]]] = defaultdict(list)
    for seed in seeds:
        seeds_by_root[parent.find(position[seed[0]])].append(seed)
    starts: list[list[str]] = []
    text_links: dict[str, float] = {}
    for root, members in parent.groups().items():
        joined = [facts[keys[i]] for i in members]
        if broken(joined, curated.apart):
            starts += seeds_by_root[root]
            continue
        starts.append(sorted(m.key for m in joined))
        text_links.update((keys[i], weakest[i]) for i in members if i in weakest)
    return sorted(starts), text_links


def _cluster(
    members: list[str],
    facts: dict[str, MentionFacts],
    spellings: Spellings,
    text_links: dict[str, float],
) -> Cluster:
    return Cluster(
        members=list(members),
        papers={facts[k].paper for k in members},
        suffixes={s for k in members if (s := facts[k].suffix)},
        orcids={o for k in members if (o := facts[k].orcid)},
        spellings=spellings.mask(facts[k].name for k in members),
        text_links={k: text_links[k] for k in members if k in text_links},
    )


def _nothing_found(names: list[str], papers: int) -> str:
    if not papers:
        return "the database holds no papers: load some first (namesake load FILE)."
    return (
        f"no mention is written with a name compatible with {', '.join(names)}. "
        "Check the spelling, or list the people under a name with: namesake persons NAME."
    )
