"""loaders.aminer: the 54 benchmark files, most of them not well-formed XML."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from graph.errors import InputError
from loaders import aminer, read_records
from loaders.records import AuthorSlot, BadRecord, PaperRecord, RecordWarning
from tests.paths import data_path


@pytest.fixture(scope="module")
def papers() -> list[PaperRecord]:
    folder = data_path("aminer-dev")
    return [p for path in sorted(folder.glob("*.xml")) for p in aminer.read(path)]


def labelled(paper: PaperRecord) -> list[AuthorSlot]:
    return [a for a in paper.authors if a.truth is not None]


def write(tmp_path: Path, publications: str, full_name: str = "Shu Lin") -> Path:
    path = tmp_path / "Shu_lin.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<person>\n'
        f"\t<FullName>{full_name}</FullName>\n{publications}</person>\n"
    )
    return path


def test_totals(papers: list[PaperRecord]) -> None:
    assert len(list(data_path("aminer-dev").glob("*.xml"))) == 54
    assert len(papers) == 3744
    assert len({p.source_id for p in papers}) == 3710
    assert sum(len(labelled(p)) for p in papers) == 3744


def test_every_publication_labels_exactly_one_slot(papers: list[PaperRecord]) -> None:
    assert {len(labelled(p)) for p in papers} == {1}


def test_34_papers_appear_under_two_names(papers: list[PaperRecord]) -> None:
    twice = [i for i, n in Counter(p.source_id for p in papers).items() if n == 2]
    assert len(twice) == 34


def test_labels_are_per_file(papers: list[PaperRecord]) -> None:
    truths = {a.truth for p in papers for a in labelled(p)}
    assert {"Feng_Liu#2", "Hao_Wang#2", "Shu_lin#2"} <= truths
    assert len({t.split("#")[0] for t in truths}) == 54


def test_a_real_publication(papers: list[PaperRecord]) -> None:
    paper = next(p for p in papers if p.source_id == "16653")
    assert paper.source == "aminer" and paper.year == 2003 and paper.venue == "AAECC"
    assert [a.name for a in paper.authors] == [
        "Ivana Djurdjevic",
        "Jun Xu",
        "Khaled A. S. Abdel-Ghaffar",
        "Shu Lin",
    ]
    person = paper.authors[3]
    assert (person.position, person.truth) == (4, "Shu_lin#2")
    assert person.affiliation == (
        "Dept. of Electr. & Comput. Eng., Univ. of California, Davis, CA, USA"
    )
    assert all(a.affiliation is None for a in paper.authors[:3])


def test_raw_ampersands_html_entities_and_spacing_accents(papers: list[PaperRecord]) -> None:
    titles = {p.title for p in papers}
    assert "The termination criterion for subdivision of the rational Bézier curves" in titles
    assert "Reflections on Kurt Gödel" in titles
    names = {a.name for p in papers for a in p.authors}
    assert {"Jiří Matoušek", "János Pach"} <= names
    affiliations = {a.affiliation for p in papers for a in labelled(p)}
    assert "Inst. of Comput. Theor. & Technol., Xidian Univ., Xi'an" in affiliations


def test_the_person_is_found_under_name_variants(papers: list[PaperRecord]) -> None:
    names = {a.name for p in papers for a in labelled(p)}
    assert {"J. Gray", "K. Chen", "Hong (Iris) Xie", "Xingbin Zhang", "Paul S. Wang"} <= names


def test_null_fields_become_none(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "<publication><title>A & B</title><year>0</year>"
        "<authors>Lin Shu,Shu Lin</authors><jconf>null</jconf><id>7</id>"
        "<label>1</label><organization>null</organization></publication>\n",
    )
    (paper,) = aminer.read(path)
    assert (paper.title, paper.year, paper.venue) == ("A & B", None, None)
    assert paper.authors[1].truth == "Shu_lin#1" and paper.authors[1].affiliation is None


def test_a_publication_without_title_is_valid(tmp_path: Path) -> None:
    path = write(tmp_path, "<publication><authors>Shu Lin</authors><id>7</id></publication>\n")
    (paper,) = aminer.read(path)
    assert (paper.source_id, paper.title) == ("7", None)


def test_no_matching_author_names_the_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "<publication>\n<title>T</title><authors>Jun Xu</authors><id>7</id>"
        "<label>1</label></publication>\n",
    )
    with pytest.raises(InputError) as error:
        list(read_records(path, "aminer"))
    assert error.value.line == 4 and "Shu Lin" in str(error.value)


def test_broken_tags_name_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "<publication>\n<title>T</titel>\n</publication>\n")
    with pytest.raises(InputError) as error:
        list(read_records(path, "aminer"))
    assert error.value.line == 5


def test_person_index() -> None:
    assert aminer.person_index(["Jim Gray", "J. Gray"], "Jim Gray") == 0
    assert aminer.person_index(["A B", "J. Gray"], "Jim Gray") == 1
    assert aminer.person_index(["Lin Shu"], "Shu Lin") == 0
    assert aminer.person_index(["J. Gray", "J. Gray"], "Jim Gray") is None


def test_a_misspelt_person_takes_the_one_close_name_with_a_warning(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "<publication><title>T</title><authors>Simon Huan, Wei Wang</authors><id>7</id>"
        "<label>3</label><organization>Caltech</organization></publication>\n",
        full_name="S. Huang",
    )
    warning, paper = aminer.read(path)
    assert isinstance(warning, RecordWarning) and warning.line == 4
    assert str(warning) == (
        f"{path}, line 4: publication 7 names no author 'S. Huang'; took 'Simon Huan', "
        "the one close name (same initial, family name 1 edit away)"
    )
    assert isinstance(paper, PaperRecord)
    assert paper.authors[0] == AuthorSlot("Simon Huan", 1, affiliation="Caltech", truth="Shu_lin#3")
    assert paper.authors[1].truth is None


def test_no_close_name_or_several_make_a_bad_record(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "<publication><title>T</title><authors>Simon Huan, Sara Hung</authors><id>7</id>"
        "</publication>\n<publication><title>U</title><authors>Ann Huang</authors><id>8</id>"
        "</publication>\n",
        full_name="S. Huang",
    )
    several, none = aminer.read(path)
    assert isinstance(several, BadRecord) and several.line == 4
    assert "close: 'Simon Huan', 'Sara Hung'" in several.problem
    assert isinstance(none, BadRecord) and none.line == 5
    assert none.problem == "no author of publication 8 matches 'S. Huang'"


def test_close_names() -> None:
    assert aminer.close_names(["Simon Huan", "Wei Wang"], "S. Huang") == [(0, 1)]
    assert aminer.close_names(["Huan Simon"], "S. Huang") == [(0, 1)]  # family name first
    assert aminer.close_names(["Tom Huan"], "S. Huang") == []  # another initial
    assert aminer.close_names(["Simon Hu"], "S. Huang") == []  # three edits away
    assert aminer.close_names(["J. Schmidhubr"], "Juergen Schmidhuber") == [(0, 1)]
    assert aminer.edit_distance("kitten", "sitting") == 3
    assert aminer.edit_distance("", "abc") == 3 and aminer.edit_distance("abc", "abc") == 0
