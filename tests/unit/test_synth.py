"""bench.synth: the seeded DBLP-like corpus generator (small sizes, no database)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from bench import synth
from graph.evaluation.truth import read_truth
from graph.names import normalize
from loaders import jsonl

PAPERS = 3000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("synth")
    stats = synth.write_corpus(out, PAPERS, seed=11)
    papers = [json.loads(line) for line in (out / "corpus.jsonl").read_text("utf-8").splitlines()]
    truth = [json.loads(line) for line in (out / "truth.jsonl").read_text("utf-8").splitlines()]
    return {"dir": out, "stats": stats, "papers": papers, "truth": truth}


def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path: Path) -> None:
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        synth.write_corpus(tmp_path / name, 400, seed)
    for file in ("corpus.jsonl", "truth.jsonl", "stats.json"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes()
    assert (tmp_path / "a" / "corpus.jsonl").read_bytes() != (
        tmp_path / "c" / "corpus.jsonl"
    ).read_bytes()


def test_generate_yields_the_papers_that_write_corpus_writes(corpus: dict[str, Any]) -> None:
    assert list(synth.generate(PAPERS, seed=11)) == corpus["papers"]


def test_every_line_loads_with_the_jsonl_loader(corpus: dict[str, Any]) -> None:
    records = list(jsonl.read(corpus["dir"] / "corpus.jsonl"))
    assert len(records) == PAPERS == corpus["stats"]["papers"]
    assert len({r.source_id for r in records}) == PAPERS
    for paper in corpus["papers"]:
        assert set(paper) == {
            "id",
            "title",
            "year",
            "venue",
            "doi",
            "authors",
            "keywords",
            "abstract",
        }
        assert paper["doi"] is None and paper["title"] and paper["venue"]
        assert 1980 <= paper["year"] <= 2024
        for author in paper["authors"]:
            assert set(author) == {"name", "affiliation", "orcid"}


def test_one_truth_label_per_slot_matching_the_corpus(corpus: dict[str, Any]) -> None:
    slots = [(p["id"], a["name"]) for p in corpus["papers"] for a in p["authors"]]
    assert [(t["paper"], t["name"]) for t in corpus["truth"]] == slots
    assert len(slots) == corpus["stats"]["mentions"]
    truth = read_truth(corpus["dir"] / "truth.jsonl")  # raises on two labels for one key
    assert len(truth.labels) == len(slots)  # no two slots of a paper share a name


def test_the_generator_key_is_the_project_normalisation(corpus: dict[str, Any]) -> None:
    names = {a["name"] for p in corpus["papers"] for a in p["authors"]}
    assert all(synth.name_key(n) == normalize(n) for n in names)


def test_everyone_appears_and_heavy_tailed_productivity(corpus: dict[str, Any]) -> None:
    stats = corpus["stats"]
    per_person = Counter(t["person"] for t in corpus["truth"])
    assert len(per_person) == stats["people"] == stats["population"]
    counts = stats["papers_per_person"]
    assert counts["median"] <= 3 and 0.5 <= counts["share_1_to_3"] <= 0.8
    assert counts["max"] >= 20 * counts["median"]


def test_homonym_rate_in_the_intended_range(corpus: dict[str, Any]) -> None:
    stats = corpus["stats"]
    assert 0.07 <= stats["homonym_name_share"] <= 0.13
    assert stats["max_people_per_name"] >= 5
    # the largest groups carry the most common real names, e.g. Chinese ones
    top = [name for name, _ in stats["top_names"][:5]]
    assert any(name.split()[-1] in {"wang", "li", "zhang", "liu", "chen"} for name in top)
    # gold ids are DBLP-like: suffixed exactly when the name is shared
    people_of = defaultdict(set)
    for t in corpus["truth"]:
        head, _, last = t["person"].rpartition(" ")
        people_of[synth.name_key(head if last.isdigit() else t["person"])].add(t["person"])
    suffixed = {p for group in people_of.values() if len(group) > 1 for p in group}
    assert all(p[-4:].isdigit() for p in suffixed)


def test_team_size_tail_and_collaboration_papers(corpus: dict[str, Any]) -> None:
    stats, papers = corpus["stats"], corpus["papers"]
    sizes = [len(p["authors"]) for p in papers]
    assert stats["max_team"] == max(sizes) >= 200
    assert stats["mega_papers"] == sum(s >= 200 for s in sizes) == round(PAPERS * 0.001)
    assert sum(s <= 8 for s in sizes) / len(sizes) >= 0.95
    assert any(9 <= s < 200 for s in sizes)
    assert 3.5 <= stats["mentions_per_paper"] <= 5.0
    mega = next(p for p in papers if len(p["authors"]) >= 200)
    assert mega["year"] >= 2000


def test_name_variants_at_their_rate_with_the_truth_on_the_person(corpus: dict[str, Any]) -> None:
    stats = corpus["stats"]
    assert 0.03 <= stats["variant_share"] <= 0.09
    usual = {}
    for t in corpus["truth"]:
        usual.setdefault(t["person"], Counter())[t["name"]] += 1
    kinds: Counter[str] = Counter()
    for t in corpus["truth"]:
        written, own = t["name"], usual[t["person"]].most_common(1)[0][0]
        if written == own:
            continue
        if written.split()[0].endswith("."):
            kinds["initials"] += 1
        elif written.split() == own.split()[::-1]:
            kinds["reversed"] += 1
        elif written.replace("-", "").lower() == own.replace("-", "").lower():
            kinds["hyphen"] += 1
        elif synth.name_key(written) == synth.name_key(own):
            kinds["accent"] += 1
        elif len(written.split()) < len(own.split()):
            kinds["middle initial dropped"] += 1
    assert {"initials", "reversed", "hyphen", "accent", "middle initial dropped"} <= set(kinds)


def test_orcids_are_few_and_well_formed(corpus: dict[str, Any]) -> None:
    orcids = [a["orcid"] for p in corpus["papers"] for a in p["authors"] if a["orcid"]]
    assert 0.005 <= len(orcids) / corpus["stats"]["mentions"] <= 0.06
    for orcid in set(orcids):
        digits = orcid.replace("-", "")
        total = 0
        for d in digits[:-1]:
            total = (total + int(d)) * 2
        check = (12 - total % 11) % 11
        assert digits[-1] == ("X" if check == 10 else str(check))


def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert synth.main(["--papers", "200", "--seed", "3", "--out", str(tmp_path)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["papers"] == 200
    assert json.loads((tmp_path / "stats.json").read_text())["papers"] == 200
