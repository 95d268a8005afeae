"""loaders.checks: what a reader accepts but Neo4j (or the bulk CSV) would refuse."""

from __future__ import annotations

from dataclasses import replace

import pytest

from loaders.checks import record_problem, year_from_text
from loaders.records import AuthorSlot, PaperRecord, PersonRecord, VenueRecord

PAPER = PaperRecord("jsonl", "p1", "Title", (AuthorSlot("Ada Lovelace", 1),), year=2001)


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        (replace(PAPER, source_id="x" * 1001), "the id is 1001 characters long"),
        (replace(PAPER, authors=(AuthorSlot("A" * 501, 3),)), "the name of author 3 is 501"),
        (replace(PAPER, venue="v" * 1001), "the venue is 1001"),
        (replace(PAPER, year=12345), "the year 12345 is not between 0 and 9999"),
        (replace(PAPER, title="bad \ud800 text"), "not Unicode text"),
        (replace(PAPER, authors=(AuthorSlot("A", 1, affiliation="\udfff"),)), "not Unicode"),
        (VenueRecord("dblp", "conf/x", "n" * 1001), "the venue's name is 1001"),
        (PersonRecord("dblp", "homepages/x", ("N" * 501,)), "a name is 501"),
        (PersonRecord("dblp", "homepages/x", ("N",), urls=("\ud83d",)), "not Unicode"),
    ],
)
def test_what_cannot_be_written(record: PaperRecord, problem: str) -> None:
    found = record_problem(record)
    assert found is not None and problem in found


def test_ordinary_records_pass() -> None:
    assert record_problem(PAPER) is None
    assert record_problem(replace(PAPER, title=None, year=None, venue="Ünïcode ✓ 🙂")) is None
    assert record_problem(VenueRecord("dblp", "conf/x", "X")) is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2001", 2001),
        ("0", 0),
        ("²", None),
        ("2oo1", None),
        ("99999999999999999999", None),
        (" ", None),
        (None, None),
        ("١٩٩٩", None),
    ],
)
def test_year_from_text(text: str | None, year: int | None) -> None:
    assert year_from_text(text) == year
