"""Counts in messages, shared by the CLI, the resolution's progress lines and the reports."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """'1 paper', '2 papers' ('people' and the like given as `plural`)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def titled(title: str | None) -> str:
    """A paper's title for a line of text; some sources give papers without one."""
    return title or "(no title)"
