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
