"""How much memory the managed Neo4j takes: heap, page cache and transaction memory, sized from
the machine's RAM and the store, the way `neo4j-admin server memory-recommendation` does.

Neo4j 5.26's recommendation (org.neo4j.dbms.MemoryRecommendation) interpolates between fixed
brackets of (machine memory, memory left to the OS and native code, heap) and gives the page
cache what remains. It assumes a machine dedicated to Neo4j. namesake's is not: the Python
process that loads and resolves (up to a few GiB on large name groups), the tests, a browser
and other work share it. So the recommendation is computed for the RAM less that share
(`RESERVE_SHARE`, at least `RESERVE_MIN`), and the page cache is no larger than the store needs
(twice its size, for growth until the next start, at least `PAGECACHE_MIN`). The transaction
memory pool is Neo4j's own default share of the heap, written out so that it shows and can be
changed. A value set by the user (flag or variable) wins over the sizing.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from graph.errors import ConfigError

KIB, MIB, GIB = 1024, 1024**2, 1024**3
# (machine GiB, OS and native GiB, heap GiB): MemoryRecommendation's brackets in Neo4j 5.26.
BRACKETS = (
    (0.01, 0.007, 0.002),
    (1.0, 0.65, 0.3),
    (2.0, 1.0, 0.5),
    (4.0, 1.5, 2.0),
    (6.0, 2.0, 3.0),
    (8.0, 2.5, 3.5),
    (10.0, 3.0, 4.0),
    (12.0, 3.5, 4.5),
    (16.0, 4.0, 5.0),
    (24.0, 6.0, 8.0),
    (32.0, 8.0, 12.0),
    (64.0, 12.0, 24.0),
    (128.0, 16.0, 31.0),
    (256.0, 20.0, 31.0),
    (512.0, 24.0, 31.0),
    (1024.0, 30.0, 31.0),
)
RESERVE_SHARE = 1 / 3  # of the RAM, left to namesake's own process and other work
RESERVE_MIN = 2 * GIB
PAGECACHE_MIN = 2 * GIB
PAGECACHE_PER_STORE = 2.0  # page cache per byte of store: the store grows between starts
TX_SHARE = 0.7  # dbms.memory.transaction.total.max: Neo4j 5's default, 70% of the heap
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": KIB, "m": MIB, "g": GIB, "t": 1024 * GIB}


@dataclass(frozen=True)
class MemoryPlan:
    """The sizes the server starts with, as Neo4j settings ("5100m"), and why, one line each."""

    heap: str
    pagecache: str
    tx_memory: str
    why: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "heap": self.heap,
            "pagecache": self.pagecache,
            "tx_memory": self.tx_memory,
            "why": list(self.why),
        }


def parse_size(text: str, setting: str) -> int:
    """Bytes of a size as Neo4j and the JVM write it ("2g", "512m", "1.5G"); `setting` names
    the flag or variable in the message when the text is no size."""
    match = _SIZE.match(text)
    if not match:
        raise ConfigError(
            f"{setting}={text!r} is not a memory size: write a number with k, m or g, "
            "e.g. 4g or 512m."
        )
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


def format_size(size: float) -> str:
    """A size as MemoryRecommendation prints it: whole GiB as "8g", else MiB rounded to a
    hundred ("5100m"), below a GiB "512m"."""
    if size >= GIB:
        whole, rest = divmod(size, GIB)
        return f"{round(size / (100 * MIB)) * 100}m" if rest >= 100 * MIB else f"{whole:.0f}g"
    if size >= MIB:
        whole, rest = divmod(size, MIB)
        return f"{round(size / (100 * KIB)) * 100}k" if rest >= 100 * KIB else f"{whole:.0f}m"
    return f"{-(-size // KIB):.0f}k"


def _interpolate(total: float, column: int) -> int:
    """MemoryRecommendation.Brackets.recommend: linear between the brackets around `total`
    bytes, the last bracket's value beyond it; bytes, truncated to whole MiB as Neo4j does."""
    gib = total / GIB
    lower = upper = BRACKETS[-1]
    for below, above in pairwise(BRACKETS):
        if gib < above[0]:
            lower, upper = below, above
            break
    factor = 0.0 if lower is upper else (gib - lower[0]) / (upper[0] - lower[0])
    value = lower[column] + (upper[column] - lower[column]) * factor
    return int(value * 1024) * MIB


def recommend(total: float) -> tuple[int, int, int]:
    """(OS and native, heap, page cache) bytes that `neo4j-admin server memory-recommendation
    --memory=total` recommends for a machine of `total` bytes dedicated to Neo4j."""
    os_memory, heap = _interpolate(total, 1), _interpolate(total, 2)
    pagecache = min(16 * 1024 * GIB, max(8 * MIB, int(total) - os_memory - heap))
    return os_memory, heap, pagecache


def plan(
    ram: int,
    store: int,
    *,
    heap: str | None = None,
    pagecache: str | None = None,
    tx_memory: str | None = None,
) -> MemoryPlan:
    """The server's memory on a machine of `ram` bytes with a store of `store` bytes; a value
    given (flag or variable) is kept as given."""
    reserve = max(RESERVE_MIN, int(ram * RESERVE_SHARE))
    budget = max(ram - reserve, GIB)
    _, heap_bytes, pagecache_room = recommend(budget)
    share = (
        f"what neo4j-admin recommends for {_gib(budget)} GiB ({_gib(ram)} GiB of RAM less "
        f"{_gib(reserve)} GiB kept for namesake's own process and other work)"
    )
    why = []
    if heap is None:
        heap = format_size(heap_bytes)
        why.append(f"heap {heap}: {share}")
    else:
        heap_bytes = parse_size(heap, "NAMESAKE_HEAP (--heap)")
        why.append(f"heap {heap}: set by --heap or NAMESAKE_HEAP")
    if pagecache is None:
        wanted = max(PAGECACHE_MIN, int(store * PAGECACHE_PER_STORE))
        pagecache = format_size(min(pagecache_room, wanted))
        stored = (
            "empty"
            if not store
            else f"{store / MIB:.0f} MiB"
            if store < GIB
            else f"{_gib(store)} GiB"
        )
        why.append(
            f"page cache {pagecache}: twice the store ({stored}), at least "
            f"{format_size(PAGECACHE_MIN)}, at most the {format_size(pagecache_room)} that "
            "recommendation leaves"
        )
    else:
        parse_size(pagecache, "NAMESAKE_PAGECACHE (--pagecache)")
        why.append(f"page cache {pagecache}: set by --pagecache or NAMESAKE_PAGECACHE")
    if tx_memory is None:
        tx_memory = format_size(heap_bytes * TX_SHARE)
        why.append(
            f"transaction memory {tx_memory}: {TX_SHARE:.0%} of the heap, Neo4j's default "
            "share, for all transactions at once (dbms.memory.transaction.total.max)"
        )
    else:
        if parse_size(tx_memory, "NAMESAKE_TX_MEMORY (--tx-memory)") >= heap_bytes:
            raise ConfigError(
                f"the transaction memory ({tx_memory}) must be smaller than the heap ({heap}): "
                "raise --heap (NAMESAKE_HEAP) or lower --tx-memory (NAMESAKE_TX_MEMORY)."
            )
        why.append(f"transaction memory {tx_memory}: set by --tx-memory or NAMESAKE_TX_MEMORY")
    return MemoryPlan(heap, pagecache, tx_memory, tuple(why))


def machine_ram() -> int:
    """The machine's physical memory in bytes (MemTotal; sysconf where /proc is missing)."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * KIB
    except OSError:
        pass
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


def store_size(home: Path) -> int:
    """Bytes of the databases' store and index files under the server's home."""
    databases = home / "data" / "databases"
    if not databases.is_dir():
        return 0
    total = 0
    for path in databases.rglob("*"):
        try:
            if path.is_file():
                total += path.stat().st_size
        except OSError:  # a file removed while counting
            continue
    return total


def _gib(size: float) -> str:
    return f"{size / GIB:.1f}"
