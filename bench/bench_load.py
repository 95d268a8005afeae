"""Load throughput, online path versus bulk path, on the same synthetic corpus in one run.

    python -m bench.bench_load --papers 100000

Prints mentions per second of each path (end to end: the bulk path includes writing the CSV
files, sorting, stopping and restarting the server, neo4j-admin, the schema; the online path
includes the COAUTHOR derivation), their ratio (target: online >= 1/3 of bulk), and checks that
both paths built the same graph (node and relationship counts).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from bench import harness
from graph.server import ManagedServer


def run(
    papers: int,
    seed: int = harness.SEED,
    *,
    server: ManagedServer | None = None,
    heap: str = "4g",
    pagecache: str = "2g",
) -> dict[str, Any]:
    """Both paths on one corpus; on `server` (its database must be empty) or on a benchmark
    server of its own."""
    corpus = harness.corpus(papers, seed)
    with harness.server_for(server, heap, pagecache) as target:
        harness.say(f"Bulk load of {corpus.corpus}...")
        summary, bulk_seconds = harness.bulk(target, corpus.corpus)
        bulk_counts = harness.counts(target)
        harness.say("Emptying the database...")
        harness.empty(target)
        harness.say(f"Online load of {corpus.corpus}...")
        online_seconds = harness.online_load(target, corpus.corpus)
        online_counts = harness.counts(target)
    mentions = summary.mentions
    return {
        "papers": papers,
        "mentions": mentions,
        "online_seconds": round(online_seconds, 1),
        "online_mentions_per_s": round(mentions / online_seconds),
        "bulk_seconds": round(bulk_seconds, 1),
        "bulk_mentions_per_s": round(mentions / bulk_seconds),
        "bulk_phases_s": summary.seconds,
        "online_to_bulk_ratio": round(bulk_seconds / online_seconds, 3),
        "same_graph_counts": bulk_counts == online_counts,
        "counts": online_counts,
        "bulk_counts": bulk_counts,
    }


def describe(r: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"load throughput, {r['papers']} papers, {r['mentions']} mentions",
            f"  online  {r['online_seconds']:>8.1f} s  {r['online_mentions_per_s']:>8} mentions/s",
            (
                f"  bulk    {r['bulk_seconds']:>8.1f} s  {r['bulk_mentions_per_s']:>8} mentions/s  "
                f"phases {r['bulk_phases_s']}"
            ),
            f"  online / bulk throughput ratio {r['online_to_bulk_ratio']:.3f} (target >= 0.333)",
            f"  same node and relationship counts: {r['same_graph_counts']}",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=harness.SEED)
    parser.add_argument("--heap", default="4g")
    parser.add_argument("--pagecache", default="2g")
    args = parser.parse_args()
    result = run(args.papers, args.seed, heap=args.heap, pagecache=args.pagecache)
    print(describe(result))
    print(json.dumps(result))
    harness.write_result(f"load-{args.papers}", result)


if __name__ == "__main__":
    main()
