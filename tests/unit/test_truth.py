"""Truth files, the assembly of an evaluation, and its report."""

from __future__ import annotations

import json
import sys
from dataclasses import replace

import pytest

from graph.errors import InputError, NamesakeError
from graph.evaluation.baselines import EvalMention
from graph.evaluation.report import format_table, plot_f1, to_json
from graph.evaluation.truth import (
    EvaluationError,
    Truth,
    evaluate,
    parse_truth_line,
    read_truth,
    with_truth,
)


def write(tmp_path, *lines: str, name: str = "truth.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def label(paper: str, name: str, person: str) -> str:
    return json.dumps({"paper": paper, "name": name, "person": person})


# --- reading a truth file -----------------------------------------------------------------


def test_read_truth_keys_labels_on_paper_and_normalized_name(tmp_path):
    path = write(
        tmp_path,
        label("p1", "José García", "g1"),
        "",
        json.dumps({"paper": "p2", "name": "Jun Zhang", "person": "z3", "note": "x"}),
    )
    truth = read_truth(path)
    assert truth.path == str(path)
    assert truth.labels == {("p1", "jose garcia"): "g1", ("p2", "jun zhang"): "z3"}


def test_the_same_label_twice_is_fine(tmp_path):
    path = write(tmp_path, label("p1", "Jun Zhang", "z1"), label("p1", "jun zhang", "z1"))
    assert read_truth(path).labels == {("p1", "jun zhang"): "z1"}


@pytest.mark.parametrize(
    "bad, problem",
    [
        ("{not json", "not valid JSON"),
        ('["p1", "Jun Zhang", "z1"]', "not a JSON object"),
        ('{"paper": "p1", "name": "Jun Zhang"}', "missing or empty person"),
        ('{"paper": "p1", "name": " ", "person": "z1"}', "missing or empty name"),
        ('{"paper": 12, "name": "Jun Zhang", "person": 3}', "missing or empty paper, person"),
    ],
)
def test_a_bad_line_is_reported_with_file_and_line(tmp_path, bad, problem):
    path = write(tmp_path, label("p1", "Jun Zhang", "z1"), "", bad)
    with pytest.raises(InputError, match=problem) as caught:
        read_truth(path)
    assert caught.value.line == 3
    assert str(caught.value).startswith(f"{path}, line 3: ")


def test_conflicting_labels_name_both_lines(tmp_path):
    path = write(tmp_path, label("p1", "Jun Zhang", "z1"), label("p1", "Jun  Zhang", "z2"))
    with pytest.raises(InputError, match="'z2' here but 'z1' on line 1") as caught:
        read_truth(path)
    assert caught.value.line == 2


def test_an_empty_truth_file_is_refused(tmp_path):
    with pytest.raises(InputError, match="no labels"):
        read_truth(write(tmp_path, "", "  "))


def test_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read") as caught:
        read_truth(tmp_path / "nope.jsonl")
    assert caught.value.path == str(tmp_path / "nope.jsonl")


def test_a_file_that_is_not_utf8_is_an_input_error(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(label("p1", "Jürgen", "j1").encode("latin-1").replace(b"\\u00fc", b"\xfc"))
    with pytest.raises(InputError, match="cannot read"):
        read_truth(path)


def test_parse_truth_line_strips_values():
    parsed = parse_truth_line(label(" p1 ", "Jun Zhang ", " z1"), "t.jsonl", 7)
    assert (parsed.paper, parsed.name, parsed.person, parsed.line) == ("p1", "Jun Zhang", "z1", 7)


# --- assembling an evaluation -------------------------------------------------------------


def m(mention_id, block, gold, predicted, *coauthors, paper=None, name=None):
    return EvalMention(
        mention_id,
        block,
        paper or f"p-{mention_id}",
        name or block,
        frozenset(coauthors),
        gold,
        predicted,
    )


MENTIONS = [
    # block "Jun Zhang": gold {a b}{c}; resolution {a b c}; coauthors link a and b
    m("a", "Jun Zhang", "z1", "P1", "Wei Wang"),
    m("b", "Jun Zhang", "z1", "P1", "wei wang"),
    m("c", "Jun Zhang", "z2", "P1", "Li Na"),
    # block "Han Cai": gold {d e}; d unresolved; no coauthors in common
    m("d", "Han Cai", "h1", None, "Song Han"),
    m("e", "Han Cai", "h1", "P9", "Yong Yu"),
    # no gold: left out
    m("f", "Han Cai", None, "P9", "Song Han"),
]


def test_evaluate_scores_each_method_per_block_sorted_by_name():
    evaluation = evaluate(MENTIONS)
    assert [b.block for b in evaluation.resolution.blocks] == ["Han Cai", "Jun Zhang"]
    assert (evaluation.mentions, evaluation.left_out, evaluation.unresolved) == (5, 1, 1)
    han, jun = evaluation.resolution.blocks
    assert (jun.scores.b3_precision, jun.scores.pair_precision) == pytest.approx((5 / 9, 1 / 3))
    assert han.predicted_clusters == 2  # the unresolved mention is a person of its own
    assert han.scores.pair_recall == 0
    assert evaluation.resolution.macro.b3_recall == pytest.approx((0.5 + 1) / 2)


def test_evaluate_runs_both_baselines_on_the_same_mentions():
    evaluation = evaluate(MENTIONS)
    han, jun = evaluation.one_person.blocks
    assert (han.scores.pair_f1, jun.predicted_clusters) == (1, 1)
    han, jun = evaluation.coauthors.blocks
    # "Song Han" of the left-out mention f must not link d to anything
    assert (han.predicted_clusters, jun.predicted_clusters) == (2, 2)
    assert jun.scores.b3_f1 == 1
    assert [r.method for r in evaluation.methods] == ["resolution", "one_person", "coauthors"]


def test_the_name_groups_bound_splits_each_group_by_its_gold_people():
    # "Lei Zhang" (r1, r2, r3) and "L. Zhang" (r4, r5) were put in separate name groups; r4
    # is the same person as r1 and r2, so no merge within the groups can join them
    mentions = [
        replace(m("r1", "Lei Zhang", "l1", "P1"), group="lei zhang"),
        replace(m("r2", "Lei Zhang", "l1", "P2"), group="lei zhang"),
        replace(m("r3", "Lei Zhang", "l2", "P3"), group="lei zhang"),
        replace(m("r4", "Lei Zhang", "l1", "P4"), group="l zhang"),
        replace(m("r5", "Lei Zhang", "l3", "P4"), group="l zhang"),
    ]
    evaluation = evaluate(mentions)
    assert evaluation.name_groups is not None
    (bound,) = evaluation.name_groups.blocks
    assert bound.predicted_clusters == 4  # {r1 r2} {r3} {r4} {r5}
    assert bound.scores.b3_precision == 1
    assert bound.scores.b3_recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    assert "The name groups allow B-cubed recall 0.733 at most" in format_table(evaluation)
    assert to_json(evaluation)["name_groups"]["b3_recall"] == pytest.approx(11 / 15)
    # a mention whose group is not known (an exported assignment of another tool): no bound
    unknown = evaluate([*mentions, m("r6", "Lei Zhang", "l1", "P1")])
    assert unknown.name_groups is None and to_json(unknown)["name_groups"] is None
    assert "name groups allow" not in format_table(unknown)


def test_a_truth_file_replaces_the_gold_of_the_data():
    truth = Truth("t.jsonl", {("p1", "jun zhang"): "z1", ("p2", "jun zhang"): "z1"})
    mentions = [
        m("a", "Jun Zhang", "old", "P1", paper="p1", name="Jun ZHANG"),
        m("b", "Jun Zhang", "old2", "P2", paper="p2"),
        m("c", "Jun Zhang", "old", "P1", paper="p3"),
    ]
    assert [x.gold for x in with_truth(mentions, truth)] == ["z1", "z1", None]
    evaluation = evaluate(mentions, truth)
    assert (evaluation.mentions, evaluation.left_out) == (2, 1)
    assert evaluation.resolution.macro.pair_recall == 0


def test_without_any_gold_the_evaluation_says_how_to_get_some():
    with pytest.raises(EvaluationError, match="--truth") as caught:
        evaluate([m("a", "Jun Zhang", None, "P1")])
    assert isinstance(caught.value, NamesakeError)


def test_a_truth_file_that_matches_nothing_names_the_file():
    with pytest.raises(InputError, match=r"t\.jsonl: no label matches"):
        evaluate([m("a", "Jun Zhang", "z1", "P1")], Truth("t.jsonl", {("x", "y"): "z"}))


def test_duplicate_mention_ids_are_refused():
    with pytest.raises(ValueError, match="unique"):
        evaluate([m("a", "Jun Zhang", "z1", "P1"), m("a", "Han Cai", "h1", "P2")])


# --- the report ---------------------------------------------------------------------------


def test_table_has_a_row_per_name_and_a_macro_row():
    lines = format_table(evaluate(MENTIONS)).splitlines()
    rows = [line for line in lines if line.startswith(("Han Cai", "Jun Zhang", "MACRO"))]
    assert [r.split()[0] for r in rows] == ["Han", "Jun", "MACRO"]
    assert rows[1].split()[2:4] == ["3", "2"]  # mentions, gold people
    assert rows[2].startswith("MACRO (2 names)")
    assert len({len(r) for r in rows}) == 1  # fixed width
    assert any("1 scored mentions have no person" in line for line in lines)


def test_json_is_serialisable_and_complete():
    data = to_json(evaluate(MENTIONS))
    assert json.loads(json.dumps(data)) == data
    assert set(data["macro"]) == {"resolution", "one_person", "coauthors"}
    jun = data["blocks"][1]
    assert (jun["block"], jun["mentions"], jun["gold_people"]) == ("Jun Zhang", 3, 2)
    assert jun["coauthors"]["people"] == 2
    assert jun["resolution"]["pair_precision"] == pytest.approx(1 / 3)


def test_plot_writes_a_png(tmp_path):
    pytest.importorskip("matplotlib")
    path = plot_f1(evaluate(MENTIONS), tmp_path / "f1.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_without_matplotlib_says_what_to_install(tmp_path, monkeypatch):
    for module in ("matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg"):
        monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(EvaluationError, match=r"pip install 'namesake\[plot\]'"):
        plot_f1(evaluate(MENTIONS), tmp_path / "f1.png")


def test_a_truth_files_blocks_are_read_and_scored_block_by_block(tmp_path):
    path = write(
        tmp_path,
        json.dumps({"paper": "p1", "name": "J. Smith", "person": "s1", "block": "j smith"}),
        json.dumps({"paper": "p2", "name": "John Smith", "person": "s1", "block": "j smith"}),
        json.dumps({"paper": "p3", "name": "Jane Smith", "person": "s2", "block": " "}),
    )
    truth = read_truth(path)
    assert truth.blocks == {("p1", "j smith"): "j smith", ("p2", "john smith"): "j smith"}
    mentions = [
        m("a", "group 1", None, "P1", paper="p1", name="J. Smith"),
        m("b", "group 2", None, "P2", paper="p2", name="John Smith"),
        m("c", "group 2", None, "P2", paper="p3", name="Jane Smith"),
    ]
    # the labelled block wins over the name group; a blank block keeps the group
    assert [x.block for x in with_truth(mentions, truth)] == ["j smith", "j smith", "group 2"]
    evaluation = evaluate(mentions, truth)
    assert [b.block for b in evaluation.resolution.blocks] == ["group 2", "j smith"]
    smith = evaluation.resolution.blocks[1]
    assert (smith.mentions, smith.scores.b3_recall) == (2, 0.5)
