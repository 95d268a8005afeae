"""Finding the name groups a user means by a name (read only)."""

from __future__ import annotations

from collections.abc import Iterable

from graph.db import Database, Row
from graph.errors import CurationError, ResolutionError
from graph.names import compatible, family_blocks


def groups_of_names(db: Database, names: Iterable[str]) -> list[str] | None:
    """The resolved name groups holding a name compatible with one given; None for no names
    (meaning all). Raises when a name matches nothing resolved."""
    wanted = list(names)
    if not wanted:
        return None
    blocks = sorted({b for n in wanted for b in family_blocks(n)})
    rows = db.query("lookup/authors_in_blocks", blocks=blocks)
    groups = sorted(
        {r["group"] for r in rows if r["group"] and any(compatible(r["name"], n) for n in wanted)}
    )
    if not groups:
        raise ResolutionError(
            f"no resolved mention is named like {', '.join(wanted)}: load "
            "the papers and run `namesake resolve` first, or check the name."
        )
    return groups


def find_mention(db: Database, paper: str, name: str) -> Row:
    """The mention of `name` on `paper` (its id in its source), with its person and group."""
    rows = db.query("curation/find_mentions", paper=paper)
    if not rows:
        raise CurationError(f"no paper {paper!r} is loaded (give its id in its source).")
    matches = [r for r in rows if compatible(r["name"], name)]
    if len(matches) != 1:
        names = ", ".join(repr(r["name"]) for r in rows)
        raise CurationError(
            f"{'no' if not matches else 'more than one'} author of {paper} is "
            f"named like {name!r}; its authors are {names}."
        )
    return matches[0]
