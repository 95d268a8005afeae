"""What every command shares: the resolved settings, and a database on demand."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import click

from graph.db import Database
from graph.errors import ConfigError
from graph.resolution.model import MergeModel, load_model
from graph.server import ManagedServer
from graph.settings import Connection, ServerSettings


def progress(message: str) -> None:
    """Progress goes to stderr, so that --json output on stdout stays clean."""
    click.echo(message, err=True)


@dataclass
class AppContext:
    connection: Connection
    server: ServerSettings
    model_path: Path | None = None  # the merge model file; None: the shipped one
    _db: Database | None = field(default=None, repr=False)

    def model(self) -> MergeModel:
        """The merge model that resolving commands use."""
        return load_model(self.model_path)

    def managed(self) -> ManagedServer:
        return ManagedServer(self.server)

    def database(self) -> Database:
        """The target database: NEO4J_URI when given, else the managed server (started if
        needed). Opened once per command."""
        if self._db is None:
            self._db = self._open()
        return self._db

    def _open(self) -> Database:
        c = self.connection
        if c.uri is None:  # the managed server (c.is_managed, spelt so that mypy narrows)
            return self.managed().connect(progress)
        if not c.password:
            raise ConfigError(
                f"NEO4J_URI is set ({c.uri}) but no password: set NEO4J_PASSWORD "
                "or pass --password."
            )
        return Database.connect(c.uri, c.user, c.password, c.database)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


pass_app = click.make_pass_decorator(AppContext)
"""Passes the command's AppContext as its first argument."""

json_option = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
"""The `--json` flag, as `as_json`, of the commands that print results."""
