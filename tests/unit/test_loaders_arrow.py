"""loaders.arrow: the Han Cai author-name-cluster page."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from graph.names import base_key
from loaders import arrow, read_records
from loaders.records import BadRecord, PaperRecord
from tests.paths import data_path


@pytest.fixture(scope="module")
def papers() -> list[PaperRecord]:
    return list(arrow.read(data_path("arrow", "han-cai.txt")))


def by_title(papers: list[PaperRecord], start: str) -> PaperRecord:
    return next(p for p in papers if p.title.startswith(start))


def test_every_paper_block_is_read(papers: list[PaperRecord]) -> None:
    # The header announces 19 papers; the saved page holds 18 paper blocks.
    assert len(papers) == 18
    assert len({p.source_id for p in papers}) == 18


def test_each_paper_has_exactly_one_han_cai(papers: list[PaperRecord]) -> None:
    for paper in papers:
        assert [a.name for a in paper.authors if base_key(a.name) == "han cai"] == ["Han Cai"]


def test_venue_lines(papers: list[PaperRecord]) -> None:
    coat = papers[0]
    assert (coat.venue, coat.year, coat.kind) == ("ICLR", 2025, "Conference Paper")
    magent = by_title(papers, "MAgent")
    assert (magent.venue, magent.year, magent.kind) == ("AAAI", 2018, "System Paper")
    assert {p.venue for p in papers} == {"ICLR", "NeurIPS", "ICML", "AAAI"}


def test_authors_keep_positions_and_dblp_suffixes(papers: list[PaperRecord]) -> None:
    coat = papers[0]
    assert coat.title.startswith("COAT: Compressing Optimizer states")
    assert [(a.name, a.position) for a in coat.authors][-1] == ("Song Han 0003", 7)
    assert coat.authors[1].name == "Han Cai" and coat.authors[1].position == 2
    assert not coat.authors_cut
    assert coat.abstract is not None and coat.abstract.startswith("FP8 training has emerged")


def test_a_cut_list_without_han_cai_gets_a_slot_without_position(papers: list[PaperRecord]) -> None:
    sana15 = by_title(papers, "SANA 1. 5")
    assert sana15.authors_cut
    assert len(sana15.authors) == 9
    assert sana15.authors[-1].name == "Han Cai" and sana15.authors[-1].position is None
    assert sum(p.authors_cut for p in papers) == 7
    assert by_title(papers, "HART").authors[7].position == 8


def test_source_id_is_derived_from_year_and_title(papers: list[PaperRecord]) -> None:
    path_level = by_title(papers, "Path-Level")
    assert path_level.source == "arrow"
    assert path_level.source_id == (
        "2018/pathlevel-network-transformation-for-efficient-architecture-search"
    )


def test_a_page_without_the_header_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("ICLR Conference 2025 Conference Paper\n\nTitle\n\n  • Han Cai\n")
    with pytest.raises(InputError, match="Author name cluster"):
        list(read_records(path, "arrow"))


def test_a_venue_line_without_title_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Author name cluster\n\nHan Cai\n\nICLR Conference 2025 Conference Paper\n\n  • Han Cai\n"
    )
    with pytest.raises(InputError) as error:
        list(read_records(path, "arrow"))
    assert error.value.line == 5


def test_reading_goes_on_after_a_bad_paper_block(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Author name cluster\n\nHan Cai\n\nICLR Conference 2025 Conference Paper\n\n"
        "  • Han Cai\n\nICLR Conference 2024 Conference Paper\n\nA Title\n\n  • Han Cai\n"
    )
    bad, good = arrow.read(path)
    assert isinstance(bad, BadRecord) and bad.line == 5
    assert isinstance(good, PaperRecord) and good.title == "A Title"
