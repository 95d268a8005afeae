"""The managed local Neo4j process: start in the background, wait until ready, status, stop.

One JVM runs `org.neo4j.server.CommunityEntryPoint` directly (the flags the tarball's launcher
would add), so there is one process to manage. Its pid and ports are kept in `run/` under the
server's home, and its console output in `logs/console.log`.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypedDict

from graph.db import Database
from graph.errors import AuthenticationError, ServerError
from graph.server import build, config, memory
from graph.settings import DEFAULT_USER, ServerSettings

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dfile.encoding=UTF-8",
)


class Versions(TypedDict, total=False):
    """The row of `server/versions`; empty while the server is not running."""

    neo4j: str
    edition: str
    gds: str
    apoc: str


@dataclass
class Status:
    """What `namesake db status` reports."""

    running: bool
    bolt: str
    http: str
    browser: str
    home: str
    log: str
    password_file: str
    user: str = DEFAULT_USER
    pid: int | None = None
    memory_mb: float | None = None
    # What the running server was started with: heap, pagecache, tx_memory, why (one line each).
    memory: dict[str, object] = field(default_factory=dict)
    versions: Versions = field(default_factory=Versions)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


class ManagedServer:
    """The embedded default: a Neo4j with GDS, APOC and Browser assembled by namesake."""

    def __init__(self, server: ServerSettings):
        self.settings = server
        self._child: subprocess.Popen[bytes] | None = None

    @property
    def log_path(self) -> Path:
        return self.settings.home / "logs" / "console.log"

    @property
    def _state_path(self) -> Path:
        return self.settings.home / "run" / "namesake.json"

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self, progress: Callable[[str], None] = lambda _: None) -> Status:
        """Start the server unless it runs already; return once Bolt, GDS and APOC answer."""
        if self.pid() is not None:
            self._adopt_running_ports()
            return self.status()
        self._state_path.unlink(missing_ok=True)  # stale: its process is gone
        build.build(self.settings.dist_dir, progress)
        java = build.find_java()
        self._check_ports_free()
        sizes = self.memory_plan()
        config.write_conf(self.settings, sizes)
        config.ensure_initial_password(self.settings)
        progress(f"Starting Neo4j on {self.settings.bolt_uri} (log: {self.log_path})...")
        self._spawn(java, sizes)
        self._wait_until_ready()
        return self.status()

    def memory_plan(self) -> memory.MemoryPlan:
        """Heap, page cache and transaction memory for a start now: as set, else sized from
        this machine's RAM and the store in this home."""
        s = self.settings
        return memory.plan(
            memory.machine_ram(),
            memory.store_size(s.home),
            heap=s.heap,
            pagecache=s.pagecache,
            tx_memory=s.tx_memory,
        )

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop cleanly and wait for the exit; False when it was not running."""
        pid = self.pid()
        if pid is None:
            self._state_path.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        if not self._wait_for_exit(pid, timeout):
            os.kill(pid, signal.SIGKILL)
            self._wait_for_exit(pid, 10.0)
        self._state_path.unlink(missing_ok=True)
        return True

    def status(self) -> Status:
        pid = self.pid()
        if pid is not None:
            self._adopt_running_ports()
        s = self.settings
        status = Status(
            running=pid is not None,
            bolt=s.bolt_uri,
            http=s.http_url,
            browser=s.browser_url,
            home=str(s.home),
            log=str(self.log_path),
            password_file=str(s.password_file),
            pid=pid,
        )
        if pid is not None:
            status.memory_mb = rss_mb(pid)
            status.memory = self._started_memory()
            with self.connect_running() as db:
                status.versions = server_versions(db)
        return status

    def connect(self, progress: Callable[[str], None] = lambda _: None) -> Database:
        """A connection to the managed server, starting it first if needed."""
        self.start(progress)
        return self.connect_running()

    def connect_running(self) -> Database:
        password = config.read_password(self.settings)
        return Database.connect(self.settings.bolt_uri, DEFAULT_USER, password)

    # -- process bookkeeping -----------------------------------------------------------------

    def pid(self) -> int | None:
        """The pid of this home's running server, or None (a stale pid file counts as None)."""
        state = self._read_state()
        pid = state.get("pid") if state else None
        if isinstance(pid, int) and _is_our_server(pid, self.settings.home):
            return pid
        return None

    def _read_state(self) -> dict[str, int] | None:
        """The pid and ports written at start (`run/namesake.json`), or None."""
        try:
            state = json.loads(self._state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(state, dict):
            return None
        return {k: v for k, v in state.items() if isinstance(v, int)}

    def _started_memory(self) -> dict[str, object]:
        """The memory the running server was started with, and why (`run/namesake.json`)."""
        try:
            state = json.loads(self._state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        memory = state.get("memory") if isinstance(state, dict) else None
        return memory if isinstance(memory, dict) else {}

    def _adopt_running_ports(self) -> None:
        """A running server keeps the ports it was started with, whatever the defaults say."""
        state = self._read_state() or {}
        self.settings = self.settings.with_overrides(
            bolt_port=state.get("bolt_port"), http_port=state.get("http_port")
        )

    def _check_ports_free(self) -> None:
        for what, port, option in (
            ("Bolt", self.settings.bolt_port, "--bolt-port"),
            ("HTTP", self.settings.http_port, "--http-port"),
        ):
            if not port_is_free(port):
                raise ServerError(
                    f"the {what} port 127.0.0.1:{port} is already in use by another program. "
                    f"Stop that program, or choose another port with `namesake db start "
                    f"{option} N` (or NAMESAKE_{what.upper()}_PORT).",
                    str(self.log_path),
                )

    def _spawn(self, java: str, sizes: memory.MemoryPlan) -> None:
        s = self.settings
        classpath = os.pathsep.join(
            [str(s.home / "conf"), str(s.dist_dir / "plugins" / "*"), str(s.dist_dir / "lib" / "*")]
        )
        command = [
            java,
            f"-Xms{sizes.heap}",
            f"-Xmx{sizes.heap}",
            *JVM_FLAGS,
            "-cp",
            classpath,
            ENTRY_POINT,
            f"--home-dir={s.home}",
            f"--config-dir={s.home / 'conf'}",
            "--console-mode",
        ]
        env = {**os.environ, "NEO4J_HOME": str(s.home), "NEO4J_CONF": str(s.home / "conf")}
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self._child = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=s.home,
                start_new_session=True,
            )
        state = {
            "pid": self._child.pid,
            "bolt_port": s.bolt_port,
            "http_port": s.http_port,
            "memory": sizes.to_dict(),
        }
        self._state_path.write_text(json.dumps(state), encoding="utf-8")

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + self.settings.startup_timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._child is not None and self._child.poll() is not None:
                raise ServerError(
                    f"Neo4j exited during start-up (code {self._child.returncode})."
                    f" Last lines of its log:\n{self._log_tail()}",
                    str(self.log_path),
                )
            try:
                with self.connect_running() as db:
                    server_versions(db)  # GDS and APOC must answer too
                return
            except AuthenticationError as exc:
                self.stop(timeout=30)
                raise ServerError(
                    f"{exc} The data in {self.settings.home / 'data'} was created "
                    f"with another password than {self.settings.password_file}: "
                    "restore that file, or remove the home to start afresh.",
                    str(self.log_path),
                ) from exc
            except Exception as exc:
                last_error = exc
                time.sleep(1.0)
        self.stop(timeout=30)
        raise ServerError(
            f"Neo4j did not become ready within {self.settings.startup_timeout:.0f}"
            f" s (last error: {last_error}). Raise NAMESAKE_STARTUP_TIMEOUT on a "
            f"slow machine. Last lines of its log:\n{self._log_tail()}",
            str(self.log_path),
        )

    def _wait_for_exit(self, pid: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._child is not None and self._child.pid == pid:
                if self._child.poll() is not None:
                    return True
            elif not _is_alive(pid):
                return True
            time.sleep(0.2)
        return False

    def died_of_memory(self) -> bool:
        """Whether the server is gone and its log ends with the JVM's heap running out (it is
        started with -XX:+ExitOnOutOfMemoryError)."""
        return self.pid() is None and "java.lang.OutOfMemoryError" in self._log_tail(40)

    def _log_tail(self, lines: int = 25) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log written)"
        return "\n".join(text.splitlines()[-lines:])


def server_versions(db: Database) -> Versions:
    row = db.query("server/versions")[0]
    return {
        "neo4j": row["neo4j"],
        "edition": row["edition"],
        "gds": row["gds"],
        "apoc": row["apoc"],
    }


def free_port() -> int:
    """A loopback port nothing listens on now (for servers of tests and benchmarks)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _is_alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"  # a zombie has exited already


def _is_our_server(pid: int, home: Path) -> bool:
    if not _is_alive(pid):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return ENTRY_POINT.encode() in cmdline and f"--home-dir={home}".encode() in cmdline


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None
