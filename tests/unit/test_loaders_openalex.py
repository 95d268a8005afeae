"""loaders.openalex: OpenAlex work records (fixture written from the documented schema)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from loaders import openalex, read_records
from loaders.records import PaperRecord

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "openalex-works.jsonl"


@pytest.fixture(scope="module")
def works() -> list[PaperRecord]:
    return list(openalex.read(FIXTURE))


def test_ids_titles_years_venues(works: list[PaperRecord]) -> None:
    assert [(w.source, w.source_id, w.year) for w in works] == [
        ("openalex", "W4390000001", 2024),
        ("openalex", "W2100000002", 2019),
        ("openalex", "W3000000003", 2021),
    ]
    assert works[0].title == "Efficient Sparse Attention for Long-Context Language Models"
    assert works[0].venue == "International Conference on Learning Representations"
    assert works[1].venue is None
    assert works[2].venue == "Lecture Notes in Computer Science"  # older "host_venue"
    assert [w.kind for w in works] == ["article", "article", "book-chapter"]


def test_dois_and_orcids_are_bare(works: list[PaperRecord]) -> None:
    assert [w.doi for w in works] == ["10.5555/fixture.2024.001", None, "10.5555/FIXTURE.2021.77"]
    assert works[0].authors[0].orcid == "0000-0002-1825-0097"


def test_authorships(works: list[PaperRecord]) -> None:
    first = works[0]
    assert [(a.name, a.position) for a in first.authors] == [
        ("Han Cai", 1),
        ("J. Müller", 2),
        ("Song Han", 3),
    ]
    assert first.authors[0].affiliation == "MIT EECS, Cambridge, MA, USA"
    assert first.authors[1].affiliation == "Technical University of Munich"
    assert first.authors[2].affiliation is None
    second = works[1]
    assert [a.name for a in second.authors] == ["Zhang, Weinan", "Yong Yu"]  # raw name first
    assert works[2].authors[0].affiliation == "Northern Arizona University; University of Orléans"


def test_keywords_fall_back_to_concepts(works: list[PaperRecord]) -> None:
    assert works[0].keywords == ("Sparse Attention", "Language Model")
    assert works[1].keywords == ("Reinforcement learning", "Recommender system")


def test_abstract_rebuilt_from_the_inverted_index(works: list[PaperRecord]) -> None:
    assert works[0].abstract == "We make attention sparse so that long attention scales."
    assert works[1].abstract is None
    assert openalex.abstract_text({"b": [1], "a": [0, 2]}) == "a b a"


def test_a_work_without_title_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "works.jsonl"
    path.write_text('{"id": "https://openalex.org/W9", "authorships": []}\n', encoding="utf-8")
    (work,) = openalex.read(path)
    assert (work.source_id, work.title) == ("W9", None)


def test_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "works.jsonl"
    path.write_text(
        FIXTURE.read_text(encoding="utf-8") + '{"display_name": "No id"}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as error:
        list(read_records(path, "openalex"))
    assert error.value.line == 4 and '"id"' in str(error.value)
    path.write_text("{not json\n")
    with pytest.raises(InputError, match="not valid JSON"):
        list(read_records(path, "openalex"))
