"""The one database seam: everything that talks to Neo4j goes through `Database`.

Statements are addressed by their name in `cypher/`; values are always parameters. Failures are
re-raised as namesake errors that name the statement, so a log line says which operation broke.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import Any, TypeVar

import neo4j
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

import cypher
from graph.errors import (
    HEAP_SETTING,
    AuthenticationError,
    DatabaseError,
    MemoryLimitError,
    ServerError,
)

Row = dict[str, Any]
T = TypeVar("T")


class _RetriesAreDebug(logging.Filter):
    """The driver logs every retry of a transient error as a warning, which Python prints on
    stderr when the application set no logging up. namesake's concurrent writers and readers
    expect such retries (a failure that outlasts them is raised), so they are debug records,
    kept only where the logger is set to show debug records (the level was checked before the
    filter ran, as a warning's)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "will be retried" in str(record.msg) and record.levelno == logging.WARNING:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            return logging.getLogger(record.name).isEnabledFor(logging.DEBUG)
        return True


logging.getLogger("neo4j.session").addFilter(_RetriesAreDebug())


def batched(rows: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


class Transaction:
    """A managed transaction, statements by name as in `Database`. The driver's retry loop
    runs it, so transient errors are left to that loop."""

    def __init__(self, tx: neo4j.ManagedTransaction):
        self._tx = tx

    def run(self, name: str, **params: Any) -> list[Row]:
        with _named(name, retried=True):
            return [record.data() for record in self._tx.run(cypher.load(name), params)]

    def counters(self, name: str, **params: Any) -> dict[str, int]:
        with _named(name, retried=True):
            return _counters(self._tx.run(cypher.load(name), params).consume())

    def rows(self, name: str, **params: Any) -> list[Row]:
        """Rows with values as the driver gives them (no conversion of graph objects): for
        statements that return plain values, in bulk."""
        with _named(name, retried=True):
            return [_plain(record) for record in self._tx.run(cypher.load(name), params)]


class Database:
    """A Neo4j database reached through the official driver."""

    def __init__(self, driver: neo4j.Driver, database: str | None = None, *, uri: str = ""):
        self._driver = driver
        self._database = database
        self.uri = uri

    @classmethod
    def connect(cls, uri: str, user: str, password: str, database: str | None = None) -> Database:
        # Server notifications (e.g. "relationship type does not exist yet" before a first
        # resolution) are not the user's concern; real failures still raise.
        driver = neo4j.GraphDatabase.driver(
            uri, auth=(user, password), notifications_min_severity="OFF"
        )
        db = cls(driver, database, uri=uri)
        db.verify()
        return db

    def verify(self) -> None:
        try:
            self._driver.verify_connectivity()
        except AuthError as exc:
            raise AuthenticationError(
                f"Neo4j at {self.uri} refused the login: {exc.message}. "
                "Check NEO4J_USER / NEO4J_PASSWORD."
            ) from exc
        except (ServiceUnavailable, OSError) as exc:
            raise ServerError(
                f"cannot reach Neo4j at {self.uri}: {exc}. Is it running? "
                "Check NEO4J_URI, or unset it to use the managed server."
            ) from exc

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def query(self, name: str, **params: Any) -> list[Row]:
        """Run a read statement and return its rows as dicts."""
        return self._session_call(
            name, neo4j.READ_ACCESS, lambda tx: Transaction(tx).run(name, **params)
        )

    def stream(self, name: str, **params: Any) -> Iterator[Row]:
        """Rows of a read statement one by one, for results too large to hold at once.
        Values come as the driver gives them (no conversion of graph objects): for statements
        that return plain values, in bulk."""
        with _named(name), self._session() as session:
            for record in session.run(cypher.load(name), params):
                yield _plain(record)

    def read_all(self, name: str, **params: Any) -> list[Row]:
        """All rows of a read statement, the whole read retried on transient errors (a read
        beside concurrent writes may be told to retry). Values come as the driver gives them,
        as in `stream`."""
        return self._session_call(
            name, neo4j.READ_ACCESS, lambda tx: Transaction(tx).rows(name, **params)
        )

    def execute(self, name: str, **params: Any) -> list[Row]:
        """Run a write statement in its own transaction and return its rows."""
        return self._session_call(
            name, neo4j.WRITE_ACCESS, lambda tx: Transaction(tx).run(name, **params)
        )

    def execute_autocommit(self, name: str, **params: Any) -> dict[str, int]:
        """Run a statement in an auto-commit transaction: needed by `CALL { } IN TRANSACTIONS`,
        which commits as it goes (bulk deletes and updates that would not fit in the heap)."""
        with _named(name), self._session() as session:
            return _counters(session.run(cypher.load(name), params).consume())

    def run_script(self, name: str) -> None:
        """Run a multi-statement file (schema), each statement in its own transaction."""
        for statement in cypher.statements(name):
            with _named(name), self._session() as session:
                session.run(statement).consume()

    def write_rows(
        self, name: str, rows: Iterable[Row], batch_size: int = 5000, **params: Any
    ) -> dict[str, int]:
        """`UNWIND $rows` writes, one committed transaction per batch; returns summed counters."""
        total: dict[str, int] = {}
        for batch in batched(rows, batch_size):

            def work(tx: neo4j.ManagedTransaction, batch: list[Row] = batch) -> dict[str, int]:
                return Transaction(tx).counters(name, rows=batch, **params)

            _add(total, self._session_call(name, neo4j.WRITE_ACCESS, work))
        return total

    def write_transaction(self, work: Callable[[Transaction], T]) -> T:
        """Run `work` in one write transaction, retried as a whole on transient errors
        (deadlocks between concurrent writers): `work` must be safe to run again."""
        return self._session_call(
            "(a transaction)", neo4j.WRITE_ACCESS, lambda tx: work(Transaction(tx))
        )

    def gds(self) -> Any:
        """A `graphdatascience` client sharing this driver.

        arrow=False: the open source GDS has no Arrow server (no `gds.debug.arrow`), and every
        call namesake makes goes through Cypher procedures, so the same client works against the
        managed server, a Docker Neo4j with full GDS and Aura.
        """
        from graphdatascience import GraphDataScience  # noqa: PLC0415 (slow import, GDS steps only)

        return GraphDataScience(
            self._driver, database=self._database, arrow=False, show_progress=False
        )

    def _session(self) -> neo4j.Session:
        return self._driver.session(database=self._database)

    def _session_call(
        self, name: str, mode: str, work: Callable[[neo4j.ManagedTransaction], T]
    ) -> T:
        try:
            with self._driver.session(database=self._database, default_access_mode=mode) as session:
                if mode == neo4j.READ_ACCESS:
                    return session.execute_read(work)
                return session.execute_write(work)
        except ServiceUnavailable as exc:
            raise ServerError(f"lost the connection to Neo4j at {self.uri}: {exc}") from exc
        except Neo4jError as exc:  # retryable, and still failing after the driver's retries
            statement = getattr(exc, _STATEMENT, name)
            raise _mapped(exc, statement, "Neo4j kept failing") from exc


@contextmanager
def _named(name: str, retried: bool = False) -> Iterator[None]:
    """Failures of the statement `name` as namesake errors that name it; with `retried`,
    transient ones are left to the driver's retry loop (deadlocks, a pool full for a moment
    while another transaction ends) and mapped once it gives up (`_session_call`)."""
    try:
        yield
    except Neo4jError as exc:
        if retried and exc.is_retryable():
            setattr(exc, _STATEMENT, name)  # for the message once the retries give up
            raise
        raise _mapped(exc, name, f"{name}.cypher failed") from exc


_STATEMENT = "namesake_statement"


# Neo4j's memory errors by the last part of their code, the setting each one hits; a pool
# error names its own setting ("... dbms.memory.transaction.total.max threshold reached").
_MEMORY_CODES = {
    "MemoryPoolOutOfMemoryError": "dbms.memory.transaction.total.max",
    "TransactionOutOfMemoryError": "db.memory.transaction.max",
    "TransactionMemoryLimit": "server.memory.off_heap.transaction_max_size",
    "OutOfMemoryError": HEAP_SETTING,
}
_THRESHOLD = re.compile(r"([a-z_]+(?:\.[a-z_]+)+) threshold reached")
_HEAP_WORDS = ("java.lang.OutOfMemoryError", "Java heap space")


def memory_setting(code: str, message: str) -> str | None:
    """The memory setting a Neo4j error reports as exhausted, or None for any other error
    (procedures such as GDS's wrap the memory error in their own code)."""
    found = _THRESHOLD.search(message)
    if found:
        return found.group(1)
    setting = _MEMORY_CODES.get(code.rsplit(".", 1)[-1])
    if setting is None and any(word in message for word in _HEAP_WORDS):
        return HEAP_SETTING
    return setting


def _mapped(exc: Neo4jError, name: str, failed: str) -> DatabaseError:
    message = exc.message or str(exc)
    setting = memory_setting(exc.code or "", message)
    if setting is not None:
        return MemoryLimitError(name, setting, message, _RUN_AGAIN.get(name.partition("/")[0], ""))
    return DatabaseError(f"{failed}: {exc.code}: {message}")


_RUN_AGAIN = {
    "load": "A load cut short is completed by loading the same files again.",
    "rules": "An interrupted `namesake resolve` is finished by running it again.",
    "resolution": "An interrupted `namesake resolve` is finished by running it again.",
}


def _plain(record: neo4j.Record) -> Row:
    """A record's values as the driver gives them (`Record.data()` would convert graph
    objects, which costs time on large reads of plain values)."""
    return dict(record.items())  # type: ignore[no-untyped-call]  # neo4j leaves items() unannotated


def _counters(summary: neo4j.ResultSummary) -> dict[str, int]:
    counters = summary.counters
    names: Sequence[str] = (
        "nodes_created",
        "nodes_deleted",
        "relationships_created",
        "relationships_deleted",
        "properties_set",
    )
    return {n: getattr(counters, n) for n in names}


def _add(total: dict[str, int], counts: dict[str, int]) -> None:
    for key, value in counts.items():
        total[key] = total.get(key, 0) + value
