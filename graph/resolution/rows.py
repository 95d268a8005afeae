"""The rows the resolution reads, as the statements in cypher/resolution/ return them.

The database seam hands back plain dicts; the reader casts them to these shapes, so that mypy
checks every key the resolution reads against what the statement returns.
"""

from __future__ import annotations

from typing import TypedDict


class _KnownFacts(TypedDict):
    key: str
    paper: str
    name: str
    seed: int
    suffix: str | None
    orcid: str | None
    best_link: float


class MentionFactsRow(_KnownFacts, total=False):
    """One mention of `resolution/mention_facts`; the text only in a detailed row."""

    title: str | None
    keywords: list[str] | None
    venue_key: str | None
    venue: str | None
    year: int | None
    affiliation: str | None
    # [base key, DBLP suffix, coauthor community or None]; lists from the driver, read by index
    coauthors: list[tuple[str, str | None, int | None]]
    abstract: str | None
    author_count: int | None


class GroupFactsRow(TypedDict):
    """One row of `resolution/mention_facts`: a group and its mentions."""

    group: str
    detailed: bool
    mentions: list[MentionFactsRow]


class AuthorRow(TypedDict):
    """`resolution/authors`: an author to block, its last group and whether it has
    mentions without a person."""

    key: str
    name: str
    group: str | None
    unresolved: bool


class AssignmentRow(TypedDict):
    """`resolution/previous_assignments`: a person and its mentions of the groups."""

    person: str
    mentions: list[str]
