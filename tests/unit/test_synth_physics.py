"""bench.synth's physics-shaped profile: long collaboration author lists signed by the same
people, small teams beside them, names as "Family, I. J." shared by many (small size, no
database)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path
from statistics import median
from typing import Any

import pytest

from bench import synth
from bench.synth.params import PhysicsParams
from graph.names import base_key, normalize
from loaders import jsonl

PAPERS = 1000
WRITTEN = re.compile(r"^[^,]+, [^\W\d_]\.(?:[ -][^\W\d_]\.)*$")  # "Wang, W.-J.", "Roy, É."


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("physics")
    stats = synth.write_corpus(out, PAPERS, seed=3, profile="physics")
    papers = [json.loads(line) for line in (out / "corpus.jsonl").read_text("utf-8").splitlines()]
    truth = [json.loads(line) for line in (out / "truth.jsonl").read_text("utf-8").splitlines()]
    return {"dir": out, "stats": stats, "papers": papers, "truth": truth}


def test_names_are_family_comma_initials(corpus: dict[str, Any]) -> None:
    names = [a["name"] for p in corpus["papers"] for a in p["authors"]]
    assert all(WRITTEN.match(n) for n in names), [n for n in names if not WRITTEN.match(n)][:5]
    assert any(n.count(".") >= 2 for n in names)  # some with more than one initial


def test_collaborations_write_long_lists_small_teams_the_rest(corpus: dict[str, Any]) -> None:
    sizes = [len(p["authors"]) for p in corpus["papers"]]
    long = [s for s in sizes if s > 100]
    assert 1000 <= max(sizes) <= PhysicsParams().max_authors
    assert len(long) == round(PAPERS * PhysicsParams().collaboration_share)
    assert median(s for s in sizes if s <= 100) <= 6
    assert sum(long) > 0.8 * sum(sizes)  # most slots are on collaboration papers
    stats = corpus["stats"]
    assert stats["papers"] == PAPERS and stats["mentions"] == sum(sizes)
    assert stats["max_team"] == max(sizes) and stats["mega_papers"] == len(long)


def test_the_same_people_sign_the_collaboration_papers(corpus: dict[str, Any]) -> None:
    gold = _gold_by_paper(corpus["truth"])
    big = [gold[p["id"]] for p in corpus["papers"] if len(p["authors"]) > 100]
    pairs = list(pairwise(big))
    overlaps = [len(a & b) / len(a | b) for a, b in pairs]
    assert median(overlaps) > 0.6
    papers_of = Counter(person for signed in big for person in signed)
    assert sum(1 for n in papers_of.values() if n >= len(big) // 2) > 1000


def test_project_teams_sign_together_under_the_coauthor_limit(corpus: dict[str, Any]) -> None:
    gold = _gold_by_paper(corpus["truth"])
    medium = [gold[p["id"]] for p in corpus["papers"] if 20 <= len(p["authors"]) <= 100]
    assert corpus["stats"]["project_papers"] >= 0.8 * round(PAPERS * PhysicsParams().project_share)
    together = Counter(frozenset(pair) for team in medium for pair in _pairs(sorted(team)))
    assert max(together.values()) >= 10  # two people on ten or more of the same team's papers


def test_surname_and_initial_are_shared_by_many(corpus: dict[str, Any]) -> None:
    people_of: dict[str, set[str]] = defaultdict(set)
    for label in corpus["truth"]:
        short = re.sub(r"^([^,]+, [^\W\d_]\.).*$", r"\1", label["name"])
        people_of[normalize(short)].add(label["person"])
    shared = [k for k, people in people_of.items() if len(people) > 1]
    assert max(len(people) for people in people_of.values()) >= 5
    assert len(shared) / len(people_of) > 0.05
    assert corpus["stats"]["homonym_names"] > 0


def test_truth_labels_every_slot_once(corpus: dict[str, Any]) -> None:
    slots = [(p["id"], normalize(a["name"])) for p in corpus["papers"] for a in p["authors"]]
    labels = [(t["paper"], normalize(t["name"])) for t in corpus["truth"]]
    assert slots == labels and len(set(labels)) == len(labels)


def test_the_loader_reads_it(corpus: dict[str, Any]) -> None:
    records = list(jsonl.read(corpus["dir"] / "corpus.jsonl"))
    assert len(records) == PAPERS
    assert all(base_key(a.name) for r in records[:50] for a in r.authors)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    for name in ("a", "b"):
        synth.write_corpus(tmp_path / name, 300, seed=5, profile="physics")
    for file in ("corpus.jsonl", "truth.jsonl", "stats.json"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes()


def test_the_command_line_takes_the_profile(tmp_path: Path) -> None:
    assert synth.main(["--profile", "physics", "--papers", "200", "--out", str(tmp_path)]) == 0
    assert json.loads((tmp_path / "stats.json").read_text("utf-8"))["profile"] == "physics"


def _pairs(team: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(team) for b in team[i + 1 : i + 20]]


def _gold_by_paper(truth: list[dict[str, str]]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for label in truth:
        found[label["paper"]].add(label["person"])
    return found
