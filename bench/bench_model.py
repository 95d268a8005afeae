"""The merge model's evaluation protocol, and the model that ships (graph/resolution/).

Each labelled corpus of ../shared/data is loaded alone into a benchmark Neo4j (its own corpus
statistics, as a user's database would have) and read as labelled groups. Then:

- leave one corpus out: a model trained on the other corpora merges the held-out one's groups,
  scored per block as `namesake evaluate` scores them, beside the one-person-per-name baseline;
- leave names out on aminer-dev: five folds of its names, each merged by a model trained on the
  other corpora and the other four folds;
- the shipped model, trained on every corpus, scored on each (with --ship, written to
  graph/resolution/merge_model.json).

With --synthetic PAPERS, a synthetic corpus of that many papers (bench/synth, its gold from its
generator) joins every training set and is never scored: the issue asks for the figures with
and without synthetic gold.

    python -m bench.bench_model                  # the protocol, printed and in bench/out/
    python -m bench.bench_model --ship           # ... and write the shipped model
    python -m bench.bench_model --corpora dblp-bib lagos --folds 0   # a smaller run
    python -m bench.bench_model --folds 0 --synthetic 10000          # trained with synthetic gold
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from bench import harness
from graph.evaluation import EvalMention, evaluate, read_truth
from graph.evaluation.metrics import Scores
from graph.evaluation.reader import labelled_mentions
from graph.evaluation.truth import Truth, with_truth
from graph.learning.examples import LabelledGroup
from graph.learning.reader import labelled_groups
from graph.learning.training import THRESHOLDS, train
from graph.resolution import resolve
from graph.resolution.agglomerate import Agglomeration, agglomerate
from graph.resolution.model import MODEL_FILE, MergeModel
from graph.server import ManagedServer
from loaders.writer import GraphWriter

DATA = harness.REPO.parent / "shared" / "data"
CORPORA: dict[str, tuple[str, str | None]] = {  # name -> (files, truth file)
    "aminer-dev": ("aminer-dev/*.xml", None),
    "dblp-bib": ("dblp-bib/*.bib", "dblp-bib/truth.jsonl"),
    "qian": ("qian/papers.jsonl", "qian/truth.jsonl"),
    "lagos": ("lagos/papers.jsonl", "lagos/truth.jsonl"),
}
SHIPPED = harness.REPO / "graph" / "resolution" / MODEL_FILE


@dataclass
class Corpus:
    name: str
    groups: list[LabelledGroup]
    mentions: list[EvalMention]  # the labelled mentions, blocks as evaluate makes them


def read_corpus(db: Any, name: str) -> Corpus:
    pattern, truth_file = CORPORA[name]
    truth: Truth | None = read_truth(DATA / truth_file) if truth_file else None
    return _read(db, name, sorted(DATA.glob(pattern)), truth)


def read_synthetic(db: Any, papers: int, seed: int) -> Corpus:
    generated = harness.corpus(papers, seed)
    return _read(db, f"synthetic-{papers}", [generated.corpus], read_truth(generated.truth))


def _read(db: Any, name: str, files: list[Path], truth: Truth | None) -> Corpus:
    db.execute_autocommit("admin/delete_all")
    harness.say(f"{name}: loading {len(files)} files...")
    GraphWriter(db).load_all(files)
    resolve(db, progress=harness.say)  # the seeds (the shipped model's merges are not read)
    groups = labelled_groups(db, name, truth, progress=harness.say)
    mentions = labelled_mentions(db, truth)
    if truth is not None:
        mentions = with_truth(mentions, truth)
    return Corpus(name, groups, [m for m in mentions if m.gold is not None])


def merged(model: MergeModel, groups: Sequence[LabelledGroup]) -> dict[str, str]:
    """Mention key -> cluster label, as `resolve` would merge the groups with `model`."""
    found: dict[str, str] = {}
    for group in groups:
        clusters = group.clusters(group.seeds)
        if len(clusters) > 1:
            clusters = agglomerate(group.views, clusters, model, spellings=group.spellings)
        for index, cluster in enumerate(clusters):
            found.update((key, f"{group.name}#{index}") for key in cluster.members)
    return found


def merged_by_threshold(
    model: MergeModel, groups: Sequence[LabelledGroup], thresholds: Sequence[float]
) -> dict[float, dict[str, str]]:
    """`merged` at each threshold, from one merge per group down to the lowest: the merges
    at a higher threshold are a prefix of that run's."""
    found: dict[float, dict[str, str]] = {t: {} for t in thresholds}
    for group in groups:
        clusters = group.clusters(group.seeds)
        members = [list(c.members) for c in clusters]  # a merge grows the kept cluster
        merging = Agglomeration(
            group.views, clusters, model, min(thresholds), spellings=group.spellings
        )
        merging.run()
        for threshold, sets in merging.unions_at(thresholds):
            for index, keys in enumerate(members):
                label = f"{group.name}#{sets.find(index)}"
                found[threshold].update((key, label) for key in keys)
    return found


def in_hindsight(model: MergeModel, corpus: Corpus) -> dict[str, float]:
    """The threshold that would have done best on the held-out corpus, and its B3 F1: how
    much the cross-validated choice of threshold costs."""
    by_threshold = merged_by_threshold(model, corpus.groups, THRESHOLDS)
    f1 = {t: scores(corpus, predicted)["model"]["b3_f1"] for t, predicted in by_threshold.items()}
    best = max(f1, key=lambda t: (f1[t], -abs(t - model.threshold)))
    return {"threshold": best, "b3_f1": f1[best]}


def scores(corpus: Corpus, predicted: dict[str, str]) -> dict[str, Any]:
    mentions = [replace(m, predicted=predicted.get(m.mention_id)) for m in corpus.mentions]
    result = evaluate(mentions)
    return {
        "model": _figures(result.resolution.macro),
        "one_person": _figures(result.one_person.macro),
        "blocks": len(result.resolution.blocks),
        "mentions": result.mentions,
    }


def _figures(s: Scores) -> dict[str, float]:
    return {
        "b3_precision": round(s.b3_precision, 4),
        "b3_recall": round(s.b3_recall, 4),
        "b3_f1": round(s.b3_f1, 4),
        "pair_f1": round(s.pair_f1, 4),
    }


def leave_names_out(
    corpora: dict[str, Corpus], name: str, folds: int, seed: int, extra: list[LabelledGroup]
) -> dict[str, Any]:
    """`name`'s groups in folds, each merged by a model trained on everything else."""
    target = corpora[name]
    others = [g for c in corpora.values() if c.name != name for g in c.groups] + extra
    order = sorted(g.name for g in target.groups)
    np.random.default_rng(seed).shuffle(order)
    fold_of = {group: i % folds for i, group in enumerate(order)}
    predicted: dict[str, str] = {}
    for fold in range(folds):
        harness.say(f"{name}: names fold {fold + 1} of {folds}...")
        held = [g for g in target.groups if fold_of[g.name] == fold]
        rest = [g for g in target.groups if fold_of[g.name] != fold]
        model, _ = train(others + rest, seed)
        predicted.update(merged(model, held))
    return scores(target, predicted)


def run(
    names: Sequence[str],
    folds: int = 5,
    seed: int = 7,
    ship: bool = False,
    synthetic: int = 0,
    *,
    server: ManagedServer | None = None,
) -> dict[str, Any]:
    """The protocol on the named corpora, on `server` (its database is emptied) or on a
    benchmark server of its own; with `synthetic` papers of synthetic gold in every training
    set."""
    started = time.monotonic()
    corpora: dict[str, Corpus] = {}
    extra: list[LabelledGroup] = []
    with harness.server_for(server, "4g", "2g") as target, target.connect_running() as db:
        for name in names:
            corpora[name] = read_corpus(db, name)
        if synthetic:
            extra = read_synthetic(db, synthetic, harness.SEED).groups
        db.execute_autocommit("admin/delete_all")
    result: dict[str, Any] = {"leave_one_corpus_out": {}, "shipped": {}, "synthetic": synthetic}
    if len(corpora) > 1:
        for name, corpus in corpora.items():
            harness.say(f"{name}: held out; training on the others...")
            others = [g for c in corpora.values() if c is not corpus for g in c.groups] + extra
            model, _ = train(others, seed)
            found = scores(corpus, merged(model, corpus.groups))
            result["leave_one_corpus_out"][name] = {
                **found,
                "threshold": model.threshold,
                "in_hindsight": in_hindsight(model, corpus),
            }
    if folds and "aminer-dev" in corpora:
        result["aminer_names_out"] = leave_names_out(corpora, "aminer-dev", folds, seed, extra)
    harness.say("training on every corpus...")
    everything = [g for c in corpora.values() for g in c.groups] + extra
    model, report = train(everything, seed, {"corpora": sorted(corpora)}, harness.say)
    for name, corpus in corpora.items():
        result["shipped"][name] = scores(corpus, merged(model, corpus.groups))
    result["threshold"] = model.threshold
    result["cross_validated"] = {
        "b3_f1": report.at_threshold(),
        "b3_precision": report.precision_at_threshold(),
    }
    if ship:
        model.save(SHIPPED)
        harness.say(f"wrote {SHIPPED}")
    result["seconds"] = round(time.monotonic() - started, 1)
    harness.write_result("model", result)
    return result


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), choices=list(CORPORA))
    parser.add_argument("--folds", type=int, default=5, help="aminer-dev name folds (0: none)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ship", action="store_true", help=f"write {SHIPPED}")
    parser.add_argument(
        "--synthetic", type=int, default=0, metavar="PAPERS", help="train with synthetic gold too"
    )
    args = parser.parse_args(argv)
    print(describe(run(args.corpora, args.folds, args.seed, args.ship, args.synthetic)))


def describe(result: dict[str, Any]) -> str:
    lines = [
        "| corpus | protocol | B3 P | B3 R | B3 F1 | pair F1 | one person B3 F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    rows = [
        *((n, "leave corpus out", r) for n, r in result["leave_one_corpus_out"].items()),
        *(
            [("aminer-dev", "leave names out", result["aminer_names_out"])]
            if "aminer_names_out" in result
            else []
        ),
        *((n, "shipped model", r) for n, r in result["shipped"].items()),
    ]
    for name, protocol, r in rows:
        m = r["model"]
        lines.append(
            f"| {name} | {protocol} | {m['b3_precision']:.3f} | {m['b3_recall']:.3f} | "
            f"{m['b3_f1']:.3f} | {m['pair_f1']:.3f} | {r['one_person']['b3_f1']:.3f} |"
        )
    for name, r in result["leave_one_corpus_out"].items():
        best = r["in_hindsight"]
        lines.append(
            f"{name} left out: threshold {r['threshold']} (B3 F1 {r['model']['b3_f1']:.3f}); "
            f"best in hindsight {best['threshold']} ({best['b3_f1']:.3f})"
        )
    if result["synthetic"]:
        lines.append(f"every model trained with {result['synthetic']} synthetic papers too")
    lines.append(f"shipped threshold {result['threshold']}; {result['seconds']:.0f} s")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
