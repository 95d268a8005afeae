"""loaders.bibtex: DBLP's BibTeX exports for ten people named Jun Zhang, and the parser's edges."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from graph.errors import InputError
from loaders import bibtex, read_records
from loaders.records import BadRecord, PaperRecord, Record, VenueRecord
from tests.paths import data_path


@pytest.fixture(scope="module")
def records() -> list[Record]:
    folder = data_path("dblp-bib")
    return [r for path in sorted(folder.glob("*.bib")) for r in bibtex.read(path)]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "refs.bib"
    path.write_text(text, encoding="utf-8")
    return path


def test_counts(records: list[Record]) -> None:
    papers = [r for r in records if isinstance(r, PaperRecord)]
    venues = [r for r in records if isinstance(r, VenueRecord)]
    assert (len(papers), len(venues)) == (673, 235)
    assert sum(len(p.authors) for p in papers) == 2650
    # The other two are @book crossref targets with editors only.
    assert sum(1 for p in papers if p.authors) == 671


def test_every_truth_paper_appears_once_with_jun_zhang(records: list[Record]) -> None:
    truth = [
        json.loads(line)["paper"]
        for line in data_path("dblp-bib", "truth.jsonl").read_text().splitlines()
        if line.strip()
    ]
    with_jun = Counter(
        r.source_id
        for r in records
        if isinstance(r, PaperRecord) and any(a.name == "Jun Zhang" for a in r.authors)
    )
    assert len(truth) == 671
    assert set(with_jun) == set(truth)
    assert set(with_jun.values()) == {1}


def test_a_dblp_paper(records: list[Record]) -> None:
    paper = next(r for r in records if r.source_id == "DBLP:conf/ercimdl/VuongLSCCGTZ07")
    assert paper.source == "dblp" and paper.kind == "inproceedings" and paper.year == 2007
    assert [a.name for a in paper.authors][:2] == ["Ba-Quy Vuong", "Ee-Peng Lim"]
    assert paper.authors[-1].name == "Jun Zhang" and paper.authors[-1].position == 8
    assert paper.title == (
        "Key Element-Context Model: An Approach to Efficient Web Metadata Maintenance"
    )
    assert paper.venue.startswith("Research and Advanced Technology for Digital Libraries, 11th")
    assert paper.doi == "10.1007/978-3-540-74851-9_6"


def test_proceedings_are_venues(records: list[Record]) -> None:
    venue = next(r for r in records if r.source_id == "DBLP:conf/ercimdl/2007")
    assert isinstance(venue, VenueRecord) and venue.year == 2007
    assert venue.name.endswith("ECDL 2007, Budapest, Hungary, September 16-21, 2007, Proceedings")


def test_latex_accents_in_the_sample_data(records: list[Record]) -> None:
    titles = {r.title for r in records}
    assert (
        "Learning accurate and concise naïve Bayes classifiers from attribute value "
        "taxonomies and data"
    ) in titles
    venues = {r.venue for r in records if isinstance(r, PaperRecord)}
    assert any("San Sebastián" in v for v in venues if v)
    assert any("Tübingen" in v for v in venues if v)


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        ('J{\\"{u}}rgen', "Jürgen"),
        ('{\\"u}ber', "über"),
        ('\\"{U}mit V. {\\c{C}}ataly{\\"{u}}rek', "Ümit V. Çatalyürek"),
        ("Jos\\'e", "José"),
        ("Virg{\\'{\\i}}lio", "Virgílio"),
        ("S{\\o}lvberg", "Sølvberg"),
        ("Stra{\\ss}e", "Straße"),
        ('{\\AA}ngstr{\\"o}m', "Ångström"),
        ("{\\aa}", "å"),
        ("Vojt{\\v{e}}ch {\\v S}varc", "Vojtěch Švarc"),
        ("Ba{-}Quy", "Ba-Quy"),
        ("{ECDL} 2007", "ECDL 2007"),
        ("Computers {\\&} Mathematics", "Computers & Mathematics"),
        ("H{\\(\\infty\\)} control", "H∞ control"),
        ("pages 63--74", "pages 63–74"),
        ("10.1007/978-3-540-74851-9\\_6", "10.1007/978-3-540-74851-9_6"),
        ("spans\n               lines", "spans lines"),
    ],
)
def test_latex_to_text(latex: str, text: str) -> None:
    assert bibtex.latex_to_text(latex) == text


def test_dois_keep_their_dashes() -> None:
    assert bibtex.latex_to_text("10.1000/a--b", dashes=False) == "10.1000/a--b"


def test_authors_split_on_and_outside_braces() -> None:
    raw = "Ba{-}Quy Vuong and\n   Ee{-}Peng Lim and {Barnes and Noble} and Zhang, Jun"
    assert bibtex.split_names(raw) == [
        "Ba{-}Quy Vuong",
        "Ee{-}Peng Lim",
        "{Barnes and Noble}",
        "Zhang, Jun",
    ]


def test_a_small_file_with_every_value_form(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
@string{tods = "ACM Trans. Database Syst."}
@comment{ignored {entirely}}
@article{mykey,
  author = "M{\\"u}ller, J{\\"o}rg and Zhang, Jun and others",
  title = {The {BibTeX} {\\emph{Way}}},
  journal = tods # ", special issue",
  year = 2004,
  month = jun,
  keywords = {names; parsing},
}
@inproceedings{DBLP:conf/x/Y20, author = {A B}, title = {T}, crossref = {DBLP:conf/x/2020}}
@proceedings{DBLP:conf/x/2020, title = {Proceedings of X 2020}, year = {2020}}
""",
    )
    article, inproc, venue = bibtex.read(path)
    assert article.source == "bibtex" and article.source_id == "mykey"
    assert [a.name for a in article.authors] == ["Müller, Jörg", "Zhang, Jun"]
    assert article.authors_cut
    assert article.title == "The BibTeX Way" and article.year == 2004
    assert article.venue == "ACM Trans. Database Syst., special issue"
    assert article.keywords == ("names", "parsing")
    assert inproc.source == "dblp" and inproc.venue == "Proceedings of X 2020"
    assert venue == VenueRecord(
        source="dblp",
        source_id="DBLP:conf/x/2020",
        name="Proceedings of X 2020",
        title="Proceedings of X 2020",
        year=2020,
    )


def test_an_unclosed_brace_names_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "@article{a,\n  author = {A B},\n  title = {Unclosed {brace},\n"
        "  year = {2001}\n}\n\n@article{b,\n  title = {Fine},\n}\n",
    )
    with pytest.raises(InputError) as error:
        list(read_records(path, "bibtex"))
    assert error.value.line == 3
    assert str(path) in str(error.value) and "unclosed brace" in str(error.value)


def test_a_brace_that_never_closes_names_the_value_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "@article{a,\n  title = {T},\n  author = {A {B and C D},\n}\n"
        "@article{b,\n  title = {U},\n}\n",
    )
    with pytest.raises(InputError) as error:
        list(read_records(path, "bibtex"))
    assert error.value.line == 3 and "unclosed brace" in str(error.value)


def test_an_unclosed_entry_at_the_end_of_file(tmp_path: Path) -> None:
    path = write(tmp_path, "@article{a,\n  title = {T},\n")
    with pytest.raises(InputError, match="not closed"):
        list(read_records(path, "bibtex"))


def test_a_missing_equals_sign_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "@article{a,\n  title = {T},\n  year 2001\n}\n")
    with pytest.raises(InputError) as error:
        list(read_records(path, "bibtex"))
    assert error.value.line == 3 and "expected '='" in str(error.value)


def test_a_paper_without_title_is_valid(tmp_path: Path) -> None:
    path = write(tmp_path, "\n@misc{untitled,\n  author = {A B},\n}\n")
    (paper,) = bibtex.read(path)
    assert paper.source_id == "untitled" and paper.title is None


def test_reading_goes_on_after_a_malformed_entry(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "@article{a,\n  author = {A B},\n  title = {Unclosed {brace},\n}\n"
        "@article{b,\n  title = {Fine},\n}\n@article{c,\n  year 2001\n}\n"
        "@article{d,\n  title = {Also fine},\n}\n",
    )
    a, b, c, d = bibtex.read(path)
    assert isinstance(a, BadRecord) and a.line == 3 and "unclosed brace" in a.problem
    assert isinstance(c, BadRecord) and c.line == 9 and "expected '='" in c.problem
    assert [(r.source_id, r.title) for r in (b, d) if isinstance(r, PaperRecord)] == [
        ("b", "Fine"),
        ("d", "Also fine"),
    ]
