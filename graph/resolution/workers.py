"""Merging the groups of a batch, in this process or in worker processes (pure, no database).

Groups are merged independently of each other, so a batch's groups can be dealt to worker
processes, one per core, with the same result as in one process: the merge is CPU-bound
Python and numpy, which threads would not run side by side. Each worker receives the run's
statistics and model once, when it starts; a chunk of groups then costs their facts there and
their clusters back. Starting workers takes a few seconds (imports, the embedding model), so
a run with fewer seeds to merge than MIN_SEEDS merges in this process.

Every merging process keeps numpy's BLAS to one thread: its products are small, and threads
of their own made the merge slower, not faster, and fought the other workers for the cores
(a run over 300 physics groups: 32.4 s of wall time with two BLAS threads, 27.4 s with one;
two workers with BLAS threads gained almost nothing over one process).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from threadpoolctl import threadpool_limits

from graph.resolution.agglomerate import Cluster, agglomerate
from graph.resolution.features import CorpusStats
from graph.resolution.groups import PreparedGroup
from graph.resolution.model import MergeModel
from graph.resolution.prior import NameStats
from graph.resolution.views import GroupViews, views_of

MIN_SEEDS = 20_000  # seeds in a run below which workers cost more than they save
CHUNKS_PER_WORKER = 8  # a batch is dealt in this many chunks per worker, to even them out
SMALL_GROUP = 64  # mentions of a group whose views are made with others'
VIEWS_AT_ONCE = 2_000  # mentions whose views are made together, about

Apart = set[frozenset[str]]  # a batch's curated cannot-links
Job = tuple[PreparedGroup, Apart]


@dataclass(frozen=True)
class MergeSettings:
    """What every group's merge reads: the corpus, the names, the model and its threshold."""

    stats: CorpusStats
    names: NameStats
    reference_names: int
    model: MergeModel
    threshold: float


def merge_groups(jobs: Sequence[Job], settings: MergeSettings) -> list[list[Cluster]]:
    """Each group's seeds merged into clusters (one cluster per person). The views of the
    small groups that merge are made together, up to VIEWS_AT_ONCE mentions at a time
    (views_of): most groups are small, and the fixed cost of making each one's views apart was
    much of their merge. A larger group's views are made alone: each of its dense matrices
    may hold up to DENSE_CELLS cells (2 MB), and one buffer for many such groups would hold
    hundreds of megabytes."""
    small = [g for g, _ in jobs if len(g.seeds) > 1 and len(g.facts) <= SMALL_GROUP]
    views: dict[int, GroupViews] = {}
    while small:
        count, mentions = 0, 0
        while count < len(small) and mentions < VIEWS_AT_ONCE:
            mentions += len(small[count].facts)
            count += 1
        taken, small = small[:count], small[count:]
        made = views_of(
            [group.facts for group in taken],
            settings.stats,
            settings.names,
            settings.reference_names,
        )
        views.update(
            (id(group), group_views) for group, group_views in zip(taken, made, strict=True)
        )
    return [merge_group(group, apart, settings, views.get(id(group))) for group, apart in jobs]


def merge_group(
    group: PreparedGroup,
    apart: Apart,
    settings: MergeSettings,
    views: GroupViews | None = None,
) -> list[Cluster]:
    """The group's seeds merged into clusters (one cluster per person); `views`: its
    mentions' views, when already made."""
    spellings = group.spellings()
    facts = group.by_key
    clusters = [Cluster.of([facts[k] for k in seed], spellings) for seed in group.seeds]
    if len(clusters) < 2:
        return clusters
    if views is None:
        views = group.views(settings.stats, settings.names, settings.reference_names)
    return agglomerate(views, clusters, settings.model, apart, spellings, settings.threshold)


def default_workers(seeds: int) -> int:
    """Workers for a run with this many seeds: one per core when there is enough to merge,
    else none (merge in this process)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) if seeds >= MIN_SEEDS and (cores or 1) > 1 else 0


class Merging:
    """Merges batches of groups with `workers` processes (0: in this process). A batch is
    started, then finished: while the caller waits for one batch, the workers go on with the
    next it started."""

    def __init__(self, settings: MergeSettings, workers: int = 0):
        self.settings, self.workers = settings, workers
        self._pool: ProcessPoolExecutor | None = None

    def start(self, jobs: Sequence[Job]) -> Started:
        """Hand the groups of several seeds to the workers, the costliest first."""
        started = Started(list(jobs))
        if self.workers < 1:
            return started
        costly = sorted(
            (i for i, (group, _) in enumerate(jobs) if len(group.seeds) > 1),
            key=lambda i: -_cost(jobs[i][0]),
        )
        share = sum(_cost(jobs[i][0]) for i in costly) / (self.workers * CHUNKS_PER_WORKER)
        chunk: list[int] = []
        cost = 0
        for index in costly:
            chunk.append(index)
            cost += _cost(jobs[index][0])
            if cost >= share or index == costly[-1]:
                task = self._executor().submit(_merge_chunk, [jobs[i] for i in chunk])
                started.tasks.append((chunk, task))
                chunk, cost = [], 0
        return started

    def finish(self, started: Started) -> list[list[Cluster]]:
        """Each group's clusters, in the order the jobs were started in."""
        results: list[list[Cluster] | None] = [None] * len(started.jobs)
        for chunk, task in started.tasks:
            for index, clusters in zip(chunk, task.result(), strict=True):
                results[index] = clusters
        here = [i for i, found in enumerate(results) if found is None]
        with threadpool_limits(limits=1, user_api="blas"):
            merged = merge_groups([started.jobs[i] for i in here], self.settings)
        for index, clusters in zip(here, merged, strict=True):
            results[index] = clusters
        return [found or [] for found in results]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the parent holds the driver's threads and sockets
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.settings,),
            )
        return self._pool


@dataclass
class Started:
    """A batch's jobs, and the chunks of them handed to workers."""

    jobs: list[Job]
    tasks: list[tuple[list[int], Future[list[list[Cluster]]]]] = field(default_factory=list)


def _cost(group: PreparedGroup) -> int:
    """What a group's merge costs, roughly: it grows with the pairs of its seeds."""
    return len(group.seeds) ** 2 + len(group.facts)


_worker: dict[str, MergeSettings] = {}  # a worker's settings, set once when it starts


def _start_worker(settings: MergeSettings) -> None:
    _worker["settings"] = settings
    threadpool_limits(limits=1, user_api="blas")  # for the worker's life


def _merge_chunk(jobs: list[Job]) -> list[list[Cluster]]:
    return merge_groups(jobs, _worker["settings"])
