"""Weighted name lists from compact text: real frequencies where known, Zipf weights otherwise."""

from __future__ import annotations


def shares(text: str) -> list[tuple[str, float]]:
    """'Wang 7.1, Li 7.4' -> [("Wang", 7.1), ("Li", 7.4)]."""
    pairs = []
    for item in text.split(","):
        name, weight = item.split()
        pairs.append((name, float(weight)))
    return pairs


def zipf(text: str, s: float = 1.0, k0: float = 2.0) -> list[tuple[str, float]]:
    """Names in decreasing frequency, weighted 1 / (rank + k0)^s."""
    return [(name, 1.0 / (rank + k0) ** s) for rank, name in enumerate(text.split())]
