"""Whether the scores mark wrong assignments: the AUC, the bins and what counts as wrong."""

from __future__ import annotations

import json

import pytest

from graph.evaluation.baselines import EvalMention
from graph.evaluation.calibration import auc, calibration
from graph.evaluation.report import format_table, to_json
from graph.evaluation.truth import evaluate, read_assignments, with_predictions


def scored(
    mention_id: str, gold: str, predicted: str | None, score: float | None, block: str = "Jun Zhang"
) -> EvalMention:
    return EvalMention(
        mention_id, block, f"p-{mention_id}", block, gold=gold, predicted=predicted, score=score
    )


def test_auc_is_the_chance_a_wrong_item_scores_below_a_right_one() -> None:
    assert auc([(0.2, True), (0.9, False), (0.8, False)]) == 1.0
    assert auc([(0.95, True), (0.9, False), (0.8, False)]) == 0.0
    # wrong 0.5 against right 0.5 (a tie, half) and 0.9 (below): (0.5 + 1) / 2
    assert auc([(0.5, True), (0.5, False), (0.9, False)]) == 0.75
    # two wrong, three right: 0.1 is below all three, 0.6 below one and tied with one
    flagged = [(0.1, True), (0.6, True), (0.3, False), (0.6, False), (0.7, False)]
    assert auc(flagged) == pytest.approx((3 + 1 + 0.5) / 6)
    assert auc([(0.1, False), (0.2, False)]) is None and auc([(0.1, True)]) is None


def test_the_intruders_in_a_person_are_wrong_and_a_tie_has_none() -> None:
    mentions = [
        scored("a", "z1", "P1", 1.0),
        scored("b", "z1", "P1", 0.9),
        scored("c", "z2", "P1", 0.4),  # the intruder
        scored("d", "z3", "P2", 1.0),
        scored("e", "z4", "P2", 0.6),  # one each: a tie
        scored("f", "z5", None, None),
        scored("g", "z6", "P3", None),
    ]  # left out
    result = calibration(mentions)
    assert result is not None
    assert (result.mentions, result.wrong, result.auc) == (5, 1, 1.0)
    assert [(b.low, b.mentions, b.wrong) for b in result.bins] == [
        (0.0, 1, 1),
        (0.5, 1, 0),
        (0.7, 0, 0),
        (0.9, 1, 0),
        (0.99, 2, 0),
    ]


def test_without_scores_there_is_no_calibration() -> None:
    assert calibration([scored("a", "z1", "P1", None)]) is None
    evaluation = evaluate([scored("a", "z1", "P1", None), scored("b", "z2", "P1", None)])
    assert evaluation.calibration is None and to_json(evaluation)["calibration"] is None
    assert "Scores:" not in format_table(evaluation)


def test_the_report_says_how_well_scores_rank_wrong_assignments() -> None:
    evaluation = evaluate(
        [scored("a", "z1", "P1", 1.0), scored("b", "z1", "P1", 0.995), scored("c", "z2", "P1", 0.6)]
    )
    lines = format_table(evaluation).splitlines()
    assert (
        "Scores: 1 of 3 assignments are wrong (another gold person has more of their "
        "person)." in lines
    )
    assert "A wrong one scores below a right one with probability 1.000 (AUC)." in lines
    assert lines[-3].split() == ["score", "0-0.5", "0.5-0.7", "0.7-0.9", "0.9-0.99", "0.99-1"]
    assert lines[-2].split() == ["mentions", "0", "1", "0", "0", "2"]
    assert lines[-1].split() == ["wrong", "-", "100.0%", "-", "-", "0.0%"]
    data = to_json(evaluation)
    assert json.loads(json.dumps(data)) == data
    assert (data["calibration"]["wrong"], data["calibration"]["auc"]) == (1, 1.0)


def test_an_assignments_file_brings_its_scores(tmp_path) -> None:
    path = tmp_path / "assignments.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(line)
            for line in [
                {"paper": "p-a", "position": 0, "name": "Jun Zhang", "person": "P1", "score": 0.9},
                {"paper": "p-b", "name": "Jun Zhang", "person": "P1"},  # no score: none
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    mentions = [
        EvalMention("a", "Jun Zhang", "p-a", "Jun Zhang", gold="z1", position=0),
        EvalMention("b", "Jun Zhang", "p-b", "Jun Zhang", gold="z1", position=1),
        EvalMention("c", "Jun Zhang", "p-c", "Jun Zhang", gold="z2", position=0),
    ]
    found = with_predictions(mentions, read_assignments(path))
    assert [(m.predicted, m.score) for m in found] == [("P1", 0.9), ("P1", None), (None, None)]
