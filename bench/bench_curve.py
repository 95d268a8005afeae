"""The cost curve: load and resolve at growing sizes, with B3 F1 against the synthetic truth.

    python -m bench.bench_curve --sizes 10000 100000 1000000

Each size gets a fresh benchmark Neo4j: the corpus is bulk-loaded (`--load online` for the
online path), fully resolved and scored. Printed per size: seconds and mentions per second of
the load and of the resolution, the end-to-end time, the resolving process's peak memory (it
runs in a child process of its own, so the figure is the resolution's alone), persons found,
B3 F1 beside one person per name, B3 precision and recall; and how the resolution's cost
per mention grows from the smallest size (1.0 = linear in the mentions).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from bench import harness
from graph.server import ManagedServer
from graph.settings import ServerSettings


def point(server: ManagedServer, papers: int, seed: int, load: str) -> dict[str, Any]:
    corpus = harness.corpus(papers, seed)
    load_seconds = harness.load(server, corpus, load)
    resolved = harness.run_child("bench.bench_curve", ["--child-resolve"], server)
    resolve_seconds = resolved["seconds"]
    quality = harness.quality(server, corpus.truth)
    return {
        "papers": papers,
        "mentions": corpus.mentions,
        "load": load,
        "load_seconds": round(load_seconds, 1),
        "load_mentions_per_s": round(corpus.mentions / load_seconds),
        "resolve_seconds": round(resolve_seconds, 1),
        "resolve_mentions_per_s": round(resolved["mentions"] / resolve_seconds),
        "resolve_peak_mb": resolved["peak_mb"],
        "resolve_start_mb": resolved["start_mb"],
        "end_to_end_seconds": round(load_seconds + resolve_seconds, 1),
        "persons": resolved["persons"],
        "gold_people": corpus.stats["people"],
        "quality": asdict(quality),
    }


def resolve_child(settings: ServerSettings) -> dict[str, Any]:
    """The full resolution, in the child process: its figures and its own peak memory."""
    start_mb = harness.peak_rss_mb()
    summary, seconds = harness.resolve_all(ManagedServer(settings))
    return {
        "mentions": summary.mentions,
        "persons": summary.persons,
        "seconds": seconds,
        "peak_mb": round(harness.peak_rss_mb(), 1),
        "workers_peak_mb": round(harness.children_peak_mb(), 1),  # each; 0: merged in-process
        "start_mb": round(start_mb, 1),
    }


def run(
    sizes: list[int],
    load: str = "bulk",
    *,
    server: ManagedServer | None = None,
    seed: int = harness.SEED,
    heap: str = "4g",
    pagecache: str = "2g",
) -> dict[str, Any]:
    """One point per size: on `server` (emptied before each size) or on a fresh benchmark
    server per size."""
    points = []
    for papers in sizes:
        with harness.server_for(server, heap, pagecache) as target:
            harness.empty(target)
            harness.say(f"Curve point: {papers} papers...")
            points.append(point(target, papers, seed, load))
        harness.say(describe({"points": points}))
    return {"points": points}


def describe(r: dict[str, Any]) -> str:
    first = r["points"][0]
    base = first["resolve_seconds"] / first["mentions"]
    lines = [
        (
            f"{'papers':>9} {'mentions':>9} {'load s':>8} {'load m/s':>9} {'resolve s':>9} "
            f"{'res. m/s':>8} {'cost/mention':>12} {'res. MB':>7} {'total s':>8} {'persons':>8} "
            f"{'gold':>8} {'B3 F1':>6} {'1-pers.':>7} {'B3 P':>5} {'B3 R':>5} {'ambig.':>6} "
            f"{'weighted':>8}"
        )
    ]
    for p in r["points"]:
        q = p["quality"]
        growth = p["resolve_seconds"] / p["mentions"] / base
        lines.append(
            f"{p['papers']:>9} {p['mentions']:>9} {p['load_seconds']:>8.1f} "
            f"{p['load_mentions_per_s']:>9} {p['resolve_seconds']:>9.1f} "
            f"{p['resolve_mentions_per_s']:>8} {growth:>11.2f}x "
            f"{p['resolve_peak_mb']:>7.0f} "
            f"{p['end_to_end_seconds']:>8.1f} {p['persons']:>8} {p['gold_people']:>8} "
            f"{q['b3_f1']:>6.3f} {q['one_person_b3_f1']:>7.3f} {q['b3_precision']:>5.3f} "
            f"{q['b3_recall']:>5.3f} {q['b3_f1_ambiguous']:>6.3f} "
            f"{q['b3_f1_weighted']:>8.3f}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--load", choices=("bulk", "online"), default="bulk")
    parser.add_argument("--seed", type=int, default=harness.SEED)
    parser.add_argument("--heap", default="4g")
    parser.add_argument("--pagecache", default="2g")
    parser.add_argument("--child-resolve", action="store_true", help=argparse.SUPPRESS)
    harness.add_child_arguments(parser)
    args = parser.parse_args()
    if args.child_resolve:
        print(json.dumps(resolve_child(harness.child_settings(args))))
        return
    result = run(args.sizes, args.load, seed=args.seed, heap=args.heap, pagecache=args.pagecache)
    print(describe(result))
    print(json.dumps(result))
    harness.write_result("curve", result)


if __name__ == "__main__":
    main()
