"""What a run resolves: the name groups, which of them changed, and which go first (needs a
database).

Groups: authors are blocked into groups of compatible names (graph/blocking.py), joined where
a curator keeps mentions together; mentions inherit their author's group. Scope: the groups of
the names given; else every group with new mentions or changed membership since the last run
(incremental); on a first run or a full one, every group.

Subjects: a name on half the corpus's papers or more (the person a corpus of one person's
exports is about) is resolved first; the coauthor evidence of the other groups counts it by
resolved person (rules/coauthor_person). A run for some names first resolves the subject names
that have unresolved mentions, and after the subject groups it redoes the resolved groups
beside a subject person that changed: the outcome does not depend on which runs came before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import cast

from graph.blocking import UnionFind, resolution_groups
from graph.db import Database, batched
from graph.names import base_key, compatible, family_blocks
from graph.resolution.rows import AssignmentRow, AuthorRow

# A name on this share of the corpus's papers or more is its subject (the person a corpus of
# one person's exports is about): from there Robertson and Sparck Jones's idf,
# ln((N-df+0.5)/(df+0.5)), is no longer positive, and the name, on nearly every paper, would
# link every namesake among its coauthors. Such names count by resolved person instead.
SUBJECT_SHARE = 0.5


def subject_groups(db: Database, groups: list[str], papers: int) -> set[str]:
    """The groups of a subject name among `groups`."""
    rows = db.query("resolution/subject_groups", groups=groups, subject_df=papers * SUBJECT_SHARE)
    return {r["group"] for r in rows}


def assign_groups(
    db: Database, names: list[str], full: bool, before_writing: Callable[[], object] = lambda: None
) -> tuple[list[str], bool]:
    """Group the authors (all, or those under the names' blocking keys) and write the groups
    onto them and their mentions: all of them, or (incremental) those that changed group or
    have new mentions; `before_writing` is called first (it waits for other writes to the
    authors). Return the groups to resolve and whether that is every group."""
    blocks = sorted({b for n in names for b in family_blocks(n)}) if names else None
    rows = cast(list[AuthorRow], db.query("resolution/authors", blocks=blocks))
    authors = {r["key"]: r["name"] for r in rows}
    groups = _curated_unions(db, resolution_groups(authors))
    incremental = not (names or full or not any(r["group"] for r in rows))
    fresh = (
        [r for r in rows if r["unresolved"] or r["group"] != groups[r["key"]]]
        if incremental
        else rows
    )
    before_writing()
    db.write_rows(
        "resolution/set_groups", ({"key": r["key"], "group": groups[r["key"]]} for r in fresh)
    )
    bases = {base_key(authors[r["key"]]) for r in fresh}
    if names:  # the named groups' coauthors are outside `rows`
        bases |= {r["base"] for r in db.query("resolution/bases_without_frequency")}
    _refresh_frequencies(db, bases)
    if names:
        return sorted(
            {g for k, g in groups.items() if any(compatible(authors[k], n) for n in names)}
        ), False
    if not incremental:
        return sorted(set(groups.values())), True
    return sorted({groups[r["key"]] for r in fresh}), False


def _curated_unions(db: Database, groups: dict[str, str]) -> dict[str, str]:
    """Name groups joined where an active curation keeps their mentions together."""
    lists = [r["authors"] for r in db.query("curation/together_authors")]
    if not lists:
        return groups
    parent = UnionFind(set(groups.values()))
    for authors in lists:
        present = [groups[a] for a in authors if a in groups]
        for other in present[1:]:
            parent.union(present[0], other)
    merged = {root: min(members) for root, members in parent.groups().items()}
    return {key: merged[parent.find(group)] for key, group in groups.items()}


def _refresh_frequencies(db: Database, bases: set[str]) -> None:
    """How many mentions carry each base name, for the coauthor rule's idf."""
    for batch in batched(sorted(bases), 5000):
        db.execute("resolution/author_frequencies", base_keys=batch)


def pending_subjects(db: Database, wanted: list[str], papers: int) -> list[str]:
    """Subject names (on half the corpus's papers or more) that have mentions no run has
    resolved and are not among the names wanted: a run for those names resolves them first,
    so that its result does not depend on what ran before."""
    rows = db.query("resolution/pending_subjects", subject_df=papers * SUBJECT_SHARE)
    return sorted({r["name"] for r in rows if not any(compatible(r["name"], n) for n in wanted)})


def assignments(db: Database, groups: list[str]) -> dict[str, str]:
    """Mention key -> person id, for the resolved mentions of the groups."""
    rows = cast(list[AssignmentRow], db.read_all("resolution/previous_assignments", groups=groups))
    return {mention: row["person"] for row in rows for mention in row["mentions"]}


def beside_changed(
    db: Database, done: list[str], before: dict[str, str], after: dict[str, str]
) -> list[str]:
    """The resolved groups, other than `done`, of mentions sharing a paper with a subject
    person that changed: their coauthor evidence read the old person (which mentions are
    one person, and how many)."""
    members: dict[tuple[bool, str], set[str]] = defaultdict(set)
    for is_after, assigned in ((False, before), (True, after)):
        for mention, person in assigned.items():
            members[is_after, person].add(mention)
    persons = {person for _, person in members}
    changed = sorted(
        {
            m
            for person in persons
            if members[False, person] != members[True, person]
            for m in members[False, person] | members[True, person]
        }
    )
    if not changed:
        return []
    return sorted(
        {
            r["group"]
            for r in db.query("resolution/groups_beside_mentions", mentions=changed, groups=done)
        }
    )


def nothing_found(names: list[str], papers: int) -> str:
    if not papers:
        return "the database holds no papers: load some first (namesake load FILE)."
    return (
        f"no mention is written with a name compatible with {', '.join(names)}. "
        "Check the spelling, or list the people under a name with: namesake persons NAME."
    )
