"""What a mention says about its author, as typed terms with corpus-wide IDF weights (pure).

A mention's profile is a unit-length tf-idf vector over five term types: topic terms (the
words of the title and of the paper's keywords), the venue, venue words, affiliation words and
coauthor names. Every type weighs the same, because IDF already says how much a term tells: a
shared "Wei Wang" or "university" says little, a shared rare coauthor or venue a lot.

IDF stops growing at one paper in IDF_CAP_PAPERS: a term rarer than that is rare, and two
mentions that share it say the same about each other in a corpus of 10k papers or of 1M.
Uncapped, the weight of every rare term (coauthor names above all: most appear on a handful of
papers whatever the corpus size) grows with the log of the corpus size while that of common
words does not, so coauthors, which two seeds of one career never share, took a growing part of
every profile, and one person's seeds looked less alike the more papers were loaded.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeAlias

import numpy as np
from scipy import sparse

from graph.names import normalize
from graph.resolution.rows import MentionFactsRow

TITLE, VENUE, VENUE_WORD, AFFILIATION, COAUTHOR = "T", "V", "VW", "O", "A"
ABSTRACT = "AB"

_STOPWORDS = frozenset(
    """a an the of for and or in on at to by with from via into using based
towards toward its their our is are be as this that these new approach method methods study
analysis system systems under over between through use case some two one non multi de la le et
der und online""".split()
)
_ABBREVIATIONS = {
    "univ": "university",
    "u": "university",
    "dept": "department",
    "inst": "institute",
    "lab": "laboratory",
    "labs": "laboratory",
    "comput": "computer",
    "sci": "science",
    "technol": "technology",
    "tech": "technology",
    "eng": "engineering",
    "engn": "engineering",
    "coll": "college",
    "natl": "national",
    "nat": "national",
    "res": "research",
    "ctr": "center",
    "centre": "center",
    "elect": "electrical",
    "electr": "electrical",
    "info": "information",
    "inf": "information",
    "math": "mathematics",
    "acad": "academy",
    "chinese": "china",
}
# Words every affiliation has; on a small corpus their IDF is too noisy to leave to it.
_GENERIC_AFFILIATION = frozenset(
    """of the and for at in de department university college school
institute laboratory science sciences engineering computer usa china key state national center
research""".split()
)
_KEY_PREFIXES = frozenset({"dblp", "conf", "journals"})  # namespace of DBLP-series venue keys
_STEM_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "es", "s", "ed", "al")
_WORD = re.compile(r"[a-z0-9]+")
# About the size of the corpora the other parameters were set on (aminer-dev, 3,710 papers, is
# left as it was): rarer than this, a term weighs what it weighed there, at any corpus size.
IDF_CAP_PAPERS = 2000


def words(text: str | None) -> list[str]:
    return _WORD.findall(normalize(text or ""))


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """A light suffix stripper: enough for "networks"/"network" and "learning"/"learned"."""
    for suffix in _STEM_SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 16)
def title_terms(title: str | None) -> frozenset[str]:
    return abstract_terms(title)


@lru_cache(maxsize=1 << 12)
def abstract_terms(abstract: str | None) -> frozenset[str]:
    """The content words of an abstract, stemmed as title words are (cached: a paper of many
    authors is read in as many name groups, and a batch holds groups of the same papers)."""
    return frozenset(
        stem(w) for w in words(abstract) if w not in _STOPWORDS and len(w) > 2 and not w.isdigit()
    )


def topic_terms(title: str | None, keywords: Iterable[str] | None = ()) -> frozenset[str]:
    """Title terms and the words of the keywords, in one type: both say what the paper is
    about, and a keyword shared with a title counts once."""
    terms = title_terms(title)
    for keyword in keywords or ():
        terms |= title_terms(keyword)
    return terms


@lru_cache(maxsize=1 << 12)
def venue_words(venue_key: str | None) -> frozenset[str]:
    """Words of the venue's key, the series identity ("iclr", "dblp:conf/gecco"), not of its
    display name: a proceedings title ("Proceedings of the 2009 International Conference on
    ..., Montreal") shares generic words with every other and blurs people together."""
    return frozenset(
        w
        for w in words(venue_key)
        if w not in _STOPWORDS and w not in _KEY_PREFIXES and len(w) > 1 and not w.isdigit()
    )


@lru_cache(maxsize=1 << 14)
def affiliation_terms(affiliation: str | None) -> frozenset[str]:
    expanded = (_ABBREVIATIONS.get(w, w) for w in words(affiliation))
    return frozenset(
        w for w in expanded if w not in _GENERIC_AFFILIATION and len(w) > 1 and not w.isdigit()
    )


@dataclass(frozen=True)
class MentionFacts:
    """What the graph says around one mention (read by `cypher/resolution/mention_facts`)."""

    key: str
    group: str
    paper: str
    name: str
    seed: int
    title: str | None = None
    keywords: tuple[str, ...] = ()
    venue_key: str | None = None
    venue: str | None = None
    year: int | None = None
    affiliation: str | None = None
    suffix: str | None = None
    orcid: str | None = None
    coauthors: tuple[tuple[str, str | None], ...] = ()  # (base key, DBLP suffix)
    abstract: str | None = None
    author_count: int = 1
    communities: tuple[int, ...] = ()  # the coauthors' coauthor communities (GDS Leiden)

    @classmethod
    def from_row(cls, row: MentionFactsRow, group: str) -> MentionFacts:
        """From one of a group's mentions as `cypher/resolution/mention_facts` returns them
        (coauthors as [base, suffix, community]; the text is absent from a group of one
        seed)."""
        coauthors = row.get("coauthors") or ()
        return cls(
            key=row["key"],
            group=group,
            paper=row["paper"],
            name=row["name"],
            seed=row["seed"],
            suffix=row["suffix"],
            orcid=row["orcid"],
            title=row.get("title"),
            keywords=tuple(row.get("keywords") or ()),
            venue_key=row.get("venue_key"),
            venue=row.get("venue"),
            year=row.get("year"),
            affiliation=row.get("affiliation"),
            coauthors=tuple((c[0], c[1]) for c in coauthors),
            abstract=row.get("abstract"),
            author_count=row.get("author_count") or 1,
            communities=tuple(c[2] for c in coauthors if c[2] is not None),
        )

    def terms(self) -> dict[str, frozenset[str]]:
        return {
            TITLE: topic_terms(self.title, self.keywords),
            VENUE: frozenset([self.venue_key]) if self.venue_key else frozenset(),
            VENUE_WORD: venue_words(self.venue_key),
            AFFILIATION: affiliation_terms(self.affiliation),
            COAUTHOR: frozenset(base for base, _ in self.coauthors),
        }


@dataclass
class CorpusStats:
    """Document frequencies per term type over every paper loaded."""

    papers: int = 0
    idf_cap_papers: int = IDF_CAP_PAPERS
    df: dict[str, Counter[str]] = field(default_factory=dict)
    _idf: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)

    def add(self, term_type: str, terms: Iterable[str]) -> None:
        self.df.setdefault(term_type, Counter()).update(set(terms))
        self._idf.clear()

    def idf(self, df: int) -> float:
        """ln((N + 1) / (df + 1)), at most ln(idf_cap_papers)."""
        return min(math.log((self.papers + 1) / (df + 1)), math.log(self.idf_cap_papers))

    @property
    def unseen_idf(self) -> float:
        return self.idf(0)

    def idf_table(self, term_type: str) -> dict[str, float]:
        """The idf of every term of a type seen in the corpus."""
        if term_type not in self._idf:
            self._idf[term_type] = {
                term: self.idf(df) for term, df in self.df.get(term_type, Counter()).items()
            }
        return self._idf[term_type]


Term = tuple[str, str]


# A matrix of at most this many cells is kept dense: most name groups are small, and numpy on a
# small dense array is many times faster than scipy's sparse machinery around the same numbers.
DENSE_CELLS = 1 << 18
Rows: TypeAlias = sparse.csr_matrix | np.ndarray


Vectors = Iterable[Iterable[tuple[Term, float]]]  # (term, weight) pairs, one list per row


def as_matrix(vectors: Vectors, unit: bool = False) -> Rows:
    """Vectors as the rows of one matrix (columns: the terms in order of first use), dense
    when small (DENSE_CELLS), else sparse; `unit` scales every row to length 1."""
    return as_matrices([vectors], unit)[0]


def as_matrices(groups: Iterable[Vectors], unit: bool = False) -> list[Rows]:
    """as_matrix of each group's vectors, built in one pass: a merge chunk's small groups
    cost a few numpy calls in all instead of a dozen each. The dense ones are read-only views
    into one buffer."""
    indptr, columns, values, shapes = [0], [], [], []
    for vectors in groups:
        vocabulary: dict[Term, int] = {}
        height = 0
        for vector in vectors:
            for term, weight in vector:
                columns.append(vocabulary.setdefault(term, len(vocabulary)))
                values.append(weight)
            indptr.append(len(columns))
            height += 1
        shapes.append((height, max(1, len(vocabulary))))
    data, bounds = np.array(values, dtype=float), np.array(indptr, dtype=np.int64)
    column = np.array(columns, dtype=np.int64)
    rows = np.repeat(np.arange(len(bounds) - 1), np.diff(bounds))
    if unit and len(data):
        norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=len(bounds) - 1))
        data /= np.where(norms > 0, norms, 1.0)[rows]
    heights = np.array([h for h, _ in shapes], dtype=np.int64)
    widths = np.array([w for _, w in shapes], dtype=np.int64)
    first_row = np.concatenate(([0], np.cumsum(heights)))
    dense = heights * widths <= DENSE_CELLS
    first_cell = np.concatenate(([0], np.cumsum(np.where(dense, heights * widths, 0))))
    group = np.repeat(np.arange(len(shapes)), heights)[rows]  # each value's group
    in_dense = dense[group]
    cells = (first_cell[group] + (rows - first_row[group]) * widths[group] + column)[in_dense]
    buffer = np.bincount(cells, weights=data[in_dense], minlength=int(first_cell[-1]))
    buffer.flags.writeable = False  # shared by the groups: a write to one would reach others
    matrices: list[Rows] = []
    for index, (height, width) in enumerate(shapes):
        if dense[index]:
            start = int(first_cell[index])
            matrices.append(buffer[start : start + height * width].reshape(height, width))
        else:
            low, high = int(bounds[first_row[index]]), int(bounds[first_row[index + 1]])
            matrices.append(
                sparse.csr_matrix(
                    (
                        data[low:high],
                        column[low:high],
                        bounds[first_row[index] : first_row[index + 1] + 1] - low,
                    ),
                    shape=(height, width),
                )
            )
    return matrices
