"""Peak memory (RSS) of the loader process at two input sizes: it must not grow with the input.

    python -m bench.bench_memory --sizes 100000 1000000 [--path bulk|online]
    python -m bench.bench_memory --profile physics --sizes 2040 20400   # 100k and 1M slots

Each load runs in a child process (`--child`) against a benchmark Neo4j of its own; the child
reports its own peak resident set (VmHWM, /proc/self/status) and, apart, the largest helper it
ran (coreutils sort, the neo4j-admin JVM: bounded by their own settings, not by Python). Flat
means the largest Python peak is within 20% of the smallest.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path
from typing import Any

from bench import harness
from graph.server import ManagedServer
from graph.settings import ServerSettings
from loaders.bulk import bulk_load
from loaders.writer import GraphWriter

FLAT = 0.20


def child(path: Path, mode: str, settings: ServerSettings) -> dict[str, Any]:
    """The load itself, in the child process; returns its figures."""
    server = ManagedServer(settings)
    before = harness.peak_rss_mb()
    start = time.monotonic()
    phases: dict[str, float] = {}
    if mode == "bulk":
        summary = bulk_load(server, [path], "jsonl")
        mentions, phases = summary.mentions, summary.seconds
    else:
        with server.connect_running() as db:
            mentions = GraphWriter(db).load(path, "jsonl").mentions
    seconds = time.monotonic() - start
    helpers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    peak = harness.peak_rss_mb()
    return {
        "mode": mode,
        "mentions": mentions,
        "python_peak_mb": round(peak, 1),
        "python_before_load_mb": round(before, 1),
        "helpers_peak_mb": round(helpers, 1),
        "seconds": round(seconds, 1),
        "mentions_per_s": round(mentions / seconds),
        "phases_s": phases,
    }


def measure(server: ManagedServer, path: Path, mode: str) -> dict[str, Any]:
    return harness.run_child("bench.bench_memory", ["--child", mode, str(path)], server)


def run(
    sizes: list[int],
    mode: str = "bulk",
    *,
    server: ManagedServer | None = None,
    seed: int = harness.SEED,
    heap: str | None = "4g",
    pagecache: str | None = "2g",
    profile: str = "dblp",
) -> dict[str, Any]:
    corpora = [harness.corpus(n, seed, profile) for n in sizes]
    results = []
    with harness.server_for(server, heap, pagecache) as target:
        for corpus in corpora:
            harness.empty(target)
            harness.say(f"Loading {corpus.papers} papers ({mode}) in a child process...")
            results.append({"papers": corpus.papers, **measure(target, corpus.corpus, mode)})
    peaks = [r["python_peak_mb"] for r in results]
    growth = max(peaks) / min(peaks) - 1
    return {
        "mode": mode,
        "profile": profile,
        "sizes": results,
        "growth": round(growth, 3),
        "flat": growth <= FLAT,
    }


def describe(r: dict[str, Any]) -> str:
    lines = [f"loader peak memory ({r['mode']} path, {r['profile']} corpus, Python process)"]
    for s in r["sizes"]:
        lines.append(
            f"  {s['papers']:>9} papers {s['mentions']:>9} mentions: peak RSS "
            f"{s['python_peak_mb']:.0f} MB (at start {s['python_before_load_mb']:.0f} "
            f"MB); largest helper process {s['helpers_peak_mb']:.0f} MB; loaded in "
            f"{s['seconds']:.0f} s ({s['mentions_per_s']} mentions/s)"
        )
    lines.append(f"  growth between sizes {r['growth']:.1%} (flat within {FLAT:.0%}: {r['flat']})")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--path", dest="mode", choices=("bulk", "online"), default="bulk")
    parser.add_argument("--seed", type=int, default=harness.SEED)
    parser.add_argument("--profile", choices=("dblp", "physics"), default="dblp")
    parser.add_argument("--heap", default="4g", help='"" for the size the server chooses')
    parser.add_argument("--pagecache", default="2g", help='"" for the size the server chooses')
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    harness.add_child_arguments(parser)
    args = parser.parse_args()
    if args.child:
        settings = harness.child_settings(args)
        print(json.dumps(child(Path(args.child[1]), args.child[0], settings)))
        return
    result = run(
        args.sizes,
        args.mode,
        seed=args.seed,
        heap=args.heap or None,
        pagecache=args.pagecache or None,
        profile=args.profile,
    )
    print(describe(result))
    print(json.dumps(result))
    suffix = "" if args.profile == "dblp" else f"-{args.profile}"
    harness.write_result(f"memory-{args.mode}{suffix}", result)


if __name__ == "__main__":
    main()
