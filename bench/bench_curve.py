"""The cost curve: load and resolve at growing sizes, with B3 F1 against the synthetic truth.

    python -m bench.bench_curve --sizes 10000 100000 1000000

Each size gets a fresh benchmark Neo4j: the corpus is bulk-loaded (`--load online` for the
online path), fully resolved and scored. Printed per size: seconds and mentions per second of
the load and of the resolution, the end-to-end time, persons found and B3 F1; and how the
resolution's cost per mention grows from the smallest size (1.0 = linear in the mentions).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from bench import harness
from graph.server import ManagedServer


def point(server: ManagedServer, papers: int, seed: int, load: str) -> dict[str, Any]:
    corpus = harness.corpus(papers, seed)
    load_seconds = harness.load(server, corpus, load)
    summary, resolve_seconds = harness.resolve_all(server)
    quality = harness.quality(server, corpus.truth)
    return {"papers": papers, "mentions": corpus.mentions, "load": load,
            "load_seconds": round(load_seconds, 1),
            "load_mentions_per_s": round(corpus.mentions / load_seconds),
            "resolve_seconds": round(resolve_seconds, 1),
            "resolve_mentions_per_s": round(summary.mentions / resolve_seconds),
            "end_to_end_seconds": round(load_seconds + resolve_seconds, 1),
            "persons": summary.persons, "gold_people": corpus.stats["people"],
            "quality": asdict(quality)}


def run(sizes: list[int], load: str = "bulk", *, server: ManagedServer | None = None,
        seed: int = harness.SEED, heap: str = "4g",
        pagecache: str = "2g") -> dict[str, Any]:
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
    lines = [(f"{'papers':>9} {'mentions':>9} {'load s':>8} {'load m/s':>9} {'resolve s':>9} "
              f"{'res. m/s':>8} {'cost/mention':>12} {'total s':>8} {'persons':>8} "
              f"{'gold':>8} {'B3 F1':>6} {'ambig.':>6} {'weighted':>8}")]
    for p in r["points"]:
        q = p["quality"]
        growth = p["resolve_seconds"] / p["mentions"] / base
        lines.append(f"{p['papers']:>9} {p['mentions']:>9} {p['load_seconds']:>8.1f} "
                     f"{p['load_mentions_per_s']:>9} {p['resolve_seconds']:>9.1f} "
                     f"{p['resolve_mentions_per_s']:>8} {growth:>11.2f}x "
                     f"{p['end_to_end_seconds']:>8.1f} {p['persons']:>8} {p['gold_people']:>8} "
                     f"{q['b3_f1']:>6.3f} {q['b3_f1_ambiguous']:>6.3f} {q['b3_f1_weighted']:>8.3f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--load", choices=("bulk", "online"), default="bulk")
    parser.add_argument("--seed", type=int, default=harness.SEED)
    parser.add_argument("--heap", default="4g")
    parser.add_argument("--pagecache", default="2g")
    args = parser.parse_args()
    result = run(args.sizes, args.load, seed=args.seed, heap=args.heap,
                 pagecache=args.pagecache)
    print(describe(result))
    print(json.dumps(result))
    harness.write_result("curve", result)


if __name__ == "__main__":
    main()
