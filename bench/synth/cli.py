"""The command line: python -m bench.synth --papers N --seed S --out DIR."""

from __future__ import annotations

import argparse
import json
import time

from bench.synth.corpus import PROFILES, write_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.synth",
        description="Write a seeded synthetic corpus (corpus.jsonl, truth.jsonl, stats.json): "
        "DBLP-like, or physics-shaped (collaborations of thousands, names as 'Family, I. J.').",
        epilog="examples: python -m bench.synth --papers 100000 --seed 7 --out /tmp/synth-100k; "
        "python -m bench.synth --profile physics --papers 15000 --seed 7 --out /tmp/physics",
    )
    parser.add_argument(
        "--profile", choices=PROFILES, default="dblp", help="corpus shape (default dblp)"
    )
    parser.add_argument("--papers", type=int, required=True, help="number of papers")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--out", required=True, help="output directory")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    stats = write_corpus(args.out, args.papers, args.seed, profile=args.profile)
    elapsed = time.perf_counter() - began
    summary = {
        k: stats[k]
        for k in (
            "papers",
            "mentions",
            "people",
            "names",
            "homonym_names",
            "homonym_name_share",
            "max_people_per_name",
            "mentions_per_paper",
            "max_team",
            "variant_share",
        )
    }
    print(json.dumps({**summary, "seconds": round(elapsed, 1), "out": args.out}))
    return 0
