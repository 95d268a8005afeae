"""Every query of the library (cypher/queries/) on the real Neo4j with sample data loaded: each
returns rows, and the rows say what the query's header promises.

Persons come from test fixtures (tests/cypher/fake_*.cypher), not from the resolution: one
person per block, a second "early" person for Han Cai's papers before 2020 with low scores,
one EVIDENCE link and one curation. They stand in for the resolution's output contract.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from graph import browser
from graph.db import Database
from graph.names import base_key, block_key
from loaders.writer import GraphWriter
from tests.paths import data_path

pytestmark = pytest.mark.integration

SAMPLES = (
    ("arrow", "han-cai.txt"),
    ("aminer-dev", "Hong_Xie.xml"),
    ("aminer-dev", "Kuo_Zhang.xml"),
)
NAME = "Han Cai"
SPLIT_BEFORE = 2020
LOW_SCORE = 0.4
COAT = "COAT: Compressing Optimizer states and Activations for Memory-Efficient FP8 Training"
DC_AE = "Deep Compression Autoencoder for Efficient High-Resolution Diffusion Models"
CURATION = "test-curation-1"


@dataclass
class Sample:
    """The loaded graph, and the values the queries are run with."""

    values: dict[str, Any]
    titles: dict[str, int]  # Han Cai's papers: title -> year
    curations_before: list[dict[str, Any]]


@pytest.fixture(scope="module")
def sample(session_db: Database) -> Iterator[Sample]:
    paths = [data_path(*parts) for parts in SAMPLES]
    try:
        yield _load(session_db, paths)
    finally:
        session_db.execute_autocommit("admin/delete_all")


def _load(db: Database, paths: list) -> Sample:
    writer = GraphWriter(db)
    for path in paths:
        writer.load(path)
    block = block_key(NAME)
    for name in (NAME, "Hong Xie", "Kuo Zhang"):
        db.execute("test/fake_resolution", block=block_key(name))
    curations_before = db.query("queries/curated_corrections", key=None)
    db.execute("test/fake_split", block=block, before=SPLIT_BEFORE, score=LOW_SCORE)
    mentions = {m["title"]: m for m in db.query("test/mentions_of_block", block=block)}
    first, second = mentions[COAT]["key"], mentions[DC_AE]["key"]
    db.execute("test/fake_evidence", first=first, second=second)
    person = f"fixture-{block.replace(' ', '-')}"
    db.execute("test/fake_curation", id=CURATION, mention=first, person=person)
    values = {**browser.name_parameters(NAME), "person": person, "first": first, "second": second}
    return Sample(values, {t: m["year"] for t, m in mentions.items()}, curations_before)


def run(db: Database, sample: Sample, name: str, **overrides: Any) -> list[dict[str, Any]]:
    text = browser.query_text(name)
    values = {**sample.values, **overrides}
    return db.query(f"queries/{name}", **{p: values[p] for p in browser.query_parameters(text)})


def path_items(rows: list[dict[str, Any]]) -> list[Any]:
    """Nodes (as property dicts) and relationship types of the `path` column's paths."""
    return [item for row in rows for item in row["path"]]


def types(items: list[Any]) -> set[str]:
    return {i for i in items if isinstance(i, str)}


@pytest.mark.parametrize("name", browser.query_names())
def test_every_query_returns_rows(session_db: Database, sample: Sample, name: str) -> None:
    assert run(session_db, sample, name), f"queries/{name}.cypher returned no rows"


def test_people_behind_name(session_db: Database, sample: Sample) -> None:
    rows = run(session_db, sample, "people_behind_name")
    early = [t for t, year in sample.titles.items() if year < SPLIT_BEFORE]
    assert [(r["person"], r["papers"]) for r in rows] == [
        ("fixture-cai-h", len(sample.titles) - len(early)),
        ("fixture-cai-h-early", len(early)),
    ]
    works = {w["title"] for r in rows for w in r["works"]}
    assert works == set(sample.titles)
    assert rows[0]["written_as"] == [NAME] and "ICLR" in rows[0]["venues"]


def test_person_subgraph_shows_person_papers_venues_and_coauthors(
    session_db: Database, sample: Sample
) -> None:
    items = path_items(run(session_db, sample, "person_subgraph"))
    nodes = [i for i in items if isinstance(i, dict)]
    assert {n.get("id") for n in nodes} >= {"fixture-cai-h", "fixture-cai-h-early"}
    assert {n["title"] for n in nodes if "title" in n} == set(sample.titles)
    assert {"ICLR", "NeurIPS"} <= {n.get("name") for n in nodes}
    assert {"RESOLVED_TO", "OF", "NAMED", "PUBLISHED_IN"} <= types(items)
    assert "Song Han 0003" in {n.get("name") for n in nodes if "base_key" in n}


def test_person_coauthor_network(session_db: Database, sample: Sample) -> None:
    items = path_items(run(session_db, sample, "person_coauthor_network"))
    authors = {i["name"] for i in items if isinstance(i, dict) and "base_key" in i}
    assert NAME in authors and "Song Han 0003" in authors
    assert len(authors - {NAME}) <= browser.DEFAULT_TOP
    assert "COAUTHOR" in types(items)


def test_split_papers_side_by_side(session_db: Database, sample: Sample) -> None:
    [row] = run(session_db, sample, "split_papers_of_name")
    assert (row["person_a"], row["person_b"]) == ("fixture-cai-h", "fixture-cai-h-early")
    assert row["count_a"] + row["count_b"] == len(sample.titles)
    assert any(COAT in p for p in row["papers_a"])
    assert all(int(p[:4]) < SPLIT_BEFORE for p in row["papers_b"])
    assert row["shared_venues"] and row["shared_coauthors"]


def test_evidence_between_mentions(session_db: Database, sample: Sample) -> None:
    rows = run(session_db, sample, "evidence_between_mentions")
    items = path_items(rows)
    assert "EVIDENCE" in types(items)
    evidence = next(r["path"] for r in rows if "EVIDENCE" in r["path"])
    assert [n["key"] for n in evidence[::2]] in (
        [sample.values["first"], sample.values["second"]],
        [sample.values["second"], sample.values["first"]],
    )
    shared = {i["base_key"] for i in items if isinstance(i, dict) and "base_key" in i}
    assert "song han" in shared
    assert {COAT, DC_AE} <= {i.get("title") for i in items if isinstance(i, dict)}


def test_most_ambiguous_names(session_db: Database, sample: Sample) -> None:
    rows = run(session_db, sample, "most_ambiguous_names")
    assert rows[0]["key"] == base_key(NAME) and rows[0]["people"] == 2
    assert rows[0]["mentions"] == len(sample.titles) and rows[0]["unresolved"] == 0
    assert len(rows) == browser.DEFAULT_LIMIT


def test_low_score_assignments(session_db: Database, sample: Sample) -> None:
    rows = run(session_db, sample, "low_score_assignments")
    assert [(r["person"], r["weakest"]) for r in rows] == [("fixture-cai-h-early", LOW_SCORE)]
    assert {a["title"] for a in rows[0]["assignments"]} == {
        t for t, year in sample.titles.items() if year < SPLIT_BEFORE
    }
    assert run(session_db, sample, "low_score_assignments", max_score=0.1) == []


def test_curated_corrections(session_db: Database, sample: Sample) -> None:
    assert sample.curations_before == [], "no curation yet: no rows, and no error"
    [row] = run(session_db, sample, "curated_corrections")
    assert (row["id"], row["kind"], row["active"]) == (CURATION, "pin", True)
    assert [(m["role"], m["title"]) for m in row["mentions"]] == [("subject", COAT)]
    assert row["people"] == [{"person": "fixture-cai-h", "name": NAME}]
    assert run(session_db, sample, "curated_corrections", key=None) == [row]
    assert run(session_db, sample, "curated_corrections", key=base_key("Hong Xie")) == []
