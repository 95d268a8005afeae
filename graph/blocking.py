"""Name groups: written names that may belong to one person, grouped (pure, no database).

Names meet under their variant keys (full form, initials form, reversed order) and are joined
when `compatible`; a group is a connected component of that relation, so "J. Gray" joins "Jim Gray"
and "James Gray" even though those two are not compatible with each other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from graph.names import compatible, variant_keys


def name_groups(names: Iterable[str]) -> dict[str, str]:
    """Map each written name to its group's label: the group's most frequent name (then the
    alphabetically first)."""
    counts = Counter(names)
    parent = {name: name for name in counts}
    by_block: dict[str, list[str]] = {}
    for name in counts:
        for key in variant_keys(name):
            by_block.setdefault(key, []).append(name)
    for members in by_block.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if compatible(a, b):
                    _union(parent, a, b)
    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(_find(parent, name), []).append(name)
    label = {root: min(members, key=lambda n: (-counts[n], n)) for root, members in groups.items()}
    return {name: label[_find(parent, name)] for name in counts}


def _find(parent: dict[str, str], name: str) -> str:
    while parent[name] != name:
        parent[name] = parent[parent[name]]
        name = parent[name]
    return name


def _union(parent: dict[str, str], a: str, b: str) -> None:
    parent[_find(parent, a)] = _find(parent, b)
