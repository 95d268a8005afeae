"""Resolution throughput over all names of a synthetic corpus, and its quality.

    python -m bench.bench_resolve --papers 100000 [--profile]

Loads the corpus (bulk path by default) into a fresh managed Neo4j, runs the full resolution
(`graph.resolution.resolve`, every name group), and prints mentions resolved per second and B3
F1 against the synthetic truth. `--profile` adds where the time goes (seconds per Cypher
statement and GDS step), `--cprofile` cProfile's top Python functions.
"""

from __future__ import annotations

import argparse
import io
import json
from contextlib import ExitStack
from dataclasses import asdict
from typing import Any

from bench import harness, profiling
from graph.server import ManagedServer


def run(
    papers: int,
    seed: int = harness.SEED,
    *,
    server: ManagedServer | None = None,
    load: str = "bulk",
    profile: bool = False,
    cprofile: bool = False,
    heap: str = "4g",
    pagecache: str = "2g",
) -> dict[str, Any]:
    """Load, resolve and score one corpus; on `server` (its database must be empty) or on a
    benchmark server of its own."""
    corpus = harness.corpus(papers, seed)
    with harness.server_for(server, heap, pagecache) as target:
        load_seconds = harness.load(target, corpus, load)
        report = io.StringIO()
        with ExitStack() as stack:
            times = stack.enter_context(profiling.statement_times()) if profile else None
            if cprofile:
                stack.enter_context(profiling.python_profile(report))
            summary, seconds = harness.resolve_all(target)
        if times:
            report.write("\n" + times.table(seconds))
        quality = harness.quality(target, corpus.truth)
    return {
        "papers": papers,
        "mentions": summary.mentions,
        "load": load,
        "load_seconds": round(load_seconds, 1),
        "resolve_seconds": round(seconds, 1),
        "resolve_mentions_per_s": round(summary.mentions / seconds),
        "groups": summary.groups,
        "persons": summary.persons,
        "gold_people": corpus.stats["people"],
        "quality": asdict(quality),
        "profile": report.getvalue() or None,
    }


def describe(r: dict[str, Any]) -> str:
    q = r["quality"]
    lines = [
        (
            f"resolution, {r['papers']} papers: {r['mentions']} mentions in {r['groups']} name "
            f"groups resolved in {r['resolve_seconds']:.1f} s = {r['resolve_mentions_per_s']} "
            f"mentions/s ({r['load']} load {r['load_seconds']:.1f} s)"
        ),
        f"  persons {r['persons']} (gold people {r['gold_people']})",
        (
            f"  B3 F1 {q['b3_f1']:.3f} macro over {q['blocks']} name blocks "
            f"(P {q['b3_precision']:.3f} R {q['b3_recall']:.3f}; "
            f"one-person baseline {q['one_person_b3_f1']:.3f}); "
            f"{q['b3_f1_ambiguous']:.3f} over the {q['ambiguous_blocks']} blocks of 2+ people "
            f"(baseline {q['one_person_b3_f1_ambiguous']:.3f}); {q['b3_f1_weighted']:.3f} "
            "mention-weighted"
        ),
    ]
    if q.get("score_auc") is not None:
        lines.append(
            f"  scores: a wrong assignment scores below a right one with probability "
            f"{q['score_auc']:.3f} (AUC)"
        )
    if r.get("profile"):
        lines += ["", "where the time goes:", r["profile"]]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=harness.SEED)
    parser.add_argument("--load", choices=("bulk", "online"), default="bulk")
    parser.add_argument(
        "--profile", action="store_true", help="Seconds per Cypher statement and GDS step."
    )
    parser.add_argument(
        "--cprofile", action="store_true", help="Also cProfile the Python side (slows it down)."
    )
    parser.add_argument("--heap", default="4g")
    parser.add_argument("--pagecache", default="2g")
    args = parser.parse_args()
    result = run(
        args.papers,
        args.seed,
        load=args.load,
        profile=args.profile,
        cprofile=args.cprofile,
        heap=args.heap,
        pagecache=args.pagecache,
    )
    print(describe(result))
    print(json.dumps({k: v for k, v in result.items() if k != "profile"}))
    harness.write_result(f"resolve-{args.papers}", result)


if __name__ == "__main__":
    main()
