"""The managed server, as a user meets it: start, status, stop, and the GDS client."""

from __future__ import annotations

import json
import socket
import urllib.request

import pytest

from graph.db import Database
from graph.errors import ServerError
from graph.server import ManagedServer
from graph.settings import ServerSettings
from tests.integration.cli_runner import namesake

pytestmark = pytest.mark.integration


def cli(settings: ServerSettings, *args: str) -> str:
    result = namesake(settings, *args)
    assert result.exit_code == 0, result.output
    return result.output


def test_status_json_reports_versions_and_urls(
    managed_server: ManagedServer, server_settings: ServerSettings
) -> None:
    status = json.loads(cli(server_settings, "db", "status", "--json"))
    assert status["running"] is True
    assert status["bolt"] == f"bolt://127.0.0.1:{server_settings.bolt_port}"
    assert status["browser"] == f"http://127.0.0.1:{server_settings.http_port}/browser/"
    assert status["versions"]["neo4j"].startswith("5.26.")
    assert status["versions"]["gds"].startswith("2.13.")
    assert status["versions"]["apoc"].startswith("5.26.")
    assert status["log"].endswith("console.log")


def test_start_is_idempotent(
    managed_server: ManagedServer, server_settings: ServerSettings
) -> None:
    pid = managed_server.pid()
    output = cli(server_settings, "db", "start")
    assert f"pid {pid}" in output
    assert managed_server.pid() == pid


def test_browser_is_served(managed_server: ManagedServer) -> None:
    with urllib.request.urlopen(managed_server.settings.browser_url, timeout=30) as page:
        body = page.read().decode("utf-8", errors="replace")
    assert page.status == 200
    assert "Neo4j Browser" in body or "neo4j" in body.lower()


def test_listens_on_loopback_only_with_auth(managed_server: ManagedServer) -> None:
    s = managed_server.settings
    assert s.password_file.stat().st_mode & 0o077 == 0, "password file readable by others"
    conf = (s.home / "conf" / "neo4j.conf").read_text()
    assert "server.default_listen_address=127.0.0.1" in conf
    with pytest.raises(ServerError, match="refused the login"):
        Database.connect(s.bolt_uri, "neo4j", "not-the-password")


def test_gds_client_runs_leiden_on_a_projected_graph(db: Database) -> None:
    db.execute("test/create_two_triangles")
    gds = db.gds()
    graph, _ = gds.graph.project.native("namesake-test", "T", {"R": {"orientation": "UNDIRECTED"}})
    try:
        communities = gds.leiden.stream(graph, random_seed=7, concurrency=1)
    finally:
        graph.drop()
    names = db.query("test/names_by_node_id", ids=[int(i) for i in communities["nodeId"]])
    by_id = {row["id"]: row["name"] for row in names}
    groups: dict[int, set[str]] = {}
    for node_id, community in zip(communities["nodeId"], communities["communityId"], strict=True):
        groups.setdefault(int(community), set()).add(by_id[int(node_id)])
    assert sorted(map(sorted, groups.values())) == [["a1", "a2", "a3"], ["b1", "b2", "b3"]]


def test_port_in_use_is_named(server_settings: ServerSettings, tmp_path) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        settings = server_settings.with_overrides(home=tmp_path / "home", bolt_port=port)
        with pytest.raises(ServerError, match=f"127.0.0.1:{port} is already in use"):
            ManagedServer(settings).start()


def test_stop_when_not_running_says_so(tmp_path, server_settings: ServerSettings) -> None:
    settings = server_settings.with_overrides(home=tmp_path / "idle")
    output = cli(settings, "db", "stop")
    assert "not running" in output


def test_stale_pid_file_is_ignored_and_cleaned(tmp_path, server_settings: ServerSettings) -> None:
    settings = server_settings.with_overrides(home=tmp_path / "stale")
    (settings.home / "run").mkdir(parents=True)
    state = settings.home / "run" / "namesake.json"
    state.write_text(json.dumps({"pid": 999999, "bolt_port": 1, "http_port": 2}))
    server = ManagedServer(settings)
    assert server.pid() is None
    assert server.stop() is False
    assert not state.exists()


def test_transaction_logs_are_bounded(db: Database) -> None:
    setting = db.query("test/setting", setting="db.tx_log.rotation.retention_policy")
    assert setting == [{"value": "1G size"}]
