"""The resolution, end to end, in bulk across name groups (never one round trip per name).

1. Scope (scope.py): authors get a name group (graph/blocking.py); a run takes the groups of
   the names given, or those new data touched, or all.
   On full runs (and on the first run of a database, whatever it is for), Leiden
   communities of the global coauthor graph are written onto the authors meanwhile
   (communities.py; the server's work while Python blocks the names): the merge model reads
   them, and `explain` shows them. Incremental runs keep them: authors loaded since have none
   until a full run.
2. Evidence (evidence.py): the Cypher rules in cypher/rules/ link mentions of one group; GDS
   weakly connected components of those links are the seeds.
3. Merge (agglomerate.py): the merge model (model.py) joins each group's seeds best-first,
   never across a hard rule, while the likeliest pair reaches its threshold.
4. Persons (persons.py): stable ids, names and scores, written group batch by group batch.

The groups of a name on half the corpus's papers or more go through steps 2-4 first
(scope.py says why). Each step recomputes what it writes for its groups, so an interrupted run
is finished by running again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from graph.db import Database, Row
from graph.errors import ResolutionError
from graph.resolution import communities
from graph.resolution.evidence import RuleScope, seed, work_batches
from graph.resolution.features import CorpusStats
from graph.resolution.groups import BatchFacts, PreparedGroup, prepare, read_batch
from graph.resolution.model import MergeModel, load_model
from graph.resolution.parameters import DEFAULTS, Parameters
from graph.resolution.persons import assign_ids, person_row
from graph.resolution.prior import NameStats
from graph.resolution.scope import (
    SUBJECT_SHARE,
    assign_groups,
    assignments,
    beside_changed,
    nothing_found,
    pending_subjects,
    subject_groups,
)
from graph.resolution.statistics import corpus_stats
from graph.resolution.workers import MergeSettings, Merging, Started, default_workers

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
    model: MergeModel | None = None,
    workers: int | None = None,
) -> ResolveSummary:
    """Resolve the groups of the given names; else the groups new data touched (all of them
    on a first run, or with `full`), merging with `model` (the shipped one by default) in
    `workers` processes (None: one per core on a large run, else none; workers.py)."""
    model = model or load_model()
    db.run_script("schema/constraints")
    wanted = list(names)
    papers = db.query("resolution/paper_count")[0]["papers"]
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="communities") as side:
        leiden: Future[int] | None = None
        if papers and _needs_communities(db, wanted, full):
            progress("global coauthor communities (GDS Leiden), while the names are grouped...")
            leiden = side.submit(lambda: communities.coauthor_communities(db)["communities"])
        # Leiden writes onto the authors too: the groups are written once it is done
        groups, everything = assign_groups(
            db, wanted, full, before_writing=lambda: leiden.result() if leiden else None
        )
    if wanted and groups:
        pending = pending_subjects(db, wanted, papers)
        if pending:
            progress(
                f"also {', '.join(pending)}, on half the papers or more: the coauthor "
                "evidence of the rest reads its persons"
            )
            groups, _ = assign_groups(db, wanted + pending, False)
    summary = ResolveSummary(groups=len(groups), incremental=not wanted and not everything)
    summary.coauthor_communities = leiden.result() if leiden else 0
    if not groups:
        if wanted or not papers:
            raise ResolutionError(nothing_found(wanted, papers))
        return summary
    progress(f"{len(groups)} name groups to resolve")
    resolve_groups(db, groups, everything, papers, parameters, summary, progress, model, workers)
    return summary


def _needs_communities(db: Database, wanted: list[str], full: bool) -> bool:
    """Whether this run computes the coauthor communities: a run of every group (a full run,
    or a database's first run without names) does, and any run while none were computed."""
    earlier = db.query("resolution/earlier_runs")[0]
    every_group = not wanted and (full or not earlier["grouped"])
    return every_group or not earlier["communities"]


def resolve_groups(
    db: Database,
    groups: list[str],
    everything: bool,
    papers: int,
    parameters: Parameters,
    summary: ResolveSummary,
    progress: Progress = lambda _: None,
    model: MergeModel | None = None,
    workers: int | None = None,
) -> None:
    """Evidence, seeds and merge for the groups. The groups of a name on half the corpus's
    papers or more (the person a corpus was exported for) go first: the others' coauthor
    evidence reads their persons (rules/coauthor_person). In a run for some groups only, the
    resolved groups beside subject mentions whose person changed are redone: their evidence
    read the old persons."""
    subject_df = papers * SUBJECT_SHARE
    subjects = subject_groups(db, groups, papers)
    first = [g for g in groups if g in subjects]
    rest = [g for g in groups if g not in subjects]
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="stats") as reader:
        # Python's share, while the server works
        statistics = reader.submit(corpus_stats, db, parameters.idf_cap_papers)
        run = _TierRun(
            db,
            everything,
            papers,
            subject_df,
            parameters,
            model or load_model(),
            summary,
            progress,
            statistics,
            workers,
        )
        try:
            run.resolve_tiers(first, rest)
        finally:
            run.close()
    summary.groups = len(first) + len(rest)
    db.execute("resolution/remove_orphan_persons")


@dataclass
class _TierRun:
    """What the tiers of one run share: the corpus statistics (read once, while the server
    works) and the name statistics."""

    db: Database
    everything: bool
    papers: int
    subject_df: float
    parameters: Parameters
    model: MergeModel
    summary: ResolveSummary
    progress: Progress
    statistics: Future[CorpusStats]
    workers: int | None
    names: NameStats | None = None
    merging: Merging | None = None

    def resolve_tiers(self, first: list[str], rest: list[str]) -> None:
        """The subjects' groups first, then the rest (with those beside a changed subject)."""
        if first:
            before = {} if self.everything else assignments(self.db, first)
            self.resolve(first, subjects_resolved=False, alone=self.everything and not rest)
            if not self.everything:
                rest += beside_changed(self.db, first + rest, before, assignments(self.db, first))
        if rest:
            self.resolve(sorted(rest), subjects_resolved=True, alone=self.everything and not first)

    def close(self) -> None:
        if self.merging is not None:
            self.merging.close()

    def resolve(self, groups: list[str], subjects_resolved: bool, alone: bool) -> None:
        """Steps 2-5 for one tier; `alone`: it holds every group of the corpus."""
        batches, heavy = work_batches(self.db, groups, self.parameters.max_team)
        scope = RuleScope(self.papers, self.parameters.max_team, self.subject_df, subjects_resolved)
        found = seed(self.db, groups, batches, heavy, alone, scope, self.progress)
        self.summary.evidence_links += found.links
        self.summary.seeds += found.seeds
        stats = self.statistics.result()
        if self.names is None:
            self.names = NameStats.of(r["name"] for r in self.db.stream("resolution/author_names"))
        if self.merging is None:
            threshold = self.parameters.threshold
            settings = MergeSettings(
                stats,
                self.names,
                self.parameters.reference_names,
                self.model,
                self.model.threshold if threshold is None else threshold,
            )
            workers = default_workers(found.seeds) if self.workers is None else self.workers
            self.merging = Merging(settings, workers)
        where = f" in {self.merging.workers} processes" if self.merging.workers else ""
        self.progress(f"merging seeds into persons{where}...")
        merger = _Merger(self.merging, self.parameters.max_team, self.model.digest)
        _merge_batches(self.db, batches, merger, self.summary)


def _merge_batches(
    db: Database, batches: list[list[str]], merger: _Merger, summary: ResolveSummary
) -> None:
    """Read, merge and write batch after batch, overlapped: while Python merges one batch (and
    merge workers the next), the database reads the one after and writes the last (each write
    is still one transaction per batch, in order, so an interrupted run leaves whole
    batches)."""
    if not batches:
        return
    max_team = merger.max_team
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="resolve") as pool:
        writing: Future[None] | None = None

        def write(groups: list[str], started: _Started) -> None:
            nonlocal writing
            persons = merger.persons(started, summary)
            if writing is not None:
                writing.result()
            writing = pool.submit(_write_batch, db, groups, persons)

        reading = pool.submit(read_batch, db, batches[0], max_team)
        waiting: tuple[list[str], _Started] | None = None
        for index, batch in enumerate(batches):
            facts = reading.result()
            if index + 1 < len(batches):
                reading = pool.submit(read_batch, db, batches[index + 1], max_team)
            started = merger.start(db, facts)
            if waiting is not None:
                write(*waiting)
            waiting = (batch, started)
        if waiting is not None:
            write(*waiting)
        if writing is not None:
            writing.result()


@dataclass
class _Started:
    batch: BatchFacts
    groups: list[PreparedGroup]
    merging: Started


@dataclass
class _Merger:
    """Merges the seeds of each group of a batch into persons with the model."""

    merging: Merging
    max_team: int
    digest: str  # the model's

    def start(self, db: Database, batch: BatchFacts) -> _Started:
        """The batch's groups prepared, and handed to the merge."""
        groups = [prepare(db, found, batch.curated, self.max_team) for found in batch.groups]
        merging = self.merging.start([(group, batch.curated.apart) for group in groups])
        return _Started(batch, groups, merging)

    def persons(self, started: _Started, summary: ResolveSummary) -> list[Row]:
        """The persons of a started batch, once merged."""
        threshold = self.merging.settings.threshold
        batch = started.batch
        rows = []
        merged = self.merging.finish(started.merging)
        for group, clusters in zip(started.groups, merged, strict=True):
            facts = group.by_key
            ids = assign_ids(clusters, batch.previous, facts)
            rows += [
                person_row(i, c, facts, group.best_links, threshold, self.digest).to_row()
                for i, c in zip(ids, clusters, strict=True)
            ]
            summary.mentions += len(facts)
            summary.resplit_seeds += group.resplit
            summary.multi_person_groups += len(clusters) > 1
        summary.persons += len(rows)
        return rows


def _write_batch(db: Database, groups: list[str], persons: list[Row]) -> None:
    db.write_transaction(lambda tx: tx.run("resolution/write_persons", groups=groups, rows=persons))
