"""loaders.dblp_xml: the dblp.xml excerpts, entities, record types and constant-memory streaming."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from graph.errors import InputError
from loaders import dblp_xml, read_records
from loaders.records import BadRecord, PaperRecord, PersonRecord, Record, VenueRecord
from tests.paths import data_path

HEADER = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n'


def read_sample(name: str) -> list[Record]:
    return list(dblp_xml.read(data_path("dblp-xml", name)))


def by_id(records: list[Record], source_id: str) -> Record:
    return next(r for r in records if r.source_id == source_id)


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "dblp.xml"
    path.write_bytes((header + body + "</dblp>\n").encode("iso-8859-1"))
    return path


def test_sample_counts() -> None:
    records = read_sample("sample-records.xml") + read_sample("sample-persons.xml")
    papers = [r for r in records if isinstance(r, PaperRecord)]
    persons = [r for r in records if isinstance(r, PersonRecord)]
    assert (len(papers), len(persons)) == (146, 8)
    assert sum(len(p.authors) for p in papers) == 109


def test_entities_become_unicode() -> None:
    records = read_sample("sample-records.xml")
    assert by_id(records, "reference/vision/Beyerer14").authors[0].name == "Jürgen Beyerer"
    assert by_id(records, "reference/vision/Chaumette14").authors[0].name == "François Chaumette"
    persons = read_sample("sample-persons.xml")
    schonhage = by_id(persons, "journals/acta/Schonhage77")
    assert schonhage.authors[0].name == "Arnold Schönhage"
    assert schonhage.title == (
        "Schnelle Multiplikation von Polynomen über Körpern der Charakteristik 2."
    )
    assert by_id(persons, "tr/gte/TR-0146-06-91-165").authors[1].name == "M. Tamer Özsu"


def test_paper_fields() -> None:
    pont = by_id(read_sample("sample-records.xml"), "reference/vision/Pont14b")
    assert pont == PaperRecord(
        source="dblp",
        source_id="reference/vision/Pont14b",
        title="Surface Roughness.",
        authors=pont.authors,
        year=2014,
        venue="Computer Vision, A Reference Guide",
        doi="10.1007/978-0-387-31439-6_539",
        kind="incollection",
    )
    assert (pont.authors[0].name, pont.authors[0].position) == ("Sylvia C. Pont", 1)
    assert pont.authors[0].orcid == "0000-0002-9834-9600"


def test_odd_real_records() -> None:
    persons = read_sample("sample-persons.xml")
    assert by_id(persons, "journals/acta/Schonhage77").year is None  # <year>" "</year>
    handbook = by_id(persons, "reference/assisted/2012")
    assert handbook.authors == ()  # editors are not authors
    assert handbook.title.startswith("Handbook of Ambient Assisted Living - Technology")
    assert by_id(read_sample("sample-records.xml"), "reference/vision/X14bd").authors == ()


def test_person_records() -> None:
    persons = read_sample("sample-persons.xml")
    liskov = by_id(persons, "homepages/l/BarbaraLiskov")
    assert liskov.names == ("Barbara Liskov", "Barbara H. Liskov")
    assert liskov.affiliations == ("Massachusetts Institute of Technology",)
    hua = by_id(persons, "homepages/l/HuaLu")
    assert hua.names == ("Hua Lu 0001",) and hua.orcid == "0000-0003-1199-6678"
    assert len(hua.affiliations) == 3
    li = by_id(persons, "homepages/l/GuoqiangLi7")
    assert li.affiliations == ("Norwegian University of Science and Technology, Gjøvik, Norway",)
    assert by_id(persons, "homepages/l/FredericLoulergue").names == ("Frédéric Loulergue",)


def test_every_record_type_and_inline_markup(tmp_path: Path) -> None:
    body = "".join(
        f'<{tag} key="k/{tag}"><author>A B</author><title>T<sub>2</sub> <i>x</i></title>'
        f"<year>2001</year><booktitle>BT</booktitle></{tag}>\n"
        for tag in (
            "article",
            "inproceedings",
            "incollection",
            "book",
            "phdthesis",
            "mastersthesis",
            "data",
        )
    )
    body += '<proceedings key="conf/x/2001"><title>Proc. X</title><booktitle>X</booktitle>'
    body += "<year>2001</year></proceedings>\n"
    body += '<www key="homepages/z/Z" publtype="disambiguation"><author>Jun Zhang</author></www>\n'
    body += '<www key="www/org/w3/TR/x"><author>W C</author><title>W3C X</title></www>\n'
    body += '<article key="journals/x/Untitled"><author>U T</author><year>2001</year></article>\n'
    body += (
        '<www key="homepages/o/O"><author orcid="0000-0001-2345-6789">O P</author>'
        '<note type="affiliation">U &amp; V</note></www>\n'
    )
    records = list(dblp_xml.read(write(tmp_path, body)))
    papers = [r for r in records if isinstance(r, PaperRecord)]
    assert [p.kind for p in papers] == [
        "article",
        "inproceedings",
        "incollection",
        "book",
        "phdthesis",
        "mastersthesis",
        "data",
        "www",
        "article",
    ]
    assert {p.title for p in papers[:-2]} == {"T2 x"}
    assert papers[-1].title is None
    assert [r for r in records if isinstance(r, VenueRecord)] == [
        VenueRecord(source="dblp", source_id="conf/x/2001", name="X", title="Proc. X", year=2001)
    ]
    assert [r for r in records if isinstance(r, PersonRecord)] == [
        PersonRecord(
            source="dblp",
            source_id="homepages/o/O",
            names=("O P",),
            orcid="0000-0001-2345-6789",
            affiliations=("U & V",),
        )
    ]


def test_entities_resolve_without_the_dtd_or_a_doctype(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '<article key="a"><author>Jos&eacute; M&oslash;ller</author><title>T</title></article>',
        header="<dblp>\n",
    )
    assert next(dblp_xml.read(path)).authors[0].name == "José Møller"


def test_an_unknown_entity_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, '<article key="a">\n<title>&nosuchthing;</title></article>\n')
    with pytest.raises(InputError) as error:
        list(read_records(path, "dblp-xml"))
    assert error.value.line == 5 and "&nosuchthing;" in str(error.value)


def test_malformed_xml_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, '<article key="a">\n<title>T</title>\n<author>A</title>\n</article>\n')
    with pytest.raises(InputError) as error:
        list(read_records(path, "dblp-xml"))
    assert error.value.line == 6 and str(path) in str(error.value)


def test_a_record_without_key_names_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '<article key="a"><title>T</title></article>\n<article><title>U</title></article>\n',
    )
    with pytest.raises(InputError) as error:
        list(read_records(path, "dblp-xml"))
    assert error.value.line == 5


def write_synthetic(path: Path, count: int) -> None:
    record = (
        '<article key="journals/x/R{0}"><author>J&uuml;rgen M&uuml;ller {0}</author>'
        "<title>Record <i>{0}</i>.</title><year>2020</year></article>\n"
    )
    with path.open("w", encoding="iso-8859-1") as out:
        out.write(HEADER)
        out.writelines(record.format(i) for i in range(count))
        out.write("</dblp>\n")


def peak_memory(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in dblp_xml.read(path))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_streaming_memory_does_not_grow_with_the_record_count(tmp_path: Path) -> None:
    # 10x more records must not mean more memory. Measured: about 0.6 MB for 2k, 20k and 200k
    # records alike, while ElementTree.parse needs 23 MB for the 20k file (2.8 MB of XML).
    small, large = tmp_path / "small.xml", tmp_path / "large.xml"
    write_synthetic(small, 2_000)
    write_synthetic(large, 20_000)
    small_count, small_peak = peak_memory(small)
    large_count, large_peak = peak_memory(large)
    assert (small_count, large_count) == (2_000, 20_000)
    assert large_peak < 2_000_000
    assert large_peak < small_peak * 1.5 + 200_000


def test_reading_goes_on_after_a_bad_record(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '<article key="a"><title>&nosuchthing;</title></article>\n'
        "<article><title>U</title></article>\n"
        '<article key="c"><title>V</title></article>\n',
    )
    entity, keyless, good = dblp_xml.read(path)
    assert isinstance(entity, BadRecord) and "&nosuchthing;" in entity.problem
    assert isinstance(keyless, BadRecord) and keyless.line == 5 and "no key" in keyless.problem
    assert isinstance(good, PaperRecord) and good.source_id == "c"
