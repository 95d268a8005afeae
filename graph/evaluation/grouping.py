"""Evaluation blocks: the gold-labelled names grouped (pure, no database).

Every compatible pair joins (connected components), so "J. Gray" joins "Jim Gray" and
"James Gray": the labels of one benchmark name file stay one block however it is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from graph.blocking import UnionFind, compatible_pairs


def name_groups(names: Iterable[str]) -> dict[str, str]:
    """Map each written name to its group's label: the group's most frequent name (then the
    alphabetically first)."""
    counts = Counter(names)
    parent = UnionFind(counts)
    for a, b in compatible_pairs(list(counts)):
        parent.union(a, b)
    label = {
        root: min(members, key=lambda n: (-counts[n], n))
        for root, members in parent.groups().items()
    }
    return {name: label[parent.find(name)] for name in counts}
