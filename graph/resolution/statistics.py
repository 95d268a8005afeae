"""The corpus's statistics the merge reads: document frequencies of every term type (needs a
database)."""

from __future__ import annotations

from graph.db import Database
from graph.resolution.features import (
    ABSTRACT,
    AFFILIATION,
    COAUTHOR,
    IDF_CAP_PAPERS,
    TITLE,
    VENUE,
    VENUE_WORD,
    CorpusStats,
    abstract_terms,
    affiliation_terms,
    topic_terms,
    venue_words,
)

# Reads of the corpus statistics: at most STATS_PAGE papers, and about STATS_SLOTS author
# names (a page of collaboration papers of thousands of authors is shorter).
STATS_PAGE = 20_000
STATS_SLOTS = 200_000


def corpus_stats(db: Database, idf_cap_papers: int = IDF_CAP_PAPERS) -> CorpusStats:
    stats, after, limit = CorpusStats(idf_cap_papers=idf_cap_papers), "", STATS_PAGE // 20
    while page := db.read_all("resolution/corpus_papers", after=after, limit=limit):
        names = 0
        for row in page:
            names += len(row["authors"])
            stats.papers += 1
            stats.add(TITLE, topic_terms(row["title"], row["keywords"]))
            stats.add(ABSTRACT, abstract_terms(row["abstract"]))
            stats.add(VENUE, [row["venue_key"]] if row["venue_key"] else [])
            stats.add(VENUE_WORD, venue_words(row["venue_key"]))
            stats.add(AFFILIATION, {t for a in row["affiliations"] for t in affiliation_terms(a)})
            stats.add(COAUTHOR, row["authors"])
        after = page[-1]["key"]
        limit = max(100, min(STATS_PAGE, limit * STATS_SLOTS // max(names, 1)))
    return stats
