"""The managed server's configuration and build checks, without starting anything."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from graph import settings
from graph.errors import BuildError
from graph.server import build, config
from graph.server.memory import plan
from graph.settings import ServerSettings

REPO = Path(__file__).resolve().parents[2]


def sample_settings(tmp_path: Path) -> ServerSettings:
    return ServerSettings(
        home=tmp_path / "home", cache_dir=tmp_path / "cache", bolt_port=7001, http_port=7002
    )


def test_auth_ini_matches_what_neo4j_admin_writes() -> None:
    # Produced by `neo4j-admin dbms set-initial-password pw-test-123456` on 5.26.30.
    salt = bytes.fromhex("f80da122b910dc7c922cff824c054a7cae9fd5860f1b368fa539459ee286cf0a")
    expected = (
        "neo4j:SHA-256,38bfa5c749067d7c74188fbf370e55c455b1f809ff9e8190bb153f6eea682ca1,"
        f"{salt.hex()},1024:\n"
    )
    assert config.auth_ini_line("neo4j", "pw-test-123456", salt) == expected


def test_conf_listens_on_loopback_with_auth_and_given_ports(tmp_path: Path) -> None:
    conf = config.neo4j_conf(sample_settings(tmp_path), plan(8 * 1024**3, 0))
    assert "server.default_listen_address=127.0.0.1" in conf
    assert "server.bolt.listen_address=127.0.0.1:7001" in conf
    assert "server.http.listen_address=127.0.0.1:7002" in conf
    assert "dbms.security.auth_enabled=true" in conf
    assert "db.tx_log.rotation.retention_policy=1G size" in conf
    assert "0.0.0.0" not in conf


def test_initial_password_is_private_and_kept(tmp_path: Path) -> None:
    server = sample_settings(tmp_path)
    config.write_conf(server, plan(8 * 1024**3, 0))
    first = config.ensure_initial_password(server)
    assert len(first) >= 24
    assert server.password_file.stat().st_mode & 0o777 == 0o600
    assert (server.home / "data" / "dbms" / "auth.ini").stat().st_mode & 0o777 == 0o600
    assert config.ensure_initial_password(server) == first


def test_pom_defaults_agree_with_settings() -> None:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    props = ET.parse(REPO / "server" / "pom.xml").getroot().find("m:properties", ns)
    value = lambda name: props.find(f"m:{name}", ns).text  # noqa: E731
    assert value("neo4j.version") == settings.NEO4J_VERSION
    assert value("gds.version") == settings.GDS_VERSION
    assert value("apoc.version") == settings.APOC_VERSION
    assert value("browser.version") == settings.BROWSER_VERSION


def test_missing_java_names_the_fix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-jdk"))
    with pytest.raises(BuildError, match="OpenJDK 17 or 21"):
        build.find_java()


def test_missing_maven_names_the_fix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(BuildError, match="Maven"):
        build.find_maven()


def test_dist_dir_is_outside_the_repository() -> None:
    dist = ServerSettings.defaults().dist_dir
    assert REPO not in dist.parents
