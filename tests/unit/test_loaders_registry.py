"""loaders: the format registry, sniffing, gzip and the errors for unreadable input."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from graph.errors import InputError
from loaders import FORMATS, detect_format, read_records
from loaders.records import PaperRecord
from tests.paths import data_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_every_format_module_follows_the_convention() -> None:
    assert list(FORMATS) == ["arrow", "dblp-xml", "aminer", "bibtex", "openalex", "jsonl"]
    for name, module in FORMATS.items():
        assert name == module.FORMAT
        assert callable(module.sniff) and callable(module.read)


@pytest.mark.parametrize(
    ("parts", "fmt"),
    [
        (("arrow", "han-cai.txt"), "arrow"),
        (("dblp-xml", "sample-records.xml"), "dblp-xml"),
        (("aminer-dev", "Shu_lin.xml"), "aminer"),
        (("dblp-bib", "Zhang_0005_Jun.bib"), "bibtex"),
    ],
)
def test_detect_format_on_the_sample_data(parts: tuple[str, ...], fmt: str) -> None:
    assert detect_format(data_path(*parts)) == fmt


def test_detect_format_on_json_lines(tmp_path: Path) -> None:
    assert detect_format(FIXTURES / "openalex-works.jsonl") == "openalex"
    papers = tmp_path / "papers.txt"
    papers.write_text('{"id": "p1", "title": "T", "authors": [{"name": "Han Cai"}]}\n')
    assert detect_format(papers) == "jsonl"


def test_unknown_format_names_the_file_and_the_known_formats(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n")
    with pytest.raises(InputError) as error:
        detect_format(path)
    assert str(path) in str(error.value)
    assert all(name in str(error.value) for name in FORMATS)


def test_an_unknown_format_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.bib"
    path.write_text("")
    with pytest.raises(InputError, match="unknown format 'ris'"):
        list(read_records(path, "ris"))


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot open"):
        list(read_records(tmp_path / "absent.bib"))


def test_gzip_is_read_transparently(tmp_path: Path) -> None:
    source = data_path("dblp-xml", "sample-persons.xml")
    packed = tmp_path / "dblp.xml.gz"
    packed.write_bytes(gzip.compress(source.read_bytes()))
    assert detect_format(packed) == "dblp-xml"
    assert list(read_records(packed)) == list(read_records(source))


def test_gzip_works_for_line_formats_too(tmp_path: Path) -> None:
    packed = tmp_path / "works.jsonl.gz"
    packed.write_bytes(gzip.compress((FIXTURES / "openalex-works.jsonl").read_bytes()))
    assert len([r for r in read_records(packed) if isinstance(r, PaperRecord)]) == 3


def test_a_truncated_gzip_says_to_download_again(tmp_path: Path) -> None:
    data = gzip.compress(data_path("dblp-xml", "sample-records.xml").read_bytes())
    cut = tmp_path / "dblp.xml.gz"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError) as error:
        list(read_records(cut, "dblp-xml"))
    message = str(error.value)
    assert str(cut) in message and "truncated" in message and "Download" in message


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "papers.jsonl"
    path.write_bytes(
        b'{"id": "p1", "title": "T", "authors": [{"name": "A B"}]}\n'
        b'{"id": "p2", "title": "Caf\xe9", "authors": [{"name": "A B"}]}\n'
    )
    with pytest.raises(InputError) as error:
        list(read_records(path))
    assert error.value.line == 2 and "UTF-8" in str(error.value)
