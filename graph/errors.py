"""One exception root. Each message says what went wrong and how to fix it; only the CLI turns
these into exit codes."""

from __future__ import annotations


class NamesakeError(Exception):
    """Root of every error namesake raises on purpose."""


class ConfigError(NamesakeError):
    """A setting is missing or wrong; the message names the setting to change."""


class ServerError(NamesakeError):
    """The managed Neo4j could not be built, started, reached or stopped."""

    def __init__(self, message: str, log_path: str | None = None):
        if log_path:
            message = f"{message}\nServer log: {log_path}"
        super().__init__(message)
        self.log_path = log_path


class AuthenticationError(ServerError):
    """Neo4j refused the user name or password."""


class BuildError(ServerError):
    """Assembling the managed server from Maven Central failed (Java, Maven or a download)."""


class DatabaseError(NamesakeError):
    """A Cypher statement failed; the message names the statement (by its file name)."""


class MemoryLimitError(DatabaseError):
    """Neo4j ran out of memory for a statement: the transaction pool, one transaction's limit,
    the heap or the off-heap transaction state. The message names the setting that was hit and
    how to raise it, on the managed server and on another Neo4j, and what to run again."""

    def __init__(self, statement: str, setting: str, detail: str, hint: str = ""):
        fix = MEMORY_FIXES.get(setting, MEMORY_FIXES[HEAP_SETTING])
        message = (
            f"Neo4j ran out of memory running {statement}.cypher ({setting}): "
            f"{detail.strip().rstrip('.')}. {fix}"
        )
        super().__init__(f"{message} {hint}".strip())
        self.statement = statement
        self.setting = setting


HEAP_SETTING = "server.memory.heap.max_size"
_RESTART = (
    "stop the managed server (namesake db stop) and start it again with {what} (namesake db "
    "start {flag}, or {variable} for every command); on another Neo4j, raise {setting} in its "
    "neo4j.conf and restart it."
)
MEMORY_FIXES = {
    "dbms.memory.transaction.total.max": (
        "That is the memory all transactions together may use, 70% of the heap unless set: "
        + _RESTART.format(
            what="a larger heap or transaction share",
            flag="--heap 8g, or --tx-memory",
            variable="NAMESAKE_HEAP or NAMESAKE_TX_MEMORY",
            setting="dbms.memory.transaction.total.max (and server.memory.heap.max_size)",
        )
    ),
    "db.memory.transaction.total.max": (
        "That is the memory the transactions of one database may use: raise it in the "
        "server's neo4j.conf (the managed server leaves it unset) and restart the server."
    ),
    "db.memory.transaction.max": (
        "That is the memory one transaction may use: raise it in the server's neo4j.conf "
        "(the managed server leaves it unset) and restart the server."
    ),
    HEAP_SETTING: (
        "The server's heap is full: "
        + _RESTART.format(
            what="a larger heap",
            flag="--heap 8g",
            variable="NAMESAKE_HEAP",
            setting=HEAP_SETTING,
        )
    ),
    "server.memory.off_heap.transaction_max_size": (
        "That is the off-heap memory of transaction state: raise it in the server's "
        "neo4j.conf (the managed server keeps transaction state on the heap) and restart it."
    ),
}


class InputError(NamesakeError):
    """A source file is unreadable or malformed; the message names the file, the line or
    record, the problem and what to do."""

    def __init__(
        self,
        path: str,
        problem: str,
        *,
        line: int | None = None,
        record: str | None = None,
        hint: str | None = None,
    ):
        where = str(path)
        if line is not None:
            where += f", line {line}"
        if record is not None:
            where += f", record {record}"
        message = f"{where}: {problem}"
        if hint:
            message += f"\n{hint}"
        super().__init__(message)
        self.path = str(path)
        self.line = line
        self.record = record
        self.problem = problem
        self.hint = hint


class EvaluationError(NamesakeError):
    """The evaluation cannot run as asked: no mention has a gold label, or an optional
    dependency (matplotlib, for the plot) is missing."""


class ResolutionError(NamesakeError):
    """The resolution cannot run as asked (nothing loaded, an unknown name, ...)."""


class CurationError(NamesakeError):
    """A curator's correction names something that does not exist or contradicts another."""
