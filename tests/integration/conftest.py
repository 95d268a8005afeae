"""The real managed Neo4j, started once per session in a temporary home on free ports.

The session builds the server on first use (Maven), starts it, and stops it at the end; on a
failed start the home (with its logs) is kept and named. Tests only ever touch this server: the
fixture refuses a database holding data it did not create.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.db import Database
from graph.server import ManagedServer, free_port
from graph.settings import ServerSettings, default_cache_dir


@pytest.fixture(scope="session")
def server_settings(tmp_path_factory: pytest.TempPathFactory) -> ServerSettings:
    home = tmp_path_factory.mktemp("neo4j-home")
    return ServerSettings(
        home=home,
        cache_dir=default_cache_dir(),
        bolt_port=free_port(),
        http_port=free_port(),
        heap="2g",
        pagecache="512m",
    )


@pytest.fixture(scope="session")
def managed_server(server_settings: ServerSettings) -> Iterator[ManagedServer]:
    server = ManagedServer(server_settings)
    try:
        server.start()
    except Exception as exc:
        pytest.exit(
            f"the managed Neo4j did not start: {exc}\n"
            f"Its home and logs are kept in {server_settings.home}",
            returncode=1,
        )
    yield server
    server.stop()


@pytest.fixture(scope="session")
def session_db(managed_server: ManagedServer) -> Iterator[Database]:
    db = managed_server.connect_running()
    nodes = db.query("admin/count_nodes")[0]["nodes"]
    if nodes:
        pytest.exit(
            f"refusing to run: the test database at {db.uri} holds {nodes} nodes that "
            "this session did not create",
            returncode=1,
        )
    yield db
    db.close()


@pytest.fixture
def db(session_db: Database) -> Iterator[Database]:
    """The session's database, emptied after each test that uses it."""
    yield session_db
    session_db.execute_autocommit("admin/delete_all")
