"""Settings, resolved once at the edge (CLI options with their environment variables).

Nothing here reads the environment at import time: `ServerSettings.from_env()` is called by the
CLI or a test, and everything below receives the values.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

NEO4J_VERSION = "5.26.30"
GDS_VERSION = "2.13.9"
APOC_VERSION = "5.26.19"
BROWSER_VERSION = "5.24.0"

DEFAULT_BOLT_PORT = 17687
DEFAULT_HTTP_PORT = 17474
DEFAULT_USER = "neo4j"

T = TypeVar("T")


def _given(value: T | None, current: T) -> T:
    return current if value is None else value


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable)
    return Path(value) if value else Path.home() / fallback


def default_cache_dir() -> Path:
    """Where the assembled server (jars) is kept: `$NAMESAKE_CACHE` or the user's cache dir."""
    explicit = os.environ.get("NAMESAKE_CACHE")
    return Path(explicit) if explicit else _xdg("XDG_CACHE_HOME", ".cache") / "namesake"


def default_home() -> Path:
    """The managed server's home (conf, data, logs, password): `$NAMESAKE_HOME` or the user's
    data dir. Kept apart from the cache so that clearing caches never loses a database."""
    explicit = os.environ.get("NAMESAKE_HOME")
    return (
        Path(explicit) if explicit else _xdg("XDG_DATA_HOME", ".local/share") / "namesake" / "neo4j"
    )


def default_log_dir() -> Path:
    """Where the command line keeps the traceback of an unexpected error: the user's data dir
    (`$XDG_DATA_HOME/namesake/logs`), beside the managed server's default home."""
    return _xdg("XDG_DATA_HOME", ".local/share") / "namesake" / "logs"


@dataclass(frozen=True)
class ServerSettings:
    """The managed local Neo4j: where it lives, its ports and memory."""

    home: Path
    cache_dir: Path
    bolt_port: int = DEFAULT_BOLT_PORT
    http_port: int = DEFAULT_HTTP_PORT
    # Memory as Neo4j writes it ("4g"); None: sized from the machine and the store at each
    # start (graph/server/memory.py).
    heap: str | None = None
    pagecache: str | None = None
    tx_memory: str | None = None  # dbms.memory.transaction.total.max
    startup_timeout: float = 180.0

    @classmethod
    def defaults(cls) -> ServerSettings:
        """The user's settings: default home and cache, memory from NAMESAKE_HEAP,
        NAMESAKE_PAGECACHE and NAMESAKE_TX_MEMORY where set (for every command that may
        start the server, not only `db start`)."""
        return cls(
            home=default_home(),
            cache_dir=default_cache_dir(),
            heap=os.environ.get("NAMESAKE_HEAP") or None,
            pagecache=os.environ.get("NAMESAKE_PAGECACHE") or None,
            tx_memory=os.environ.get("NAMESAKE_TX_MEMORY") or None,
        )

    def with_overrides(
        self,
        *,
        home: Path | None = None,
        cache_dir: Path | None = None,
        bolt_port: int | None = None,
        http_port: int | None = None,
        heap: str | None = None,
        pagecache: str | None = None,
        tx_memory: str | None = None,
        startup_timeout: float | None = None,
    ) -> ServerSettings:
        """A copy with the given fields changed; None values are ignored."""
        return replace(
            self,
            home=_given(home, self.home),
            cache_dir=_given(cache_dir, self.cache_dir),
            bolt_port=_given(bolt_port, self.bolt_port),
            http_port=_given(http_port, self.http_port),
            heap=_given(heap, self.heap),
            pagecache=_given(pagecache, self.pagecache),
            tx_memory=_given(tx_memory, self.tx_memory),
            startup_timeout=_given(startup_timeout, self.startup_timeout),
        )

    @property
    def dist_dir(self) -> Path:
        """The assembled jars for these exact versions, shared by every home."""
        name = f"neo4j-{NEO4J_VERSION}-gds-{GDS_VERSION}-apoc-{APOC_VERSION}"
        return self.cache_dir / "dist" / name

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def browser_url(self) -> str:
        return f"{self.http_url}/browser/"


@dataclass(frozen=True)
class Connection:
    """Where to send Cypher. `uri=None` means the managed local server."""

    uri: str | None = None
    user: str = DEFAULT_USER
    password: str | None = None
    database: str | None = None

    @property
    def is_managed(self) -> bool:
        return self.uri is None
