"""How much the resolution's quality depends on each of its parameters.

    python -m bench.bench_sensitivity [--factors 0.5 0.75 1.25 1.5] [--only threshold ...]

The resolution will be judged on data it has never seen, so its parameters should sit where
quality is flat, not on a peak of the data they were set on. This loads aminer-dev and dblp-bib
(../shared/data, read in place) into a benchmark Neo4j, one after the other, and resolves
each in full once with the defaults and once per parameter and factor, with that one parameter
multiplied by the factor (graph/resolution/parameters.py; `threshold` is the merge model's).
Printed per run: aminer-dev B3 F1 on its first 27 names and its last 27, B3 precision, B3 and
pairwise F1 over all 54 names, dblp-bib B3 F1, and which of the issue's targets still hold.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from bench import harness
from graph.db import Database
from graph.evaluation import evaluate, read_truth
from graph.evaluation.metrics import macro_average
from graph.evaluation.reader import labelled_mentions
from graph.resolution import resolve
from graph.resolution.model import load_model
from graph.resolution.parameters import DEFAULTS, Parameters
from graph.server import ManagedServer
from loaders.writer import GraphWriter

DATA = harness.REPO.parent / "shared" / "data"
FACTORS = (0.5, 0.75, 1.25, 1.5)
TUNING_NAMES = 27  # aminer-dev's first 27 names (in file order) are the tuning half
# Targets of the resolution issue: aminer-dev B3 F1, pairwise F1, B3 precision; dblp-bib B3 F1.
TARGETS = {
    "aminer_b3_f1": 0.92,
    "aminer_pair_f1": 0.88,
    "aminer_b3_precision": 0.95,
    "dblp_b3_f1": 0.95,
}


@dataclass(frozen=True)
class Outcome:
    parameter: str
    factor: float
    value: float
    tune_b3_f1: float
    held_b3_f1: float
    aminer_b3_precision: float
    aminer_b3_f1: float
    aminer_pair_f1: float
    dblp_b3_f1: float
    seconds: float

    def targets_met(self) -> list[str]:
        figures = {
            "aminer_b3_f1": self.aminer_b3_f1,
            "aminer_pair_f1": self.aminer_pair_f1,
            "aminer_b3_precision": self.aminer_b3_precision,
            "dblp_b3_f1": self.dblp_b3_f1,
        }
        return [name for name, target in TARGETS.items() if figures[name] >= target]


def aminer_figures(db: Database, parameters: Parameters) -> dict[str, float]:
    resolve(db, full=True, parameters=parameters)
    result = evaluate(labelled_mentions(db))
    blocks = result.resolution.blocks
    tune = macro_average(b.scores for b in blocks[:TUNING_NAMES])
    held = macro_average(b.scores for b in blocks[TUNING_NAMES:])
    macro = result.resolution.macro
    return {
        "tune_b3_f1": tune.b3_f1,
        "held_b3_f1": held.b3_f1,
        "aminer_b3_precision": macro.b3_precision,
        "aminer_b3_f1": macro.b3_f1,
        "aminer_pair_f1": macro.pair_f1,
    }


def dblp_figures(db: Database, parameters: Parameters, truth_path: Path) -> dict[str, float]:
    resolve(db, full=True, parameters=parameters)
    truth = read_truth(truth_path)
    return {"dblp_b3_f1": evaluate(labelled_mentions(db, truth), truth).resolution.macro.b3_f1}


def baseline() -> Parameters:
    """The defaults, with the shipped model's merge threshold spelt out (so it can be scaled)."""
    return replace(DEFAULTS, threshold=load_model().threshold)


def settings(names: list[str], factors: list[float]) -> list[tuple[str, float, Parameters]]:
    """The defaults, then each parameter scaled by each factor (a rounded count that lands on
    a value already run is run once)."""
    base = baseline()
    runs = [("defaults", 1.0, base)]
    for name in names:
        seen = {getattr(base, name)}
        for factor in factors:
            varied = base.scaled(name, factor)
            if getattr(varied, name) not in seen:
                seen.add(getattr(varied, name))
                runs.append((name, factor, varied))
    return runs


def run(
    names: list[str],
    factors: list[float],
    data: Path = DATA,
    *,
    server: ManagedServer | None = None,
) -> list[Outcome]:
    """Every setting on aminer-dev, then on dblp-bib, on `server` (its database must be empty;
    it is left empty) or on a benchmark server of its own."""
    aminer_files = sorted((data / "aminer-dev").glob("*.xml"))
    dblp_files = sorted((data / "dblp-bib").glob("*.bib"))
    truth_path = data / "dblp-bib" / "truth.jsonl"
    if not aminer_files or not dblp_files or not truth_path.exists():
        raise SystemExit(f"aminer-dev or dblp-bib not found under {data} (--data DIR)")
    runs = settings(names, factors)
    figures: list[dict[str, float]] = [{} for _ in runs]
    seconds = [0.0] * len(runs)
    with harness.server_for(server, "2g", "1g") as target, target.connect_running() as db:
        for label, files, measure in (
            ("aminer-dev", aminer_files, aminer_figures),
            ("dblp-bib", dblp_files, lambda db, p: dblp_figures(db, p, truth_path)),
        ):
            harness.say(f"Loading {label}...")
            GraphWriter(db).load_all(files)
            for index, (name, factor, parameters) in enumerate(runs):
                harness.say(
                    f"{label} [{index + 1}/{len(runs)}] {describe(name, factor, parameters)}"
                )
                found, took = harness.timed(partial(measure, db, parameters))
                figures[index].update(found)
                seconds[index] += took
            db.execute_autocommit("admin/delete_all")
    return [
        Outcome(
            parameter=name,
            factor=factor,
            seconds=took,
            value=getattr(parameters, name) if name != "defaults" else 0.0,
            **found,
        )
        for (name, factor, parameters), found, took in zip(runs, figures, seconds, strict=True)
    ]


def describe(name: str, factor: float, parameters: Parameters) -> str:
    return name if name == "defaults" else f"{name} x{factor:g} = {getattr(parameters, name)}"


def report(outcomes: list[Outcome]) -> str:
    lines = [
        f"{'parameter':20} {'x':>5} {'value':>8} | {'tune':>5} {'held':>5} {'B3 P':>5} "
        f"{'B3 F1':>5} {'pairF1':>6} | {'dblp':>5} | targets met (of {len(TARGETS)})"
    ]
    for o in outcomes:
        value = "" if o.parameter == "defaults" else f"{o.value:g}"
        factor = "" if o.parameter == "defaults" else f"{o.factor:g}"
        lines.append(
            f"{o.parameter:20} {factor:>5} {value:>8} | {o.tune_b3_f1:.3f} "
            f"{o.held_b3_f1:.3f} {o.aminer_b3_precision:.3f} {o.aminer_b3_f1:.3f} "
            f"{o.aminer_pair_f1:6.3f} | {o.dblp_b3_f1:.3f} | "
            f"{len(o.targets_met())}: {', '.join(o.targets_met())}"
        )
    base = outcomes[0]
    lines.append("")
    lines.append(
        "Largest change from the defaults per parameter (held-out half B3 F1, dblp-bib "
        "B3 F1), over the factors run:"
    )
    for name in dict.fromkeys(o.parameter for o in outcomes[1:]):
        mine = [o for o in outcomes if o.parameter == name]
        held = max(mine, key=lambda o: abs(o.held_b3_f1 - base.held_b3_f1))
        dblp = max(mine, key=lambda o: abs(o.dblp_b3_f1 - base.dblp_b3_f1))
        lines.append(
            f"  {name:20} held {held.held_b3_f1 - base.held_b3_f1:+.3f} "
            f"(x{held.factor:g}), dblp {dblp.dblp_b3_f1 - base.dblp_b3_f1:+.3f} "
            f"(x{dblp.factor:g})"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--factors", type=float, nargs="+", default=list(FACTORS))
    parser.add_argument(
        "--only",
        nargs="+",
        choices=list(DEFAULTS.as_dict()),
        help="the parameters to vary (default: all but max_team, which only "
        "papers of over 100 authors reach)",
    )
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data directory")
    args = parser.parse_args(argv)
    names = args.only or [n for n in DEFAULTS.as_dict() if n != "max_team"]
    outcomes = run(names, args.factors, args.data)
    print(report(outcomes))
    result = {
        "defaults": DEFAULTS.as_dict(),
        "targets": TARGETS,
        "runs": [asdict(o) for o in outcomes],
    }
    print(f"(figures kept in {harness.write_result('sensitivity', result)})")
    return result


if __name__ == "__main__":
    main()
