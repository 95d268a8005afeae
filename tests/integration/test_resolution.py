"""The resolution on the real managed Neo4j with real GDS, measured against the gold labels.

The figures are printed (run pytest with -s to see them) and asserted at the level reached.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graph import curation
from graph.db import Database
from graph.errors import ResolutionError
from graph.evaluation import evaluate, format_table, read_assignments, read_truth, with_predictions
from graph.evaluation.metrics import macro_average
from graph.evaluation.reader import labelled_mentions
from graph.explain import REASONS_SHOWN, explain_mention
from graph.export import assignment_lines, person_records, write_lines
from graph.resolution import batching, pipeline, resolve
from graph.resolution.model import load_model
from graph.review import WEAK_MARGIN, review_queue
from graph.settings import ServerSettings
from loaders.writer import GraphWriter
from tests.integration.cli_runner import namesake
from tests.paths import REPO, data_path

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def load(db: Database, paths: list[Path]) -> None:
    GraphWriter(db).load_all(paths)


def assignments(db: Database) -> list[str]:
    return sorted(assignment_lines(db))


def test_aminer_dev_against_gold_and_baselines(db: Database, tmp_path: Path) -> None:
    load(db, sorted(data_path("aminer-dev").glob("*.xml")))
    resolve(db)
    result = evaluate(labelled_mentions(db))
    print("\n" + format_table(result))
    blocks = result.resolution.blocks
    halves = {"tune (first 27)": blocks[:27], "held-out (last 27)": blocks[27:]}
    for label, half in halves.items():
        m = macro_average(b.scores for b in half)
        print(
            f"{label}: B3 P {m.b3_precision:.3f} R {m.b3_recall:.3f} F1 {m.b3_f1:.3f} | "
            f"pairwise P {m.pair_precision:.3f} R {m.pair_recall:.3f} F1 {m.pair_f1:.3f}"
        )
    macro = result.resolution.macro
    assert len(blocks) == 54
    assert macro.b3_precision >= 0.95
    # The shipped merge model (trained on aminer-dev among others): measured 0.926 / 0.895 with
    # B3 P 0.961; left out of its training, aminer-dev scores 0.908 (bench_model).
    assert macro.b3_f1 >= 0.92 and macro.pair_f1 >= 0.88
    assert macro.b3_f1 > result.coauthors.macro.b3_f1 + 0.1
    # A mention a merge brought in scores the merge's probability, at least the threshold;
    # explain breaks that merge down into what each feature added to its log-odds.
    merged = db.query("test/merged_scores")[0]
    assert merged["mentions"] > 100 and merged["weakest"] >= load_model().threshold
    one = db.query("test/merged_mention")[0]
    why = explain_mention(db, one["mention"])["merge"]
    assert why is not None and why["same_model"] and len(why["reasons"]) == REASONS_SHOWN
    assert why["probability"] == pytest.approx(one["probability"], abs=1e-3)
    moves = [abs(r["contribution"]) for r in why["reasons"]]
    assert moves == sorted(moves, reverse=True)
    # Low scores mark wrong assignments: 0.924 with the shipped model's probabilities (0.897
    # with the hand-set merge's similarity over its threshold).
    assert result.calibration is not None and result.calibration.auc >= 0.91
    # The review queue: lowest scores first, then the people whose weakest merge is nearest
    # what their name's merges need.
    queue = review_queue(db, limit=40)
    lowest = [row["score"] for row in queue["lowest_scores"]]
    assert len(lowest) == 40 and lowest == sorted(lowest)
    assert lowest[0] < load_model().threshold + WEAK_MARGIN  # a merge that was close
    closeness = [row["weakest"] - row["threshold"] for row in queue["weak_persons"]]
    assert closeness and closeness == sorted(closeness) and closeness[-1] < queue["margin"]

    exported = tmp_path / "assignments.jsonl"  # the export round-trips to the same figures
    with exported.open("w", encoding="utf-8") as out:
        write_lines(assignment_lines(db), out)
    again = evaluate(with_predictions(labelled_mentions(db), read_assignments(exported)))
    assert again.resolution.macro == macro and again.calibration == result.calibration


def test_dblp_bib_jun_zhang_and_coauthors(db: Database, server_settings: ServerSettings) -> None:
    load(db, sorted(data_path("dblp-bib").glob("*.bib")))
    # One name first: Jun Zhang, not resolved yet, is resolved before it, and the coauthors'
    # frequencies are computed for this run too.
    resolve(db, ["Wanlei Zhou"])
    assert [len(p["papers"]) for p in person_records(db, ["Wanlei Zhou"])] == [32]
    assert person_records(db, ["Jun Zhang"])
    resolve(db, full=True)
    truth = read_truth(data_path("dblp-bib", "truth.jsonl"))
    result = evaluate(labelled_mentions(db, truth), truth)
    print("\n" + format_table(result))
    macro = result.resolution.macro
    assert result.mentions == 671
    # Measured 0.980 with the shipped model, which dblp-bib helped train (0.885 when it is
    # left out; coauthor components alone 0.865).
    assert macro.b3_f1 >= 0.95 and macro.b3_precision >= 0.95
    assert macro.b3_f1 > result.coauthors.macro.b3_f1

    # "Jun Zhang" is on 671 of the 673 papers, so two coauthor mentions always share that
    # name. It counts only where the two Jun Zhangs are one person: C. L. Philip Chen (3
    # papers with Jun Zhang 0003) is not Chao Chen (15 with Jun Zhang 0010), though the names
    # are compatible; Wanlei Zhou's 32 papers with Jun Zhang 0010 stay one person.
    chens = [set(p["variants"]) for p in person_records(db, ["Chao Chen"])]
    assert {"Chao Chen"} in chens and {"C. L. Philip Chen"} in chens
    assert [len(p["papers"]) for p in person_records(db, ["Wanlei Zhou"])] == [32]
    check = db.query("test/resolution_invariants")[0]
    assert check["unweighted_evidence"] == 0 and check["mentions"] == check["resolved"]
    explained = namesake(
        server_settings, "explain", "--paper", "DBLP:conf/ccs/LiuZWZ0V18", "--name", "Wanlei Zhou"
    )
    assert explained.exit_code == 0, explained.output
    assert "yang xiang, jun zhang (one person)" in explained.output
    # What a curator runs next: how far to trust the scores, and what to check first.
    scored = namesake(
        server_settings, "evaluate", "--truth", str(data_path("dblp-bib", "truth.jsonl"))
    )
    assert scored.exit_code == 0, scored.output
    assert "0 of 671 assignments are wrong" in scored.output  # so no AUC to give
    queue = namesake(server_settings, "review", "--name", "Jun Zhang", "--limit", "3")
    assert queue.exit_code == 0, queue.output
    assert "above what the merge model needs" in queue.output
    assert f"(needs {load_model().threshold:.2f})" in queue.output


def test_dblp_bib_holds_beside_aminer_dev(db: Database) -> None:
    # Another corpus beside dblp-bib moves the IDF weights and the name statistics: a DBLP
    # venue key is rarer among 4,400 papers than among 673. With the hand-set merge, one pair
    # of Signal Processing papers once joined Jun Zhang 0003's seed of 212 mentions and 0010's
    # of 71 (B3 F1 0.787).
    load(
        db,
        sorted(data_path("dblp-bib").glob("*.bib")) + sorted(data_path("aminer-dev").glob("*.xml")),
    )
    resolve(db)
    truth = read_truth(data_path("dblp-bib", "truth.jsonl"))
    dblp = evaluate(labelled_mentions(db, truth), truth).resolution.macro
    aminer = evaluate(labelled_mentions(db)).resolution.macro
    print(
        f"\nbeside each other: dblp-bib B3 P {dblp.b3_precision:.3f} F1 {dblp.b3_f1:.3f}, "
        f"aminer-dev B3 P {aminer.b3_precision:.3f} F1 {aminer.b3_f1:.3f}"
    )
    # Measured 0.933 (P 0.997) and 0.921 (P 0.956); each alone 0.980 and 0.926.
    assert dblp.b3_f1 >= 0.92 and dblp.b3_precision >= 0.97
    assert aminer.b3_f1 >= 0.91 and aminer.b3_precision >= 0.95


def test_subject_persons_first_whatever_ran_before(db: Database) -> None:
    # dblp-bib's coauthor groups read the Jun Zhang persons (rules/coauthor_person). A run for
    # one name resolves them first, and a correction of them redoes the groups beside it:
    # the outcome is a full run's, whatever ran before.
    load(db, sorted(data_path("dblp-bib").glob("*.bib")))
    resolve(db, ["Chao Chen"])  # before Jun Zhang had persons, C. L. Philip Chen was Chao Chen
    chens = [set(p["variants"]) for p in person_records(db, ["Chao Chen"])]
    assert {"Chao Chen"} in chens and {"C. L. Philip Chen"} in chens
    resolve(db)
    by_steps = assignments(db)
    resolve(db, full=True)
    assert assignments(db) == by_steps

    [record] = person_records(db, ["Wanlei Zhou"])
    papers = sorted(record["papers"])
    person = next(
        p["id"] for p in person_records(db, ["Jun Zhang"]) if set(papers) <= set(p["papers"])
    )
    curation.split(db, person, papers[:16], "tester", "two Jun Zhangs")
    evidence = db.query("test/evidence_by_group")
    wanlei_group = next(r for r in evidence if r["group"] == "wanlei zhou")
    assert wanlei_group["by_person"] < wanlei_group["links"]  # the halves share no Jun Zhang
    after_split = assignments(db)
    resolve(db, full=True)
    assert db.query("test/evidence_by_group") == evidence
    assert assignments(db) == after_split


def test_han_cai_page(db: Database) -> None:
    load(db, [data_path("arrow", "han-cai.txt")])
    resolve(db, ["Han Cai"])
    people = sorted(person_records(db, ["Han Cai"]), key=lambda p: -len(p["papers"]))
    titles = [{w["title"] for w in p["works"]} for p in people]
    main, rest = titles[0], set().union(*titles[1:])
    print("\n" + "\n".join(f"{len(t)} papers: {sorted(t)[:3]}" for t in titles))
    assert len(main) == 17
    assert any(t.startswith("Path-Level Network Transformation") for t in main)
    win_fast = [w for p in people for w in p["works"] if w["title"].startswith("Win Fast")]
    assert win_fast[0]["title"] in rest or win_fast[0]["score"] < 0.9


def test_incompatible_names_chained_into_one_group_stay_different_people(
    db: Database, tmp_path: Path
) -> None:
    # "C. L. Philip Chen" is compatible with both others, so blocking puts all three in one
    # group, and shares a coauthor with each: one evidence component. Chao and Cailian are
    # still two people.
    papers = [
        ("c1", "Chao Chen", "Yang Xiang"),
        ("c2", "Chao Chen", "Yang Xiang"),
        ("l1", "Cailian Chen", "Xinping Guan"),
        ("l2", "Cailian Chen", "Xinping Guan"),
    ]
    lines = [
        {"id": key, "title": f"Paper {key}", "authors": [{"name": a}, {"name": b}]}
        for key, a, b in papers
    ]
    lines.append(
        {
            "id": "p1",
            "title": "Paper p1",
            "authors": [
                {"name": "C. L. Philip Chen"},
                {"name": "Yang Xiang"},
                {"name": "Xinping Guan"},
            ],
        }
    )
    path = tmp_path / "chens.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    load(db, [path])
    resolve(db, ["Chao Chen"])
    people = {frozenset(p["variants"]): set(p["papers"]) for p in person_records(db, ["Chao Chen"])}
    assert people[frozenset({"Cailian Chen"})] == {"l1", "l2"}
    assert {"c1", "c2"} <= people[next(v for v in people if "Chao Chen" in v)]
    assert sum(len(p) for p in people.values()) == 5


def test_rerun_keeps_ids_and_every_mention_has_one_person(db: Database) -> None:
    load(db, [data_path("aminer-dev", name) for name in ("Jim_Gray.xml", "Kai_Zhang.xml")])
    resolve(db)
    first = assignments(db)
    resolve(db)
    assert assignments(db) == first
    check = db.query("test/resolution_invariants")[0]
    assert check["mentions"] == check["resolved"] and check["doubly_resolved"] == 0
    assert check["orphan_persons"] == 0 and check["unweighted_evidence"] == 0


def test_coauthor_communities_on_runs_of_every_group_only(db: Database) -> None:
    load(db, [data_path("aminer-dev", name) for name in ("Jim_Gray.xml", "Kai_Zhang.xml")])
    first = resolve(db)  # Leiden runs beside the blocking of the names
    communities = db.query("test/author_communities")
    assert first.coauthor_communities > 1
    assert all(row["community"] is not None for row in communities)
    assert resolve(db).coauthor_communities == 0  # incremental, nothing new: kept
    assert resolve(db, ["Jim Gray"]).coauthor_communities == 0
    assert resolve(db, full=True).coauthor_communities == first.coauthor_communities
    assert db.query("test/author_communities") == communities


def test_interrupted_run_is_finished_by_a_rerun(db: Database, monkeypatch) -> None:
    load(db, [data_path("aminer-dev", name) for name in ("Jim_Gray.xml", "Kai_Zhang.xml")])
    resolve(db)
    expected = assignments(db)
    db.execute_autocommit("test/forget_resolution")
    original, calls = pipeline._Merger.persons, []

    def fail_after_first_batch(*args, **kwargs):
        if calls:
            raise KeyboardInterrupt
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(batching, "MAX_GROUPS", 50)
    monkeypatch.setattr(pipeline._Merger, "persons", fail_after_first_batch)
    with pytest.raises(KeyboardInterrupt):
        resolve(db)
    halfway = db.query("test/resolution_invariants")[0]
    assert 0 < halfway["resolved"] < halfway["mentions"]  # the first batch was written, whole
    assert halfway["doubly_resolved"] == 0
    monkeypatch.setattr(pipeline._Merger, "persons", original)
    resolve(db)
    assert assignments(db) == expected
    assert db.query("test/resolution_invariants")[0]["doubly_resolved"] == 0


def test_merge_workers_make_the_same_persons(db: Database, server_settings: ServerSettings) -> None:
    load(db, [data_path("aminer-dev", name) for name in ("Jim_Gray.xml", "Kai_Zhang.xml")])
    resolve(db, workers=0)
    expected = assignments(db)
    db.execute_autocommit("test/forget_resolution")
    assert "in 2 processes" in namesake(server_settings, "resolve", "--workers", "2").output
    assert assignments(db) == expected


def test_groups_linked_in_slices_get_the_same_evidence(db: Database, monkeypatch) -> None:
    load(db, [data_path("aminer-dev", name) for name in ("Jim_Gray.xml", "Kai_Zhang.xml")])
    resolve(db)
    expected, evidence = assignments(db), db.query("test/evidence_by_group")
    db.execute_autocommit("test/forget_resolution")
    monkeypatch.setattr(batching, "PAIR_ROWS", 20)  # every group with 21+ pairs is sliced
    monkeypatch.setattr(batching, "COUNTED_PAIR_ROWS", 0)  # pairs counted, not bounded
    resolve(db)
    assert db.query("test/evidence_by_group") == evidence
    assert assignments(db) == expected


def test_group_sizes_bound_the_coauthor_rows_they_do_not_count(db: Database) -> None:
    load(db, [data_path("aminer-dev", name) for name in ("Jim_Gray.xml", "Kai_Zhang.xml")])
    resolve(db)
    groups = sorted({r["group"] for r in db.query("test/evidence_by_group")})

    def sizes(counted_above: int) -> dict[str, dict[str, int]]:
        rows = db.query(
            "resolution/group_sizes", groups=groups, max_team=100, counted_above=counted_above
        )
        return {r["group"]: r for r in rows}

    counted, bounded = sizes(0), sizes(10**9)
    assert len(counted) == len(groups) and counted.keys() == bounded.keys()
    assert any(r["pair_rows"] > 0 for r in counted.values())
    for group, row in counted.items():
        other = bounded[group]
        assert (row["mentions"], row["coauthor_slots"]) == (
            other["mentions"],
            other["coauthor_slots"],
        )
        assert (
            row["pair_rows"]
            <= other["pair_rows"]
            == ((row["mentions"] - 1) * row["coauthor_slots"] // 2)
        )


def test_gold_labels_are_never_read(db: Database) -> None:
    load(db, [data_path("aminer-dev", name) for name in ("Jim_Gray.xml", "Kai_Zhang.xml")])
    resolve(db)
    before = assignments(db)
    db.execute("test/shuffle_truth", seed=7)
    db.execute_autocommit("test/forget_resolution")
    resolve(db)
    assert assignments(db) == before


def test_resolution_code_does_not_mention_gold_labels() -> None:
    places = [
        *(REPO / "graph" / "resolution").glob("*.py"),
        *(REPO / "cypher" / "rules").glob("*"),
        *(REPO / "cypher" / "resolution").glob("*"),
        REPO / "graph" / "blocking.py",
    ]
    assert places
    for path in places:
        assert not re.search(r"\btruth\b|\bgold\b|\blabel", path.read_text()), path


def test_unknown_name_and_empty_database_are_explained(db: Database) -> None:
    with pytest.raises(ResolutionError, match="no papers"):
        resolve(db)
    load(db, [data_path("arrow", "han-cai.txt")])
    with pytest.raises(ResolutionError, match="Nobody Atall"):
        resolve(db, ["Nobody Atall"])


def test_persons_json_lists_papers(db: Database) -> None:
    load(db, [data_path("arrow", "han-cai.txt")])
    resolve(db, ["Han Cai"])
    people = list(person_records(db, ["Han Cai"]))
    assert sum(len(p["papers"]) for p in people) == 18
    assert all(json.dumps(p) for p in people)


def test_han_cai_linked_papers_are_one_person(db: Database) -> None:
    load(db, [data_path("arrow", "han-cai.txt")])
    resolve(db, ["Han Cai"])
    people = sorted(person_records(db, ["Han Cai"]), key=lambda p: -len(p["papers"]))
    # The 17 papers linked through coauthors (Weinan Zhang and Yong Yu on one side, Song Han
    # on the other, bridged by "Path-Level Network Transformation") are one person.
    assert len(people[0]["papers"]) >= 17
    assert sum(len(p["papers"]) for p in people) == 18


@pytest.mark.parametrize(
    ("corpus", "files", "b3_f1", "b3_precision"),
    [
        # the shipped model, trained on all four corpora (README: the protocol's table)
        ("qian", "papers.jsonl", 0.95, 0.97),  # measured .957, P .983
        ("lagos", "papers.jsonl", 0.87, 0.96),  # measured .881, P .974
    ],
)
def test_shipped_model_on_a_labelled_corpus(
    db: Database, corpus: str, files: str, b3_f1: float, b3_precision: float
) -> None:
    load(db, sorted(data_path(corpus).glob(files)))
    resolve(db)
    truth = read_truth(data_path(corpus, "truth.jsonl"))
    result = evaluate(labelled_mentions(db, truth), truth)
    macro = result.resolution.macro
    print(f"\n{corpus}: B3 P {macro.b3_precision:.3f} R {macro.b3_recall:.3f} F1 {macro.b3_f1:.3f}")
    assert len(result.resolution.blocks) > 50  # scored per the truth file's blocks
    assert macro.b3_f1 >= b3_f1 and macro.b3_precision >= b3_precision
    assert macro.b3_f1 > result.one_person.macro.b3_f1
    # what the name groups allow: every mention's group is read, and no merge within them
    # could recall more (lagos .943: initials-only names stay apart from the full names)
    assert result.name_groups is not None
    bound = result.name_groups.macro
    print(f"{corpus}: the name groups allow B3 R {bound.b3_recall:.3f}")
    assert bound.b3_precision == 1 and bound.b3_recall >= macro.b3_recall
