"""Blocking: which written names may belong to one person, grouped (pure, no database).

Names meet under their variant keys (full form, initials form, reversed order) and are joined
when `compatible`. An initials-only name ("J. Zhang") is kept out of the chaining: it joins the
one group of full names it is compatible with, and stays a group of its own when there are
several (it could be Jun, Jian or Jie Zhang). Without this rule one "J. Zhang" would fuse every
J-Zhang of DBLP into one block of tens of thousands of mentions.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.names import compatible, initials_only, variant_keys


def resolution_groups(authors: dict[str, str]) -> dict[str, str]:
    """Map author keys (key -> written name) to a group id: the smallest author key of the
    group, so that ids are deterministic."""
    full = [k for k, name in authors.items() if not initials_only(name)]
    short = [k for k, name in authors.items() if initials_only(name)]
    parent = UnionFind(authors)
    names = {k: authors[k] for k in full}
    for a, b in compatible_pairs(list(names), names):
        parent.union(a, b)
    _attach_initials(parent, short, authors, full)
    return {key: min(members) for members in parent.groups().values() for key in members}


def _attach_initials(
    parent: UnionFind, short: list[str], authors: dict[str, str], full: list[str]
) -> None:
    """Each initials-only name joins its one compatible full-name group; the ones that have
    none or several are grouped among themselves."""
    by_variant: dict[str, list[str]] = {}
    for k in full:
        for variant in variant_keys(authors[k]):
            by_variant.setdefault(variant, []).append(k)
    unattached = []
    for k in short:
        roots = {
            parent.find(f)
            for v in variant_keys(authors[k])
            for f in by_variant.get(v, [])
            if compatible(authors[k], authors[f])
        }
        if len(roots) == 1:
            parent.union(k, roots.pop())
        else:
            unattached.append(k)
    names = {k: authors[k] for k in unattached}
    for a, b in compatible_pairs(unattached, names):
        parent.union(a, b)


def compatible_pairs(
    items: list[str], names: dict[str, str] | None = None
) -> Iterable[tuple[str, str]]:
    """Pairs of compatible names that share a variant key (items are names, or keys of
    `names`)."""
    written = (lambda i: names[i]) if names is not None else (lambda i: i)
    buckets: dict[str, list[str]] = {}
    for item in items:
        for key in variant_keys(written(item)):
            buckets.setdefault(key, []).append(item)
    seen: set[tuple[str, str]] = set()
    for members in buckets.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pair = (a, b) if a < b else (b, a)
                if pair not in seen and compatible(written(a), written(b)):
                    seen.add(pair)
                    yield pair


class UnionFind:
    """Union-find over hashable items (names, keys, indexes)."""

    def __init__(self, items: Iterable[Any]):
        self.parent = {item: item for item in items}

    def find(self, item: Any) -> Any:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: Any, b: Any) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> dict[Any, list[Any]]:
        groups: dict[Any, list[Any]] = {}
        for item in self.parent:
            groups.setdefault(self.find(item), []).append(item)
        return groups
