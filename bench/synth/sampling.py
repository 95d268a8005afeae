"""Sampling helpers: weighted choice, a fast uniform choice, and a deterministic split."""

from __future__ import annotations

import random
from bisect import bisect_right
from typing import Any


class Table:
    """Weighted choice by bisection over cumulative weights."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: list[tuple[Any, float]]):
        self.items = [item for item, _ in pairs]
        self.cum: list[float] = []
        total = 0.0
        for _, weight in pairs:
            total += weight
            self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


def choice(rng: random.Random, seq: Any) -> Any:
    """rng.choice, several times faster (one float instead of a rejection loop on bits)."""
    return seq[int(rng.random() * len(seq))]


def largest_remainder(total: int, weights: list[float]) -> list[int]:
    """Split `total` into integers proportional to `weights` (deterministic)."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - counts[i]), i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts
