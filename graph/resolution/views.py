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
from collections.abc import Sequence
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
    abstract_terms,
    as_matrix,
    profile_matrix,
)
from graph.resolution.prior import NameStats, full_given_words, given_and_family

TERM_TYPES = (TITLE, ABSTRACT, VENUE, VENUE_WORD, AFFILIATION, COAUTHOR)
PROFILE_TYPES = (TITLE, VENUE, VENUE_WORD, AFFILIATION, COAUTHOR)
EMBEDDING = "E"
COMMUNITIES = "C"
GIVEN = "G"


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
    unseen = stats.unseen_idf
    terms = [f.terms() for f in facts]
    for fact, found in zip(facts, terms, strict=True):
        found[ABSTRACT] = abstract_terms(fact.abstract)
    rows: dict[str, Rows] = {}
    for term_type in TERM_TYPES:
        table = stats.idf_table(term_type)
        rows[term_type] = as_matrix(
            ([((term_type, t), table.get(t, unseen)) for t in found[term_type]] for found in terms),
            unit=True,
        )
    rows[EMBEDDING] = title_vectors([title_text(f) for f in facts]) if titles is None else titles
    rows[COMMUNITIES] = as_matrix([(("c", str(c)), 1.0) for c in f.communities] for f in facts)
    rows[GIVEN] = as_matrix([(("g", w), 1.0) for w in full_given_words(f.name)] for f in facts)
    return GroupViews(
        keys=[f.key for f in facts],
        rows=rows,
        profile=profile_matrix(facts, stats, PROFILE_TYPES),
        years=np.array([f.year if f.year else np.nan for f in facts], dtype=float),
        team=np.log1p(np.array([max(f.author_count, 1) for f in facts], dtype=float)),
        full_given=np.array([len(given_and_family(f.name)[0]) > 1 for f in facts]),
        homonyms=math.log1p(names.expected_homonyms((f.name for f in facts), reference_names)),
    )


def title_text(fact: MentionFacts) -> str:
    """What a mention's title embedding reads: the title and the keywords."""
    return " ".join([fact.title or "", *fact.keywords])
