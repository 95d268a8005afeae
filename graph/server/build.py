"""Assemble the managed server's jars from Maven Central with `server/pom.xml`.

The result is a directory with `lib/` (Neo4j, Browser, third-party jars) and `plugins/` (GDS and
APOC), built into a temporary sibling and renamed into place, so an interrupted build never
leaves a half server behind.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from graph import settings
from graph.errors import BuildError

MARKER = "namesake-dist.txt"
SUPPORTED_JAVA = (17, 21)


def pom_path() -> Path:
    """`server/pom.xml` of this checkout, or `$NAMESAKE_SERVER_POM`."""
    explicit = os.environ.get("NAMESAKE_SERVER_POM")
    path = (
        Path(explicit) if explicit else Path(__file__).resolve().parents[2] / "server" / "pom.xml"
    )
    if not path.is_file():
        raise BuildError(
            f"cannot find the server build file {path}. Run namesake from its "
            "checkout (pip install -e .) or set NAMESAKE_SERVER_POM."
        )
    return path


def is_built(dist_dir: Path) -> bool:
    return (dist_dir / MARKER).is_file()


def java_major(java: str) -> int:
    """The major version `java -version` reports."""
    try:
        out = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=60, check=False
        )
    except OSError as exc:
        raise BuildError(f"cannot run {java}: {exc}. Install OpenJDK 17 or 21.") from exc
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not match:
        raise BuildError(f"cannot read the Java version from: {out.stderr.strip()[:200]}")
    major = int(match.group(1))
    return int(match.group(2)) if major == 1 and match.group(2) else major


def find_java() -> str:
    """The `java` to run Neo4j with: `$JAVA_HOME/bin/java`, else the one on PATH; 17 or 21."""
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if not java or not Path(java).exists():
        raise BuildError(
            "Java was not found. Neo4j 5.26 needs OpenJDK 17 or 21: install it "
            "(e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME."
        )
    major = java_major(java)
    if major not in SUPPORTED_JAVA:
        raise BuildError(
            f"{java} is Java {major}; Neo4j 5.26 runs on Java 17 or 21. "
            "Set JAVA_HOME to one of those."
        )
    return java


def find_maven() -> str:
    mvn = shutil.which("mvn")
    if not mvn:
        raise BuildError(
            "Maven (mvn) was not found; it assembles the server from Maven Central "
            "on first use. Install it (e.g. apt-get install maven)."
        )
    return mvn


def build(dist_dir: Path, progress: Callable[[str], None] = lambda _: None) -> Path:
    """Resolve and copy every jar into `dist_dir`; a no-op when it is already built."""
    if is_built(dist_dir):
        return dist_dir
    find_java()
    mvn = find_maven()
    dist_dir.parent.mkdir(parents=True, exist_ok=True)
    progress(
        f"Assembling Neo4j {settings.NEO4J_VERSION} with GDS {settings.GDS_VERSION} and "
        f"APOC {settings.APOC_VERSION} from Maven Central into {dist_dir} "
        "(first use only; downloads about 200 MB)..."
    )
    staging = Path(tempfile.mkdtemp(prefix=".building-", dir=dist_dir.parent))
    try:
        _run_maven(mvn, staging)
        (staging / MARKER).write_text(_describe(staging), encoding="utf-8")
        if dist_dir.exists():
            shutil.rmtree(dist_dir)
        staging.rename(dist_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return dist_dir


def _run_maven(mvn: str, staging: Path) -> None:
    versions = {
        "neo4j.version": settings.NEO4J_VERSION,
        "gds.version": settings.GDS_VERSION,
        "apoc.version": settings.APOC_VERSION,
        "browser.version": settings.BROWSER_VERSION,
    }
    command = [
        mvn,
        "-B",
        "-q",
        "-f",
        str(pom_path()),
        "package",
        f"-Dserver.home={staging}",
        f"-Dbuild.dir={staging / 'maven-target'}",
        *(f"-D{key}={value}" for key, value in versions.items()),
    ]
    log = staging / "maven.log"
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, check=False)
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise BuildError(
            "Maven could not assemble the server (a failed download or no access "
            "to Maven Central?). Fix the cause below and run the command again; "
            f"nothing was installed.\n{tail}"
        )
    shutil.rmtree(staging / "maven-target", ignore_errors=True)


def _describe(staging: Path) -> str:
    lib = sorted(p.name for p in (staging / "lib").glob("*.jar"))
    plugins = sorted(p.name for p in (staging / "plugins").glob("*.jar"))
    return (
        f"neo4j {settings.NEO4J_VERSION}\ngds {settings.GDS_VERSION}\n"
        f"apoc {settings.APOC_VERSION}\nbrowser {settings.BROWSER_VERSION}\n"
        f"lib jars {len(lib)}\nplugin jars {len(plugins)}\n"
    )
