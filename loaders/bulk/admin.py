"""Step 4 of the bulk path: `neo4j-admin database import full` from the assembled server, with
the server stopped and its (empty) store moved aside, and put back if the import fails."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from graph.errors import ServerError
from graph.server import ManagedServer, build
from loaders.bulk.csvfiles import (
    ARRAY_DELIMITER,
    NODE_FILES,
    RELATIONSHIP_FILES,
    CsvFiles,
)

DATABASE = "neo4j"
ADMIN_ENTRY_POINT = "org.neo4j.server.startup.Neo4jAdminCommand"


def admin_import_command(
    server: ManagedServer, work: Path, files: CsvFiles, off_heap: str
) -> list[str]:
    """`neo4j-admin database import full` as the assembled server runs it (5.26): the
    bootloader starts the admin JVM (heap from HEAP_SIZE) with NEO4J_HOME and NEO4J_CONF.
    The database name comes first: the file lists of --nodes/--relationships take every
    argument that follows them."""
    s = server.settings
    command = [
        build.find_java(),
        "-cp",
        str(s.dist_dir / "lib" / "*"),
        ADMIN_ENTRY_POINT,
        "database",
        "import",
        "full",
        DATABASE,
        f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
        "--bad-tolerance=0",
        f"--threads={os.cpu_count() or 1}",
        f"--max-off-heap-memory={off_heap}",
        f"--report-file={work / 'import.report'}",
    ]
    multiline = [str(f.path) for f in files.csv.values() if f.multiline]
    if multiline:
        command += ["--multiline-fields-format=v2", f"--multiline-fields={','.join(multiline)}"]
    command += [f"--nodes={labels}={files[stem].path}" for stem, (labels, _) in NODE_FILES.items()]
    command += [
        f"--relationships={rel_type}={files[stem].path}"
        for stem, (rel_type, _) in RELATIONSHIP_FILES.items()
    ]
    return command


def run_import(
    server: ManagedServer,
    work: Path,
    files: CsvFiles,
    heap: str,
    off_heap: str,
    progress: Callable[[str], None],
) -> None:
    """Stop the server, import into a fresh store (the empty one moved aside and put back if
    the import fails), start the server again."""
    s = server.settings
    command = admin_import_command(server, work, files, off_heap)
    env = {
        **os.environ,
        "NEO4J_HOME": str(s.home),
        "NEO4J_CONF": str(s.home / "conf"),
        "HEAP_SIZE": heap,
    }
    log = s.home / "logs" / "bulk-import.log"
    progress("Stopping Neo4j for the import...")
    server.stop()
    aside = _move_store(s.home / "data", work / "previous-store")
    progress(f"Running neo4j-admin database import full (log: {log})...")
    try:
        with log.open("w", encoding="utf-8") as out:
            code = subprocess.run(
                command, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=work, check=False
            ).returncode
    except BaseException:
        _restore_store(s.home / "data", aside)
        raise
    if code != 0:
        _restore_store(s.home / "data", aside)
        server.start(progress)
        raise ServerError(
            f"neo4j-admin import failed (exit {code}); the database was left "
            f"empty, as it was. Last lines of its output:\n{_tail(log)}",
            str(log),
        )
    progress("Starting Neo4j...")
    server.start(progress)


def _store_dirs(data: Path) -> list[Path]:
    return [data / "databases" / DATABASE, data / "transactions" / DATABASE]


def _move_store(data: Path, aside: Path) -> Path:
    """Move the database's (empty) store out of the way; neo4j-admin then creates it anew."""
    for path in _store_dirs(data):
        if path.exists():
            target = aside / path.parent.name
            target.mkdir(parents=True, exist_ok=True)
            path.rename(target / path.name)
    return aside


def _restore_store(data: Path, aside: Path) -> None:
    for path in _store_dirs(data):
        shutil.rmtree(path, ignore_errors=True)
        saved = aside / path.parent.name / path.name
        if saved.exists():
            saved.rename(path)


def _tail(path: Path, lines: int = 20) -> str:
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join([line for line in text if not line.startswith((".", "-."))][-lines:])
