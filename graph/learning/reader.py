"""Labelled groups from the graph: the name groups that hold gold-labelled mentions, read as
the merge reads them (needs a database; the seeds of a resolve must be there)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from graph.db import Database, batched
from graph.errors import EvaluationError
from graph.evaluation.reader import labelled_mentions
from graph.evaluation.truth import Truth, with_truth
from graph.learning.examples import LabelledGroup
from graph.learning.training import TrainingReport, train
from graph.resolution import resolve
from graph.resolution.groups import prepare, read_batch
from graph.resolution.model import MergeModel
from graph.resolution.parameters import DEFAULTS, Parameters
from graph.resolution.prior import NameStats
from graph.resolution.statistics import corpus_stats

GROUPS_AT_ONCE = 200


def labelled_groups(
    db: Database,
    corpus: str,
    truth: Truth | None = None,
    parameters: Parameters = DEFAULTS,
    progress: Callable[[str], None] = lambda _: None,
) -> list[LabelledGroup]:
    """The groups holding mentions with a gold label (from `truth`, else the data's own), each
    with its seeds, views and the gold person of every labelled mention."""
    mentions = labelled_mentions(db, truth)
    if truth is not None:
        mentions = with_truth(mentions, truth)
    gold = {m.mention_id: m.gold for m in mentions if m.gold is not None}
    names = [r["group"] for r in db.query("learning/groups_of_mentions", mentions=sorted(gold))]
    progress(f"{corpus}: {len(gold)} labelled mentions in {len(names)} name groups")
    stats = corpus_stats(db, parameters.idf_cap_papers)
    name_stats = NameStats.of(r["name"] for r in db.stream("resolution/author_names"))
    found = []
    for batch in batched(names, GROUPS_AT_ONCE):
        facts = read_batch(db, batch, parameters.max_team)
        for row in facts.groups:
            group = prepare(db, row, facts.curated, parameters.max_team)
            row_of = {f.key: i for i, f in enumerate(group.facts)}
            found.append(
                LabelledGroup(
                    corpus=corpus,
                    name=group.name,
                    facts=group.facts,
                    views=group.views(stats, name_stats, parameters.reference_names),
                    seeds=[[row_of[k] for k in seed] for seed in group.seeds],
                    gold=[gold.get(f.key) for f in group.facts],
                )
            )
    return found


def train_on_graph(
    db: Database,
    truths: list[Truth],
    seed: int = 7,
    progress: Callable[[str], None] = lambda _: None,
) -> tuple[MergeModel, TrainingReport]:
    """A merge model from the labelled groups of the database: one corpus per truth file, or
    the labels that came with the data when no file is given. The seeds come from a resolve
    (run here for what is not resolved yet)."""
    resolve(db, progress=progress)
    corpora: list[tuple[str, Truth | None]] = [(Path(t.path).stem, t) for t in truths]
    corpora = corpora or [("data", None)]
    groups = [
        g for name, truth in corpora for g in labelled_groups(db, name, truth, progress=progress)
    ]
    if not any(g.gold.count(None) < len(g.gold) for g in groups):
        raise EvaluationError(
            "no mention of the database has a gold label to learn from: load labelled data "
            "(AMiner files carry theirs) or pass --truth FILE."
        )
    return train(groups, seed, {"truth": [t.path for t in truths]}, progress)
