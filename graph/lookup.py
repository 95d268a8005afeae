"""Finding the name groups a user means by a name (read only)."""

from __future__ import annotations

from collections.abc import Iterable

from graph.db import Database
from graph.errors import ResolutionError
from graph.names import compatible, family_blocks


def groups_of_names(db: Database, names: Iterable[str]) -> list[str] | None:
    """The resolved name groups holding a name compatible with one given; None for no names
    (meaning all). Raises when a name matches nothing resolved."""
    wanted = list(names)
    if not wanted:
        return None
    blocks = sorted({b for n in wanted for b in family_blocks(n)})
    rows = db.query("lookup/authors_in_blocks", blocks=blocks)
    groups = sorted({r["group"] for r in rows
                     if r["group"] and any(compatible(r["name"], n) for n in wanted)})
    if not groups:
        raise ResolutionError(f"no resolved mention is named like {', '.join(wanted)}: load "
                              "the papers and run `namesake resolve` first, or check the name.")
    return groups
