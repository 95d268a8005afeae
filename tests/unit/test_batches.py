"""loaders.batches: write batches bounded by rows, whatever the size of a paper's team, and
COAUTHOR recount batches bounded by coauthor rows."""

from __future__ import annotations

import pytest

from graph.batches import weighted_batches
from loaders.batches import KINDS, record_rows, row_batches
from loaders.records import AuthorSlot, PaperRecord, PersonRecord, VenueRecord


def paper(source_id: str, authors: int, venue: str | None = "Venue") -> PaperRecord:
    slots = tuple(AuthorSlot(f"Author {i:04d}", i + 1) for i in range(authors))
    return PaperRecord("test", source_id, f"Title {source_id}", slots, venue=venue)


def test_a_paper_of_3000_authors_never_makes_a_batch_above_the_bound() -> None:
    records = [paper("big-1", 3000), paper("small", 3), paper("big-2", 3000)]
    batches = list(row_batches(records, max_rows=500))
    assert all(b.size <= 500 for b in batches)
    assert sum(len(b.rows["mentions"]) for b in batches) == 6003
    assert sum(b.records for b in batches) == 3
    assert len(batches) == -(-sum(1 + 1 + 2 * len(r.authors) for r in records) // 500)


def test_what_a_row_needs_is_in_its_batch_or_an_earlier_one() -> None:
    records = [
        paper("p1", 7),
        VenueRecord("test", "v", "Other venue"),
        paper("p2", 5, venue="Other venue"),
        PersonRecord("test", "h1", ("Author 0001", "A. Other")),
    ]
    written: dict[str, set[object]] = {kind: set() for kind in KINDS}
    for batch in row_batches(records, max_rows=3):
        for kind in KINDS:  # the order the writer runs the statements in
            for row in batch.rows[kind]:
                if kind == "papers" and row["venue_key"]:
                    assert row["venue_key"] in written["venues"]
                if kind == "mentions":
                    assert row["paper_key"] in written["papers"]
                    assert row["author_key"] in written["authors"]
                if kind == "persons":
                    assert set(row["author_keys"]) <= written["authors"]
                written[kind].add(row["key"])
    assert len(written["mentions"]) == 12 and len(written["persons"]) == 1


def test_rows_of_a_record_in_dependency_order() -> None:
    kinds = [kind for kind, _ in record_rows(paper("p", 2))]
    assert kinds == ["venues", "papers", "authors", "mentions", "authors", "mentions"]


def test_ordinary_papers_fill_a_batch_and_duplicates_are_merged_once() -> None:
    records = [paper(f"p{i}", 4) for i in range(10)]
    (batch,) = row_batches(records, max_rows=1000)
    assert batch.records == 10 and batch.size == 10 * (2 + 8)
    assert len(batch.unique("venues")) == 1 and len(batch.unique("authors")) == 4


def test_a_record_without_rows_still_counts() -> None:
    (batch,) = row_batches([VenueRecord("test", "v", "  ")], max_rows=10)
    assert (batch.records, batch.size) == (1, 0)
    assert list(row_batches([], max_rows=10)) == []
    with pytest.raises(ValueError, match="at least 1"):
        list(row_batches([], max_rows=0))


def test_coauthor_batches_are_bounded_by_coauthor_rows() -> None:
    stale = [("a", 40), ("b", 50), ("c", 20), ("d", 500), ("e", 0), ("f", 99)]
    weight = dict(stale)
    batches = list(weighted_batches(weight, weight, budget=100))
    assert batches == [["a", "b"], ["c"], ["d"], ["e", "f"]]
    assert all(sum(weight[k] for k in b) <= 100 or len(b) == 1 for b in batches)
