"""A physics-shaped corpus on the managed server's default memory: load online, load bulk,
resolve, score (issue 23).

    python -m bench.bench_physics --papers 15000

Generates the physics profile of bench/synth (collaborations of thousands signing hundreds of
papers, names as "Family, I. J."), starts a benchmark Neo4j in a temporary home with the
memory the server sizes by default (nothing set), loads the corpus online and resolves every
name; then bulk-loads it into a second fresh home for the online/bulk throughput ratio. Each
load and the resolution run in a child process, so that the client's peak memory (VmHWM) is
the step's own; the server's peak resident set is sampled from /proc during each step.
Printed: the memory the server chose, seconds, slots per second, peak server and client MB
per step, the end-to-end time (online load and resolve; target under 10 minutes), B3 F1
against the synthetic gold beside one person per name. A step that fails (a memory error)
is reported as such; if the online load fails, the bulk home is resolved instead.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from dataclasses import asdict
from typing import Any

from bench import harness
from graph.server import ManagedServer

TARGET_SECONDS = 600
RESOLVE = ("bench.bench_curve", ["--child-resolve"])


def load_child(mode: str, corpus: harness.Corpus) -> tuple[str, list[str]]:
    return "bench.bench_memory", ["--child", mode, str(corpus.corpus)]


def measured(server: ManagedServer, child: tuple[str, list[str]]) -> dict[str, Any]:
    """Run one step in a child process against `server`: its figures, its peak memory and the
    server's, or the failure."""
    module, arguments = child
    with harness.ServerPeak(server) as peak:
        try:
            figures = harness.run_child(module, arguments, server)
        except subprocess.CalledProcessError as failed:
            figures = {"error": f"the step exited with code {failed.returncode} (see above)"}
    figures["server_peak_mb"] = round(peak.peak_mb, 1)
    figures["ok"] = "error" not in figures
    return figures


def run(
    papers: int = 15_000, seed: int = harness.SEED, *, server: ManagedServer | None = None
) -> dict[str, Any]:
    """The steps on `server` (its database must be empty; bulk first, then online on the same
    server) or on benchmark servers of their own with the default memory."""
    corpus = harness.corpus(papers, seed, "physics")
    steps: dict[str, dict[str, Any]] = {}
    quality = None
    with harness.server_for(server, None, None) as target:
        memory = target.status().memory
        if server is not None:
            steps["bulk_load"] = measured(target, load_child("bulk", corpus))
            harness.empty(target)
        harness.say(f"Online load of {corpus.corpus}...")
        steps["online_load"] = measured(target, load_child("online", corpus))
        if steps["online_load"]["ok"]:
            harness.say("Resolving every name...")
            steps["resolve"] = measured(target, RESOLVE)
            quality = harness.quality(target, corpus.truth) if steps["resolve"]["ok"] else None
    if server is None:
        with harness.temp_server(None, None) as other:
            harness.say(f"Bulk load of {corpus.corpus} into a second fresh home...")
            steps["bulk_load"] = measured(other, load_child("bulk", corpus))
            if not steps["online_load"]["ok"] and steps["bulk_load"]["ok"]:
                harness.say("The online load failed: resolving the bulk-loaded home instead...")
                steps["resolve"] = measured(other, RESOLVE)
                quality = harness.quality(other, corpus.truth) if steps["resolve"]["ok"] else None
    return summary(corpus, memory, steps, quality)


def summary(
    corpus: harness.Corpus,
    memory: dict[str, object],
    steps: dict[str, dict[str, Any]],
    quality: harness.Quality | None,
) -> dict[str, Any]:
    online, bulk, resolve = (steps.get(k, {}) for k in ("online_load", "bulk_load", "resolve"))
    both = online.get("ok") and bulk.get("ok")
    done = online.get("ok") and resolve.get("ok")
    return {
        "papers": corpus.papers,
        "mentions": corpus.mentions,
        "max_team": corpus.stats["max_team"],
        "collaboration_papers": corpus.stats["mega_papers"],
        "memory": memory,
        "steps": steps,
        "online_to_bulk_ratio": round(bulk["seconds"] / online["seconds"], 3) if both else None,
        "end_to_end_seconds": round(online["seconds"] + resolve["seconds"], 1) if done else None,
        "quality": asdict(quality) if quality else None,
    }


def describe(r: dict[str, Any]) -> str:
    memory = r["memory"]
    lines = [
        (
            f"physics-shaped corpus: {r['papers']} papers, {r['mentions']} author slots, "
            f"{r['collaboration_papers']} collaboration papers of up to {r['max_team']} authors"
        ),
        (
            f"  server memory: heap {memory.get('heap')}, page cache {memory.get('pagecache')}, "
            f"transaction memory {memory.get('tx_memory')}"
        ),
        (
            f"  {'step':<12} {'seconds':>8} {'slots/s':>8} {'server peak MB':>15} "
            f"{'client peak MB':>15}"
        ),
    ]
    for name, step in r["steps"].items():
        if not step["ok"]:
            lines.append(f"  {name:<12} FAILED: {step['error']}")
            continue
        client = step.get("python_peak_mb", step.get("peak_mb"))
        lines.append(
            f"  {name:<12} {step['seconds']:>8.1f} {r['mentions'] / step['seconds']:>8.0f} "
            f"{step['server_peak_mb']:>15.0f} {client:>15.0f}"
        )
    workers = r["steps"].get("resolve", {}).get("workers_peak_mb")
    if workers:
        lines.append(f"  resolve: each merge worker process peaked at {workers:.0f} MB")
    if r["online_to_bulk_ratio"] is not None:
        lines.append(
            f"  online / bulk throughput ratio {r['online_to_bulk_ratio']:.3f} (target >= 0.333)"
        )
    if r["end_to_end_seconds"] is not None:
        lines.append(
            f"  end to end (online load + resolve) {r['end_to_end_seconds']:.0f} s "
            f"(target < {TARGET_SECONDS} s)"
        )
    q = r["quality"]
    if q:
        lines.append(
            f"  B3 F1 {q['b3_f1']:.3f} (P {q['b3_precision']:.3f} R {q['b3_recall']:.3f}) "
            f"macro over {q['blocks']} name blocks; one person per name "
            f"{q['one_person_b3_f1']:.3f}; {q['b3_f1_weighted']:.3f} mention-weighted"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=15_000)
    parser.add_argument("--seed", type=int, default=harness.SEED)
    args = parser.parse_args()
    result = run(args.papers, args.seed)
    print(describe(result))
    print(json.dumps(result))
    harness.write_result(f"physics-{args.papers}", result)


if __name__ == "__main__":
    main()
