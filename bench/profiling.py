"""Where a resolution's time goes: seconds per Cypher statement (by its file name) and per GDS
step, measured by wrapping the database seam and the GDS functions for the duration of a run
(nothing in graph/ is changed), plus cProfile's view of the Python side.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from graph import db as seam
from graph.resolution import communities

Patch = tuple[Any, str, Any]
NESTED = "resolution/project_evidence"  # runs inside the GDS wcc step, counted there too


class StatementTimes:
    """Seconds and calls per statement name; stream time counts only the waits for rows."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] += seconds
        self.calls[name] += 1

    def table(self, total: float, top: int = 15) -> str:
        """The top statements, and the time spent outside every statement (Python, driver)."""
        lines = [f"  {'statement or step':<40} {'calls':>7} {'seconds':>9} {'share':>6}"]
        for name, seconds in self.seconds.most_common(top):
            lines.append(
                f"  {name:<40} {self.calls[name]:>7} {seconds:>9.1f} {seconds / total:>6.1%}"
            )
        inside = sum(self.seconds.values()) - self.seconds[NESTED]
        lines.append(
            "  (statements overlap one another and Python's work: the resolution reads, "
            "merges and writes side by side,\n   so the seconds add up to more than the "
            f"run's {total:.1f} s)"
            if inside > total
            else f"  {'(outside any statement: Python)':<40} {'':>7} {total - inside:>9.1f} "
            f"{(total - inside) / total:>6.1%}"
        )
        return "\n".join(lines)


def _timing(times: StatementTimes, method: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(self: Any, name: str, *args: Any, **kwargs: Any) -> Any:
        start = time.monotonic()
        try:
            return method(self, name, *args, **kwargs)
        finally:
            times.add(name, time.monotonic() - start)

    return wrapper


def _timing_stream(times: StatementTimes, method: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(self: Any, name: str, **params: Any) -> Iterator[Any]:
        rows = method(self, name, **params)
        while True:
            start = time.monotonic()
            try:
                row = next(rows)
            except StopIteration:
                times.add(name, time.monotonic() - start)
                return
            times.seconds[name] += time.monotonic() - start
            yield row

    return wrapper


def _timing_step(
    times: StatementTimes, name: str, function: Callable[..., Any]
) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.monotonic()
        try:
            return function(*args, **kwargs)
        finally:
            times.add(name, time.monotonic() - start)

    return wrapper


@contextmanager
def statement_times() -> Iterator[StatementTimes]:
    """Time every statement the seam runs, and the GDS steps, while the block runs.

    The evidence-seed step includes its projection statement (counted on its own too)."""
    times = StatementTimes()
    patches: list[Patch] = [
        (seam.Transaction, "run", _timing(times, seam.Transaction.run)),
        (seam.Transaction, "counters", _timing(times, seam.Transaction.counters)),
        (seam.Transaction, "rows", _timing(times, seam.Transaction.rows)),
        (seam.Database, "stream", _timing_stream(times, seam.Database.stream)),
        (seam.Database, "execute_autocommit", _timing(times, seam.Database.execute_autocommit)),
        (seam.Database, "run_script", _timing(times, seam.Database.run_script)),
        (
            communities,
            "evidence_seeds",
            _timing_step(times, "GDS wcc (evidence seeds)", communities.evidence_seeds),
        ),
        (
            communities,
            "coauthor_communities",
            _timing_step(
                times, "GDS leiden (coauthor communities)", communities.coauthor_communities
            ),
        ),
    ]
    saved = [(owner, attr, getattr(owner, attr)) for owner, attr, _ in patches]
    for owner, attr, replacement in patches:
        setattr(owner, attr, replacement)
    try:
        yield times
    finally:
        for owner, attr, original in saved:
            setattr(owner, attr, original)


@contextmanager
def python_profile(out: io.StringIO, top: int = 25) -> Iterator[None]:
    """cProfile the block; its top functions by cumulative time go to `out`."""
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        yield
    finally:
        profiler.disable()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
