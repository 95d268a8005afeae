"""Reads the mentions to evaluate from the graph, through the database seam."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypedDict, cast

from graph.db import Database
from graph.evaluation.baselines import EvalMention
from graph.evaluation.grouping import name_groups
from graph.evaluation.truth import Truth, truth_key
from graph.names import compatible


class EvalRow(TypedDict):
    """A row of `evaluation/labelled_mentions` or `evaluation/mentions_of_papers`."""

    mention: str
    name: str
    position: int | None
    paper: str
    gold: str | None
    predicted: str | None
    score: float | None
    group: str | None
    coauthors: list[str]


def labelled_mentions(
    db: Database, truth: Truth | None = None, names: Iterable[str] = ()
) -> list[EvalMention]:
    """Mentions with gold labels (from the data, or those a truth file names), grouped into
    evaluation blocks by name; `names` keeps only the blocks compatible with one of them."""
    if truth is None:
        found = db.query("evaluation/labelled_mentions")
    else:
        papers = sorted({paper for paper, _ in truth.labels})
        found = db.query("evaluation/mentions_of_papers", papers=papers)
    rows = cast(list[EvalRow], found)
    wanted = list(names)
    rows = [r for r in rows if not wanted or any(compatible(r["name"], n) for n in wanted)]
    groups = name_groups(r["name"] for r in _scored(rows, truth))
    return [_to_mention(r, groups.get(r["name"], r["name"])) for r in rows]


def _scored(rows: list[EvalRow], truth: Truth | None) -> list[EvalRow]:
    """The rows that will be scored: they decide the blocks."""
    if truth is None:
        return rows
    return [r for r in rows if truth_key(r["paper"], r["name"]) in truth.labels]


def _to_mention(row: EvalRow, block: str) -> EvalMention:
    return EvalMention(
        mention_id=row["mention"],
        block=block,
        paper_id=row["paper"],
        name=row["name"],
        coauthors=frozenset(row["coauthors"]),
        gold=row["gold"],
        predicted=row["predicted"],
        position=row["position"],
        score=row["score"],
        group=row["group"],
    )
