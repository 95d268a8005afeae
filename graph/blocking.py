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

from graph.names import (
    comparison_keys,
    name_profile,
    profiles_compatible,
    variant_keys,
)


def resolution_groups(authors: dict[str, str]) -> dict[str, str]:
    """Map author keys (key -> written name) to a group id: the smallest author key of the
    group, so that ids are deterministic."""
    names = _Names(authors)
    full = [k for k in authors if not names.profiles[k].initials_only]
    short = [k for k in authors if names.profiles[k].initials_only]
    parent = UnionFind(authors)
    for a, b in _compatible_pairs(full, names):
        parent.union(a, b)
    _attach_initials(parent, short, full, names)
    return {key: min(members) for members in parent.groups().values() for key in members}


def compatible_pairs(items: list[str]) -> Iterable[tuple[str, str]]:
    """Pairs of compatible names among `items` that share a variant key."""
    return _compatible_pairs(items, _Names({item: item for item in items}))


class _Names:
    """Each name's variant keys, profile and comparison keys, worked out once: blocking a
    million names meets each of them many times."""

    def __init__(self, written: dict[str, str]):
        self.profiles = {k: name_profile(name) for k, name in written.items()}
        # tuples, in the sets' own order: about 350 bytes a name less than frozensets (the
        # 560,588 distinct names of the 1M corpus are held at once)
        self.variants = {k: tuple(variant_keys(name)) for k, name in written.items()}
        self.keys = {k: _tuple(comparison_keys(p)) for k, p in self.profiles.items()}

    def compatible(self, a: str, b: str) -> bool:
        return profiles_compatible(self.profiles[a], self.profiles[b])


def _tuple(keys: frozenset[str] | None) -> tuple[str, ...] | None:
    return None if keys is None else tuple(keys)


def _attach_initials(parent: UnionFind, short: list[str], full: list[str], names: _Names) -> None:
    """Each initials-only name joins its one compatible full-name group; the ones that have
    none or several are grouped among themselves."""
    by_variant: dict[str, list[str]] = {}
    for k in full:
        for variant in names.variants[k]:
            by_variant.setdefault(variant, []).append(k)
    unattached = []
    for k in short:
        root = _only_compatible_root(parent, k, by_variant, names)
        if root is not None:
            parent.union(k, root)
        else:
            unattached.append(k)
    for a, b in _compatible_pairs(unattached, names):
        parent.union(a, b)


def _only_compatible_root(
    parent: UnionFind, key: str, by_variant: dict[str, list[str]], names: _Names
) -> str | None:
    """The group of the full names compatible with an initials-only name, when there is
    exactly one; stops at the second (the full-name groups do not change meanwhile)."""
    found = None
    for variant in names.variants[key]:
        for f in by_variant.get(variant, []):
            if names.compatible(key, f):
                root = parent.find(f)
                if found is not None and root != found:
                    return None
                found = root
    return found


def _compatible_pairs(items: list[str], names: _Names) -> Iterable[tuple[str, str]]:
    buckets: dict[str, list[str]] = {}
    for item in items:
        for key in names.variants[item]:
            buckets.setdefault(key, []).append(item)
    seen: set[tuple[str, str]] = set()
    for members in buckets.values():
        for a, b in _candidates(members, names.keys):
            pair = (a, b) if a < b else (b, a)
            if pair not in seen:
                seen.add(pair)
                if names.compatible(a, b):
                    yield pair


def _candidates(
    members: list[str], keys: dict[str, tuple[str, ...] | None]
) -> Iterable[tuple[str, str]]:
    """The pairs of one variant-key bucket that may be compatible: those sharing a comparison
    key, and every pair with a name that has none. A bucket such as "y wang" holds a thousand
    full names, nearly all mutually incompatible; comparing them all was quadratic."""
    by_key: dict[str, list[str]] = {}
    open_names = []
    for item in members:
        item_keys = keys[item]
        if item_keys is None:
            open_names.append(item)
            continue
        for key in item_keys:
            by_key.setdefault(key, []).append(item)
    for same in by_key.values():
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                yield a, b
    for a in open_names:
        for b in members:
            if b != a:
                yield a, b


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
