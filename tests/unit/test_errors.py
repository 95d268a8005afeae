"""Errors as the user reads them: Neo4j's memory errors become one paragraph naming the setting
and the fix; any other unexpected error is one line naming a log with its traceback. The
Neo4j errors here are made up with the codes and texts Neo4j 5.26 sends: the point is the
mapping, not Neo4j."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from neo4j.exceptions import Neo4jError

from graph import db as seam
from graph.errors import DatabaseError, MemoryLimitError, ServerError
from graph.server import ManagedServer
from namesake.cli import main
from namesake.cli.context import AppContext

POOL = (
    "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
    "The allocation of an extra 2.0 MiB would use more than the limit 1.4 GiB. Currently using "
    "1.4 GiB. dbms.memory.transaction.total.max threshold reached",
)
HEAP = (
    "Neo.TransientError.General.OutOfMemoryError",
    "There is not enough memory to perform the current task.",
)
PER_TRANSACTION = (
    "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
    "The allocation of an extra 8.0 MiB would use more than the limit 512.0 MiB. Currently "
    "using 508.0 MiB. db.memory.transaction.max threshold reached",
)
IN_A_PROCEDURE = (
    "Neo.ClientError.Procedure.ProcedureCallFailed",
    "Failed to invoke procedure `gds.wcc.write`: Caused by: java.lang.OutOfMemoryError: Java "
    "heap space",
)


def error(code: str, message: str) -> Neo4jError:
    return Neo4jError._hydrate_neo4j(code=code, message=message)


@pytest.mark.parametrize(
    ("sent", "setting"),
    [
        (POOL, "dbms.memory.transaction.total.max"),
        (HEAP, "server.memory.heap.max_size"),
        (PER_TRANSACTION, "db.memory.transaction.max"),
        (IN_A_PROCEDURE, "server.memory.heap.max_size"),
        (("Neo.ClientError.Statement.SyntaxError", "Invalid input"), None),
    ],
)
def test_memory_errors_are_told_by_the_setting_they_hit(
    sent: tuple[str, str], setting: str | None
) -> None:
    assert seam.memory_setting(*sent) == setting


def test_a_full_transaction_pool_names_the_setting_and_the_fix() -> None:
    with pytest.raises(MemoryLimitError) as raised, seam._named("rules/coauthor"):
        raise error(*POOL)
    message = str(raised.value)
    assert "rules/coauthor.cypher" in message
    assert "dbms.memory.transaction.total.max" in message and "limit 1.4 GiB" in message
    assert "NAMESAKE_HEAP" in message and "NAMESAKE_TX_MEMORY" in message
    assert "namesake db stop" in message and "running it again" in message
    assert "\n" not in message  # one paragraph
    assert "Traceback" not in message


def test_a_full_heap_names_the_heap() -> None:
    full = pytest.raises(MemoryLimitError, match=r"heap is full.*--heap 8g.*NAMESAKE_HEAP")
    with full, seam._named("load/merge_mentions"):
        raise error(*HEAP)


def test_other_errors_stay_database_errors_naming_the_statement() -> None:
    failed = pytest.raises(DatabaseError, match=r"rules/coauthor.cypher failed: .*SyntaxError")
    with failed, seam._named("rules/coauthor"):
        raise error("Neo.ClientError.Statement.SyntaxError", "Invalid input")


def test_a_retried_memory_error_is_mapped_once_the_retries_give_up() -> None:
    class Session:
        def __enter__(self) -> Session:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def execute_write(self, work: Any) -> Any:
            return work(None)

    class Driver:
        def session(self, **_: Any) -> Session:
            return Session()

    def work(_: seam.Transaction) -> None:
        # What the retry loop lets through: the statement's own transient error.
        with seam._named("rules/same_title", retried=True):
            raise error(*POOL)

    database = seam.Database(Driver(), uri="bolt://test")  # type: ignore[arg-type]
    with pytest.raises(MemoryLimitError, match=r"rules/same_title\.cypher"):
        database.write_transaction(work)


def test_an_unexpected_error_is_one_line_and_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))

    def broken(self: AppContext) -> None:
        raise RuntimeError("the disk said no\nsecond line")

    monkeypatch.setattr(AppContext, "managed", broken)
    result = CliRunner().invoke(main, ["--home", str(tmp_path / "home"), "db", "status"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "RuntimeError: the disk said no" in lines[0]
    logs = list((tmp_path / "namesake" / "logs").glob("error-*.log"))
    assert len(logs) == 1 and str(logs[0]) in lines[0]
    text = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: the disk said no" in text
    assert "second line" in text


def test_namesake_errors_stay_one_paragraph_without_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))

    def full(self: AppContext) -> None:
        with seam._named("rules/coauthor"):
            raise error(*POOL)

    monkeypatch.setattr(AppContext, "managed", full)
    result = CliRunner().invoke(main, ["--home", str(tmp_path / "home"), "db", "status"])
    assert result.exit_code == 1
    assert "NAMESAKE_HEAP" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "namesake" / "logs").exists()


def test_a_server_killed_by_a_full_heap_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    (home / "logs").mkdir(parents=True)
    (home / "logs" / "console.log").write_text(
        "Terminating due to java.lang.OutOfMemoryError: Java heap space\n", encoding="utf-8"
    )

    def lost(self: ManagedServer, progress: object = None) -> None:
        raise ServerError("lost the connection to Neo4j at bolt://127.0.0.1:1")

    monkeypatch.setattr(ManagedServer, "connect", lost)
    result = CliRunner().invoke(main, ["--home", str(home), "persons", "Han Cai"])
    assert result.exit_code == 1
    assert "lost the connection" in result.output and "heap ran out" in result.output
    assert "NAMESAKE_HEAP" in result.output
