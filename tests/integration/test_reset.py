"""`namesake reset` against the real managed Neo4j: it names what will go, refuses without a
confirmation, and empties the database (GDS graphs too) but keeps the schema."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.db import Database
from graph.settings import ServerSettings
from loaders.writer import GraphWriter
from tests.integration.cli_runner import namesake
from tests.paths import data_path

pytestmark = pytest.mark.integration


@pytest.fixture
def loaded(db: Database) -> Iterator[Database]:
    GraphWriter(db).load(data_path("dblp-bib", "Zhang_0009_Jun.bib"))
    db.execute("test/project_authors", graph="reset-test")
    yield db
    db.execute("admin/drop_gds_graphs")


def schema(db: Database) -> list[str]:
    return sorted(db.query("test/schema_names")[0]["names"])


def test_reset_refuses_without_confirmation(
    loaded: Database, server_settings: ServerSettings
) -> None:
    before = loaded.query("test/count_graph")[0]
    result = namesake(server_settings, "reset", answer="n\n")
    assert result.exit_code == 1
    assert f"the database of the managed server (home {server_settings.home})" in result.stdout
    assert f"{before['papers']} papers, {before['mentions']} mentions" in result.stdout
    assert "and 1 GDS graph (reset-test)" in result.stdout
    assert "Nothing was deleted" in result.stderr
    assert namesake(server_settings, "reset").exit_code == 1  # no answer at all: aborted
    assert loaded.query("test/count_graph")[0] == before
    assert loaded.query("test/gds_graphs")[0]["names"] == ["reset-test"]


def test_reset_empties_the_database_and_keeps_the_schema(
    loaded: Database, server_settings: ServerSettings
) -> None:
    kept = schema(loaded)
    assert len(kept) > 10
    result = namesake(server_settings, "reset", "--yes")
    assert result.exit_code == 0, result.output
    assert "Deleted everything" in result.stdout
    assert loaded.query("admin/count_nodes")[0]["nodes"] == 0
    assert loaded.query("test/gds_graphs")[0]["names"] == []
    assert schema(loaded) == kept
    again = namesake(server_settings, "reset")
    assert again.exit_code == 0 and "Nothing to delete" in again.stdout


def test_reset_after_a_yes(loaded: Database, server_settings: ServerSettings) -> None:
    result = namesake(server_settings, "reset", answer="y\n")
    assert result.exit_code == 0, result.output
    assert loaded.query("admin/count_nodes")[0]["nodes"] == 0
