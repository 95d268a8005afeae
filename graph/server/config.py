"""The managed server's files: `neo4j.conf`, `apoc.conf`, and the generated password."""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from graph.browser import post_connect_command
from graph.server.memory import MemoryPlan
from graph.settings import DEFAULT_USER, ServerSettings

HASH_ITERATIONS = 1024


def neo4j_conf(server: ServerSettings, memory: MemoryPlan) -> str:
    """`neo4j.conf` in 5.x names (5.x rejects unknown keys). Loopback only, auth on."""
    home, dist = server.home, server.dist_dir
    lines = [
        f"server.directories.data={home / 'data'}",
        f"server.directories.logs={home / 'logs'}",
        f"server.directories.run={home / 'run'}",
        f"server.directories.import={home / 'import'}",
        f"server.directories.plugins={dist / 'plugins'}",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{server.bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{server.bolt_port}",
        f"server.http.listen_address=127.0.0.1:{server.http_port}",
        f"server.http.advertised_address=127.0.0.1:{server.http_port}",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        "dbms.security.procedures.unrestricted=gds.*,apoc.*",
        "dbms.security.procedures.allowlist=gds.*,apoc.*",
        f"server.memory.heap.initial_size={memory.heap}",
        f"server.memory.heap.max_size={memory.heap}",
        f"server.memory.pagecache.size={memory.pagecache}",
        # All transactions together; past it a statement fails with a memory error that
        # graph/db.py turns into a message naming this setting, instead of the heap running out.
        f"dbms.memory.transaction.total.max={memory.tx_memory}",
        "dbms.usage_report.enabled=false",
        # Transaction logs serve crash recovery here, not backups or clusters: without a bound
        # every resolve of a large corpus (millions of evidence links rewritten) adds gigabytes.
        "db.tx_log.rotation.retention_policy=1G size",
        # Browser: apply namesake's graph style after connecting (graph/browser.py), and send
        # no usage data (it would call analytics sites from a loopback-only server).
        f"browser.post_connect_cmd={post_connect_command()}",
        "client.allow_telemetry=false",
    ]
    return "\n".join(lines) + "\n"


def apoc_conf() -> str:
    # APOC reads its own file; namesake needs no file import/export through APOC.
    return "apoc.import.file.enabled=false\napoc.export.file.enabled=false\n"


def generate_password() -> str:
    return secrets.token_urlsafe(24)


def auth_ini_line(user: str, password: str, salt: bytes | None = None) -> str:
    """An `auth.ini` credential line, as `neo4j-admin dbms set-initial-password` writes it.

    Written directly so that the password never appears on a command line (where other users
    could read it from the process list): SHA-256 over salt + password, iterated.
    """
    salt = salt if salt is not None else secrets.token_bytes(32)
    digest = hashlib.sha256(salt + password.encode("utf-8")).digest()
    for _ in range(HASH_ITERATIONS - 1):
        digest = hashlib.sha256(digest).digest()
    return f"{user}:SHA-256,{digest.hex()},{salt.hex()},{HASH_ITERATIONS}:\n"


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read, created with those rights from the start."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    path.chmod(0o600)


def read_password(server: ServerSettings) -> str:
    return server.password_file.read_text(encoding="utf-8").strip()


def ensure_initial_password(server: ServerSettings) -> str:
    """The server's password; on first start, generate it and the initial credential."""
    if server.password_file.exists():
        return read_password(server)
    password = generate_password()
    auth_ini = server.home / "data" / "dbms" / "auth.ini"
    write_private(auth_ini, auth_ini_line(DEFAULT_USER, password))
    write_private(server.password_file, password + "\n")
    return password


def write_conf(server: ServerSettings, memory: MemoryPlan) -> Path:
    """(Re)write the configuration; ports and memory may change between starts."""
    conf_dir = server.home / "conf"
    conf_dir.mkdir(parents=True, exist_ok=True)
    (conf_dir / "neo4j.conf").write_text(neo4j_conf(server, memory), encoding="utf-8")
    (conf_dir / "apoc.conf").write_text(apoc_conf(), encoding="utf-8")
    for sub in ("data", "logs", "run", "import"):
        (server.home / sub).mkdir(parents=True, exist_ok=True)
    server.home.chmod(0o700)
    return conf_dir
