"""Curators' corrections: merge, split, move, pin, undo.

A correction is stored in the graph as a `:Curation` (who, when, why) about mentions, each with
a role: 'subject' and 'with' mentions are one person, and no 'subject' is the same person as an
'against' mention. Mentions, not person ids, are what it names, so it holds however later runs
renumber or regroup. Every later resolution honours the active ones (a must-link or cannot-link
that wins over all evidence); the affected names are re-resolved at once. A correction that
contradicts an active one is refused, and nothing changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from graph.db import Database, Row
from graph.errors import CurationError
from graph.lookup import find_mention
from graph.resolution import resolve
from graph.resolution.constraints import Curated
from graph.resolution.model import MergeModel


@dataclass(frozen=True)
class Correction:
    id: str
    kind: str
    summary: str


def merge(
    db: Database,
    first: str,
    second: str,
    who: str,
    why: str | None,
    model: MergeModel | None = None,
) -> Correction:
    """Persons `first` and `second` are one person."""
    a, b = _person(db, first), _person(db, second)
    if first == second:
        raise CurationError(f"{first} and {second} are the same person already.")
    _refuse_apart(db, _keys(a), _keys(b))
    roles = [("subject", m) for m in _keys(a)] + [("with", m) for m in _keys(b)]
    return _store(db, "merge", roles, f"merge {first} and {second}", who, why, a + b, model)


def split(
    db: Database,
    person: str,
    papers: Iterable[str],
    who: str,
    why: str | None,
    model: MergeModel | None = None,
) -> Correction:
    """The mentions of `person` on `papers` are another person than the rest."""
    mentions = _person(db, person)
    wanted = set(papers)
    moved = [m for m in mentions if m["paper"] in wanted]
    missing = wanted - {m["paper"] for m in moved}
    if missing:
        raise CurationError(
            f"person {person} has no paper {', '.join(sorted(missing))}; its "
            f"papers are: {', '.join(sorted(m['paper'] for m in mentions))}."
        )
    rest = [m for m in mentions if m["paper"] not in wanted]
    if not rest:
        raise CurationError(f"moving every paper of {person} splits nothing; name fewer papers.")
    _refuse_together(db, _keys(moved), _keys(rest))
    roles = [("subject", m) for m in _keys(moved)] + [("against", m) for m in _keys(rest)]
    summary = f"split {len(moved)} of {len(mentions)} papers off {person}"
    return _store(db, "split", roles, summary, who, why, mentions, model)


def move(
    db: Database,
    paper: str,
    name: str,
    person: str,
    who: str,
    why: str | None,
    model: MergeModel | None = None,
) -> Correction:
    """The mention of `name` on `paper` belongs to `person`."""
    mention = find_mention(db, paper, name)
    target = _person(db, person)
    if mention["person"] == person:
        raise CurationError(f"{name} on {paper} belongs to {person} already.")
    former = (
        [m for m in _person(db, mention["person"]) if m["mention"] != mention["mention"]]
        if mention["person"]
        else []
    )
    _refuse_apart(db, [mention["mention"]], _keys(target))
    _refuse_together(db, [mention["mention"]], _keys(former))
    roles = (
        [("subject", mention["mention"])]
        + [("with", m) for m in _keys(target)]
        + [("against", m) for m in _keys(former)]
    )
    return _store(
        db,
        "move",
        roles,
        f"move {name} on {paper} to {person}",
        who,
        why,
        [mention, *target],
        model,
    )


def pin(
    db: Database,
    paper: str,
    name: str,
    who: str,
    why: str | None,
    model: MergeModel | None = None,
) -> Correction:
    """The mention of `name` on `paper` stays with the person it has now."""
    mention = find_mention(db, paper, name)
    if not mention["person"]:
        raise CurationError(f"{name} on {paper} is not resolved yet: run namesake resolve.")
    others = [m for m in _person(db, mention["person"]) if m["mention"] != mention["mention"]]
    roles = [("subject", mention["mention"])] + [("with", m) for m in _keys(others)]
    return _store(
        db,
        "pin",
        roles,
        f"pin {name} on {paper} to {mention['person']}",
        who,
        why,
        [mention],
        model,
    )


def undo(db: Database, curation: str, who: str, model: MergeModel | None = None) -> Correction:
    """Make a curation inactive (it stays on record) and re-resolve what it touched."""
    found = db.query("curation/get", id=curation)
    if not found:
        raise CurationError(f"no curation {curation}: see namesake curate list.")
    if not found[0]["active"]:
        raise CurationError(f"curation {curation} was undone already.")
    row = db.execute("curation/undo", id=curation, who=who)[0]
    _reresolve(db, row["groups"], model)
    return Correction(curation, row["kind"], f"undid {row['kind']} {curation}")


def list_curations(db: Database) -> list[Row]:
    return db.query("curation/list")


def _store(
    db: Database,
    kind: str,
    roles: list[tuple[str, str]],
    summary: str,
    who: str,
    why: str | None,
    touched: list[Row],
    model: MergeModel | None,
) -> Correction:
    curation = f"c-{uuid.uuid4().hex[:10]}"
    db.execute(
        "curation/create",
        id=curation,
        kind=kind,
        who=who,
        why=why,
        summary=summary,
        roles=[{"role": role, "mention": key} for role, key in roles],
    )
    _reresolve(db, sorted({m["group"] for m in touched if m.get("group")}), model)
    return Correction(curation, kind, summary)


def _reresolve(db: Database, groups: list[str], model: MergeModel | None) -> None:
    names = sorted({r["name"] for r in db.query("curation/names_of_groups", groups=groups)})
    if names:
        resolve(db, names, model=model)


def _person(db: Database, person: str) -> list[Row]:
    mentions = db.query("curation/person_mentions", id=person)
    if not mentions:
        raise CurationError(
            f"no person {person}: list the people under a name with namesake persons NAME."
        )
    return mentions


def _keys(mentions: list[Row]) -> list[str]:
    return [m["mention"] for m in mentions]


def _refuse_apart(db: Database, a: list[str], b: list[str]) -> None:
    for row in db.query("curation/active_constraints", mentions=a + b):
        curated = Curated.from_rows([row])
        if any(frozenset((x, y)) in curated.apart for x in a for y in b):
            raise CurationError(
                f"curation {row['id']} ({row['kind']}) keeps these mentions "
                f"apart; undo it first (namesake curate undo {row['id']}). "
                "Nothing was changed."
            )


def _refuse_together(db: Database, a: list[str], b: list[str]) -> None:
    for row in db.query("curation/active_constraints", mentions=a + b):
        curated = Curated.from_rows([row])
        if any({x, y} <= group for group in curated.together for x in a for y in b):
            raise CurationError(
                f"curation {row['id']} ({row['kind']}) keeps these mentions "
                f"together; undo it first (namesake curate undo {row['id']}). "
                "Nothing was changed."
            )
