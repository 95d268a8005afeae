"""The bulk path (neo4j-admin import) against the real managed Neo4j: the sample data gives the
graph the online path gives, a database that holds anything is refused, another server is
refused, and a bad record stops the load before the database is touched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.db import Database
from graph.errors import ConfigError, InputError, ServerError
from graph.evaluation import EvalMention, read_truth
from graph.evaluation.reader import labelled_mentions
from graph.server import ManagedServer
from graph.settings import Connection
from loaders.bulk import bulk_load, merge, require_managed
from loaders.validation import BadRecordPolicy
from loaders.writer import GraphWriter
from tests.paths import data_path

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def sample_files() -> list[Path]:
    return [
        *sorted(data_path("aminer-dev").glob("*.xml")),
        *sorted(data_path("dblp-bib").glob("*.bib")),
        *sorted(data_path("dblp-xml").glob("*.xml")),
        data_path("arrow", "han-cai.txt"),
    ]


def snapshot(db: Database) -> dict[str, object]:
    """Counts, and the labelled mentions as the evaluation reads them (data and truth file)."""
    truth = read_truth(data_path("dblp-bib", "truth.jsonl"))

    def by_key(mentions: list[EvalMention]) -> list[EvalMention]:
        return sorted(mentions, key=lambda m: m.mention_id)

    return {
        "counts": db.query("test/count_graph")[0],
        "labelled": by_key(labelled_mentions(db)),
        "dblp_truth": by_key(labelled_mentions(db, truth)),
    }


@pytest.mark.parametrize("mentions_apart", [False, True], ids=["one process", "mentions apart"])
def test_bulk_gives_the_online_graph(
    db: Database, managed_server: ManagedServer, monkeypatch, mentions_apart: bool
) -> None:
    if mentions_apart:  # the mention rows merged in a process of their own, as large loads do
        monkeypatch.setattr(merge, "MENTIONS_APART_BYTES", 0)
    files = sample_files()
    writer = GraphWriter(db)
    for path in files:
        writer.load(path)
    online = snapshot(db)
    db.execute_autocommit("admin/delete_all")

    summary = bulk_load(managed_server, files)
    bulk = snapshot(db)
    assert bulk["counts"] == online["counts"]
    assert online["counts"]["labelled"] == 3744 and online["counts"]["coauthor_pairs"] > 0
    assert bulk["labelled"] == online["labelled"]
    assert bulk["dblp_truth"] == online["dblp_truth"] and len(bulk["dblp_truth"]) >= 671
    assert summary.mentions == sum(s.mentions for s in summary.files) > 0
    assert sum(s.papers_added for s in summary.files) == online["counts"]["papers"]
    assert sum(s.mentions_added for s in summary.files) == online["counts"]["mentions"]
    assert {row["status"] for row in db.query("test/load_markers")} == {"complete"}


def test_every_property_survives_the_csv(
    db: Database, managed_server: ManagedServer, tmp_path: Path
) -> None:
    """Quotes, commas, line breaks, semicolons in lists, empty lists, nulls, accents, a paper
    without title; a paper given twice keeps its first properties and its last gold label, as
    MERGE does."""
    papers = [
        {
            "id": "q1",
            "title": 'Quotes "inside", commas, and a\nline break',
            "year": None,
            "venue": "V; W",
            "abstract": "two\nlines\r\nhere",
            "keywords": ["a;b", "c,d"],
            "authors": [
                {"name": "Ada Lovelace", "affiliation": 'x "y"', "truth": "ada-1"},
                {"name": "Émile Zola", "email": ""},
            ],
        },
        {
            "id": "q2",
            "title": "No keywords",
            "year": 2001,
            "keywords": [],
            "authors": [{"name": "Ada Lovelace"}, {"name": "Émile Zola"}],
        },
        {
            "id": "q1",
            "title": "The same paper again",
            "year": 1999,
            "authors": [{"name": "Ada Lovelace", "truth": "ada-2"}],
        },
        {"id": "q3", "year": 2002, "authors": [{"name": "Grace Hopper"}]},
    ]
    path = tmp_path / "edge.jsonl"
    path.write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in papers), encoding="utf-8"
    )
    GraphWriter(db).load(path)
    online = (
        db.query("test/paper_properties"),
        db.query("test/count_graph")[0],
        db.query("test/coauthors_of", key="ada lovelace"),
    )
    db.execute_autocommit("admin/delete_all")

    bulk_load(managed_server, [path])
    bulk = (
        db.query("test/paper_properties"),
        db.query("test/count_graph")[0],
        db.query("test/coauthors_of", key="ada lovelace"),
    )
    assert bulk == online
    first = online[0][0]
    assert first["paper"]["title"].startswith('Quotes "inside"') and "year" not in first["paper"]
    assert first["paper"]["keywords"] == ["a;b", "c,d"]
    assert first["mentions"][0]["truth"] == "ada-2"
    assert online[0][1]["paper"]["keywords"] == []
    assert online[0][2]["paper"]["source_id"] == "q3" and "title" not in online[0][2]["paper"]
    assert online[2] == [{"coauthor": "emile zola", "papers": 2}]


def test_refuses_a_database_that_is_not_empty(
    db: Database, managed_server: ManagedServer, tmp_path: Path
) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(
        json.dumps({"id": "p1", "title": "T", "authors": [{"name": "Ada Lovelace"}]}) + "\n"
    )
    GraphWriter(db).load(path)
    before = db.query("test/count_graph")[0]
    with pytest.raises(ServerError, match=r"holds .* nodes.*Load without --bulk"):
        bulk_load(managed_server, [path])
    assert db.query("test/count_graph")[0] == before


def test_refuses_a_server_that_is_not_the_managed_one() -> None:
    with pytest.raises(ConfigError, match="NEO4J_URI"):
        require_managed(Connection(uri="bolt://example.org:7687", password="x"))
    with pytest.raises(ConfigError, match="NEO4J_DATABASE"):
        require_managed(Connection(database="other"))
    require_managed(Connection())


def test_a_bad_record_leaves_nothing_imported(
    db: Database, managed_server: ManagedServer, tmp_path: Path
) -> None:
    good = {"id": "ok-1", "title": "Fine", "authors": [{"name": "Grace Hopper"}]}
    first = tmp_path / "good.jsonl"
    first.write_text(json.dumps(good) + "\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps(good | {"id": "ok-2"}) + "\n" + json.dumps(good | {"id": "ok-3"}) + "\n{oops\n"
    )
    pid = managed_server.pid()
    with pytest.raises(InputError) as error:
        bulk_load(managed_server, [first, bad])
    assert str(bad) in str(error.value) and "line 3" in str(error.value)
    assert db.query("admin/count_nodes")[0]["nodes"] == 0
    assert managed_server.pid() == pid, "the server must not have been stopped"
    assert not list((managed_server.settings.home / "import").glob("bulk-*")), "work files left"

    summary = bulk_load(managed_server, [first, bad], policy=BadRecordPolicy(1, tmp_path))
    assert [s.rejected for s in summary.files] == [0, 1]
    assert summary.files[1].rejects_path == str(tmp_path / "bad.jsonl.rejects.jsonl")
    assert db.query("test/count_graph")[0]["papers"] == 3
