"""What every benchmark shares: the synthetic corpus (cached), a managed Neo4j of its own in a
temporary home on free ports, the two load paths timed, the resolution timed and scored.

Scoring at scale reads the assignments (`export/assignments`, streamed) rather than
`labelled_mentions`, whose coauthor lists grow with the square of a paper's team (papers of
hundreds of authors): the resolution's B3 is the same, computed per evaluation block with the
project's own `evaluate`.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.evaluation import EvalMention, evaluate, read_truth
from graph.evaluation.grouping import name_groups
from graph.evaluation.truth import truth_key
from graph.resolution import resolve
from graph.server import ManagedServer, free_port
from graph.server.process import rss_mb
from graph.settings import ServerSettings, default_cache_dir
from loaders.bulk import BulkSummary, bulk_load
from loaders.writer import GraphWriter
from tests.cypher import register as register_test_statements

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
SEED = 7


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def peak_rss_mb() -> float:
    """This process's peak resident set so far (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_mb() -> float:
    """The largest peak resident set of this process's finished children (merge workers), MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


class ServerPeak:
    """The managed server's peak resident set while the block runs, sampled from /proc every
    half second (the JVM: heap, page cache and native memory together). The pid is looked up
    at each sample: the bulk path restarts the server."""

    def __init__(self, server: ManagedServer, every: float = 0.5):
        self.server, self.every = server, every
        self.peak_mb = 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="server-rss", daemon=True)

    def __enter__(self) -> ServerPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()

    def _sample(self) -> None:
        while True:
            pid = self.server.pid()
            rss = rss_mb(pid) if pid is not None else None
            self.peak_mb = max(self.peak_mb, rss or 0.0)
            if self._done.wait(self.every):
                return


def run_child(module: str, arguments: list[str], server: ManagedServer) -> dict[str, Any]:
    """Run `python -m module arguments` against `server` (its settings passed as flags, read
    back by `child_settings`) so that the work's peak memory is its own; the child prints its
    figures as JSON on its last line."""
    s = server.settings
    command = [
        sys.executable,
        "-m",
        module,
        *arguments,
        "--home",
        str(s.home),
        "--bolt-port",
        str(s.bolt_port),
        "--http-port",
        str(s.http_port),
    ]
    # "": sized by the server (graph/server/memory.py), as for the parent's server
    command += ["--heap", s.heap or "", "--pagecache", s.pagecache or ""]
    out = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True, cwd=REPO).stdout
    return json.loads(out.strip().splitlines()[-1])


def add_child_arguments(parser: argparse.ArgumentParser) -> None:
    """The server flags `run_child` passes (hidden: for the child only)."""
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--bolt-port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--http-port", type=int, help=argparse.SUPPRESS)


def child_settings(args: argparse.Namespace) -> ServerSettings:
    return ServerSettings(
        home=args.home,
        cache_dir=default_cache_dir(),
        bolt_port=args.bolt_port,
        http_port=args.http_port,
        heap=args.heap or None,
        pagecache=args.pagecache or None,
    )


@dataclass(frozen=True)
class Corpus:
    papers: int
    corpus: Path
    truth: Path
    stats: dict[str, Any]

    @property
    def mentions(self) -> int:
        return int(self.stats["mentions"])


def corpus(papers: int, seed: int = SEED, profile: str = "dblp") -> Corpus:
    """The synthetic corpus of `papers` papers (bench/synth), generated once and kept under
    OUT/corpora; `profile` "dblp" or "physics"."""
    name = f"p{papers}-s{seed}" if profile == "dblp" else f"{profile}-p{papers}-s{seed}"
    out = OUT / "corpora" / name
    if not (out / "stats.json").is_file():
        say(f"Generating a {papers}-paper {profile} corpus in {out}...")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.synth",
                "--papers",
                str(papers),
                "--seed",
                str(seed),
                "--out",
                str(out),
                "--profile",
                profile,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            cwd=REPO,
        )
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    return Corpus(papers, out / "corpus.jsonl", out / "truth.jsonl", stats)


@contextmanager
def temp_server(
    heap: str | None = "4g", pagecache: str | None = "2g", keep: bool = False
) -> Iterator[ManagedServer]:
    """A managed Neo4j of the benchmark's own (temporary home, free ports), stopped at the end;
    heap and page cache None: as the server sizes them by default."""
    home = Path(tempfile.mkdtemp(prefix="namesake-bench-"))
    settings = ServerSettings(
        home=home,
        cache_dir=default_cache_dir(),
        bolt_port=free_port(),
        http_port=free_port(),
        heap=heap,
        pagecache=pagecache,
    )
    server = ManagedServer(settings)
    say(f"Starting a benchmark Neo4j in {home} (bolt {settings.bolt_port})...")
    try:
        server.start()
        yield server
    finally:
        server.stop()
        if not keep:
            shutil.rmtree(home, ignore_errors=True)


def server_for(
    server: ManagedServer | None, heap: str | None, pagecache: str | None
) -> AbstractContextManager[ManagedServer]:
    """The caller's server (left running), else a benchmark server of its own."""
    return nullcontext(server) if server is not None else temp_server(heap, pagecache)


def timed(work: Callable[[], Any]) -> tuple[Any, float]:
    start = time.monotonic()
    result = work()
    return result, time.monotonic() - start


def empty(server: ManagedServer) -> None:
    with server.connect_running() as db:
        db.execute_autocommit("admin/delete_all")


def counts(server: ManagedServer) -> dict[str, int]:
    register_test_statements()  # test/count_graph, which the tests use too
    with server.connect_running() as db:
        return db.query("test/count_graph")[0]


def online_load(server: ManagedServer, path: Path) -> float:
    """Seconds for the online path (batched Bolt writes, COAUTHOR derivation included)."""
    with server.connect_running() as db:
        _, seconds = timed(lambda: GraphWriter(db).load(path, "jsonl"))
    return seconds


def bulk(server: ManagedServer, path: Path, **options: Any) -> tuple[BulkSummary, float]:
    """The bulk path, end to end (CSV, sort, import with the server restarted, schema)."""
    return timed(lambda: bulk_load(server, [path], "jsonl", **options))


def load(server: ManagedServer, corpus: Corpus, how: str = "bulk") -> float:
    """Load a corpus by the bulk or the online path; seconds."""
    if how == "online":
        return online_load(server, corpus.corpus)
    return bulk(server, corpus.corpus)[1]


def resolve_all(server: ManagedServer) -> tuple[Any, float]:
    """The resolution of every name, its progress said with the seconds since it started."""
    start = time.monotonic()

    def progress(message: str) -> None:
        say(f"[{time.monotonic() - start:6.1f} s] {message}")

    with server.connect_running() as db:
        return timed(lambda: resolve(db, progress=progress))


@dataclass(frozen=True)
class Quality:
    b3_f1: float  # macro over evaluation blocks, as `namesake evaluate` reports
    b3_f1_ambiguous: float  # macro over the blocks holding two or more gold people
    b3_f1_weighted: float  # blocks weighted by their mentions
    one_person_b3_f1: float  # the baseline: every block is one person
    one_person_b3_f1_ambiguous: float
    b3_precision: float  # macro, as b3_f1
    b3_recall: float
    mentions: int
    blocks: int
    ambiguous_blocks: int
    unresolved: int
    score_auc: float | None  # a wrong assignment scored below a right one (calibration.py)


# One assignment as exported: paper, position, name, person and score.
Assigned = tuple[str, int | None, str, str | None, float | None]


def quality(server: ManagedServer, truth_path: Path) -> Quality:
    """B3 against the synthetic truth, from the streamed assignments."""
    truth = read_truth(truth_path)
    labels = dict(truth.labels)
    found: list[Assigned] = []
    with server.connect_running() as db:
        for row in db.stream("export/assignments", groups=None):
            if truth_key(row["paper"], row["name"]) in labels:
                found.append(
                    (row["paper"], row["position"], row["name"], row["person"], row["score"])
                )
    seen = {truth_key(paper, name) for paper, _, name, _, _ in found}
    missing = [
        (paper, None, name, None, None) for (paper, name) in labels if (paper, name) not in seen
    ]
    mentions = _eval_mentions(found + missing, labels)
    result = evaluate(mentions)
    blocks = result.resolution.blocks
    ambiguous = [b for b in blocks if b.gold_clusters > 1]
    total = sum(b.mentions for b in blocks)
    return Quality(
        b3_f1=result.resolution.macro.b3_f1,
        b3_f1_ambiguous=_mean(b.scores.b3_f1 for b in ambiguous),
        b3_f1_weighted=sum(b.scores.b3_f1 * b.mentions for b in blocks) / max(total, 1),
        one_person_b3_f1=result.one_person.macro.b3_f1,
        one_person_b3_f1_ambiguous=_mean(
            b.scores.b3_f1 for b in result.one_person.blocks if b.gold_clusters > 1
        ),
        b3_precision=result.resolution.macro.b3_precision,
        b3_recall=result.resolution.macro.b3_recall,
        mentions=result.mentions,
        blocks=len(blocks),
        ambiguous_blocks=len(ambiguous),
        unresolved=result.unresolved,
        score_auc=result.calibration.auc if result.calibration else None,
    )


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / max(len(items), 1)


def _eval_mentions(rows: list[Assigned], labels: dict[tuple[str, str], str]) -> list[EvalMention]:
    groups = name_groups(name for _, _, name, _, _ in rows)
    return [
        EvalMention(
            mention_id=f"{paper}#{position if position is not None else name}",
            block=groups[name],
            paper_id=paper,
            name=name,
            coauthors=frozenset(),
            gold=labels[truth_key(paper, name)],
            predicted=person,
            position=position,
            score=score,
        )
        for paper, position, name, person, score in rows
    ]


def write_result(name: str, result: dict[str, Any]) -> Path:
    """Keep the figures as JSON under bench/out/ (gitignored) as well."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return path
