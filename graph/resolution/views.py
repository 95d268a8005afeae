"""What the mentions of one name group say, as matrices the merge model reads (pure).

Each kind of evidence is a matrix with one row per mention, so that a cluster's view is the sum
of its members' rows and the dot products between clusters follow from sums (cluster_space.py):

- one unit tf-idf row per term type (topic words of title and keywords, abstract words, venue,
  venue-key words, affiliation words, coauthor names; IDF from the whole corpus, features.py);
- the profile: all types but the abstract in one unit row, as the similarity of two mentions;
- a unit title embedding (embeddings.py);
- the counts of the coauthor communities (GDS Leiden over the coauthor graph) of its coauthors;
- the given names written in full ("philip" of "C. L. Philip Chen": "Cailian Chen" fits its
  initials, but not that);
- year, the paper's team size, and whether the name is written with a full given name.

Names: how many people are expected to bear the group's name (prior.py), read once per group.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from graph.resolution.embeddings import title_vectors
from graph.resolution.features import (
    ABSTRACT,
    AFFILIATION,
    COAUTHOR,
    TITLE,
    VENUE,
    VENUE_WORD,
    CorpusStats,
    MentionFacts,
    Rows,
    Term,
    Vectors,
    abstract_terms,
    as_matrices,
)
from graph.resolution.prior import NameStats, full_given_words, given_and_family

TERM_TYPES = (TITLE, ABSTRACT, VENUE, VENUE_WORD, AFFILIATION, COAUTHOR)
PROFILE_TYPES = (TITLE, VENUE, VENUE_WORD, AFFILIATION, COAUTHOR)
EMBEDDING = "E"
COMMUNITIES = "C"
GIVEN = "G"
PROFILE = "P"  # built with the others, then kept apart (GroupViews.profile)


@dataclass
class GroupViews:
    """The rows of one group's mentions, in the order of `keys`."""

    keys: list[str]
    rows: dict[str, Rows]  # term types, EMBEDDING, COMMUNITIES, GIVEN
    profile: Rows
    years: np.ndarray  # NaN where unknown
    team: np.ndarray  # log(1 + the paper's author count)
    full_given: np.ndarray  # bool: the name is written with a full given name
    homonyms: float  # log(1 + expected others bearing the group's name)

    @property
    def size(self) -> int:
        return len(self.keys)


def group_views(
    facts: Sequence[MentionFacts],
    stats: CorpusStats,
    names: NameStats,
    reference_names: int,
    titles: np.ndarray | None = None,
) -> GroupViews:
    """The views of a group's mentions (`facts` in the order the rows will have); `titles`:
    their title embeddings, when already made (else made here)."""
    return views_of([facts], stats, names, reference_names, [titles])[0]


def views_of(
    groups: Sequence[Sequence[MentionFacts]],
    stats: CorpusStats,
    names: NameStats,
    reference_names: int,
    titles: Sequence[np.ndarray | None] | None = None,
) -> list[GroupViews]:
    """group_views of several groups, each kind's matrices built for all of them at once
    (as_matrices); the titles not given (all, without `titles`) are embedded in one call."""
    titles = titles or [None] * len(groups)
    unseen = stats.unseen_idf
    terms = [[f.terms() for f in facts] for facts in groups]
    for facts, found_in_group in zip(groups, terms, strict=True):
        for fact, found in zip(facts, found_in_group, strict=True):
            found[ABSTRACT] = abstract_terms(fact.abstract)
    rows: list[dict[str, Rows]] = [{} for _ in groups]

    def add(kind: str, vectors: Iterable[Vectors], unit: bool) -> None:
        for views, matrix in zip(rows, as_matrices(vectors, unit), strict=True):
            views[kind] = matrix

    for term_type in TERM_TYPES:
        tables = [(term_type, stats.idf_table(term_type))]
        add(term_type, ([_weighted(f, tables, unseen) for f in found] for found in terms), True)
    tables = [(t, stats.idf_table(t)) for t in PROFILE_TYPES]
    add(PROFILE, ([_weighted(f, tables, unseen) for f in found] for found in terms), True)
    add(COMMUNITIES, ([_communities(f) for f in facts] for facts in groups), False)
    add(GIVEN, ([_given(f) for f in facts] for facts in groups), False)
    missing = [facts for facts, given in zip(groups, titles, strict=True) if given is None]
    embedded = title_vectors([title_text(f) for facts in missing for f in facts])
    start = 0
    views = []
    for facts, found_rows, given in zip(groups, rows, titles, strict=True):
        if given is None:
            found_rows[EMBEDDING] = embedded[start : start + len(facts)]
            start += len(facts)
        else:
            found_rows[EMBEDDING] = given
        views.append(
            GroupViews(
                keys=[f.key for f in facts],
                rows=found_rows,
                profile=found_rows.pop(PROFILE),
                years=np.array([f.year if f.year else np.nan for f in facts], dtype=float),
                team=np.log1p(np.array([max(f.author_count, 1) for f in facts], dtype=float)),
                full_given=np.array([len(given_and_family(f.name)[0]) > 1 for f in facts]),
                homonyms=math.log1p(
                    names.expected_homonyms((f.name for f in facts), reference_names)
                ),
            )
        )
    return views


def _weighted(
    found: dict[str, frozenset[str]], tables: list[tuple[str, dict[str, float]]], unseen: float
) -> list[tuple[Term, float]]:
    """A mention's terms of these types, with their IDF weights."""
    return [((t, term), table.get(term, unseen)) for t, table in tables for term in found[t]]


def _communities(fact: MentionFacts) -> list[tuple[Term, float]]:
    return [(("c", str(c)), 1.0) for c in fact.communities]


def _given(fact: MentionFacts) -> list[tuple[Term, float]]:
    return [(("g", w), 1.0) for w in full_given_words(fact.name)]


def title_text(fact: MentionFacts) -> str:
    """What a mention's title embedding reads: the title and the keywords."""
    return " ".join([fact.title or "", *fact.keywords])
