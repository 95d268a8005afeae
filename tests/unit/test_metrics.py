"""B-cubed and pairwise metrics: hand-computed cases, then a brute-force cross-check."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from graph.evaluation.metrics import Scores, f1, macro_average, score, score_block

GOLD = {"a": "X", "b": "X", "c": "Y", "d": "Y"}


def approx(scores: Scores) -> tuple[float, ...]:
    return tuple(
        pytest.approx(v)
        for v in (
            scores.b3_precision,
            scores.b3_recall,
            scores.b3_f1,
            scores.pair_precision,
            scores.pair_recall,
            scores.pair_f1,
        )
    )


def values(scores: Scores) -> tuple[float, ...]:
    return (
        scores.b3_precision,
        scores.b3_recall,
        scores.b3_f1,
        scores.pair_precision,
        scores.pair_recall,
        scores.pair_f1,
    )


# --- hand-computed cases ------------------------------------------------------------------


def test_perfect_clustering_scores_one_everywhere():
    predicted = {"a": 7, "b": 7, "c": 8, "d": 8}  # labels need not be the gold ones
    assert values(score(GOLD, predicted)) == (1, 1, 1, 1, 1, 1)


def test_all_merged():
    # B3: every mention's cluster has 4, of which 2 are right -> P 1/2, R 1, F1 2/3.
    # pairs: 6 predicted, 2 gold, 2 right -> P 1/3, R 1, F1 1/2.
    predicted = dict.fromkeys(GOLD, "one")
    assert values(score(GOLD, predicted)) == approx(Scores(1 / 2, 1, 2 / 3, 1 / 3, 1, 1 / 2))


def test_all_split_has_no_predicted_pairs_so_pairwise_precision_is_one():
    # B3: P 1, R 1/2, F1 2/3. pairs: none predicted -> P 1; 0 of 2 gold found -> R 0, F1 0.
    predicted = {m: m for m in GOLD}
    assert values(score(GOLD, predicted)) == approx(Scores(1, 1 / 2, 2 / 3, 1, 0, 0))


def test_one_wrong_mention():
    # gold {a b c}{d e}; predicted {a b}{c d e}: c is on the wrong side.
    # B3 P = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15; R = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15.
    # pairs: predicted {ab, cd, ce, de}, gold {ab, ac, bc, de}; right {ab, de} -> 1/2, 1/2.
    gold = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
    predicted = {"a": "p", "b": "p", "c": "q", "d": "q", "e": "q"}
    assert values(score(gold, predicted)) == approx(
        Scores(11 / 15, 11 / 15, 11 / 15, 1 / 2, 1 / 2, 1 / 2)
    )


def test_all_singletons_have_no_pairs_at_all_and_score_one():
    gold = {m: m for m in "abc"}
    assert values(score(gold, dict(gold))) == (1, 1, 1, 1, 1, 1)


def test_no_gold_pairs_means_pairwise_recall_is_one():
    # gold all singletons, predicted one cluster of 3: B3 P 1/3, R 1, F1 1/2;
    # pairs: 3 predicted, none right -> P 0; no gold pair -> R 1; F1 0.
    gold = {m: m for m in "abc"}
    predicted = dict.fromkeys("abc", 0)
    assert values(score(gold, predicted)) == approx(Scores(1 / 3, 1, 1 / 2, 0, 1, 0))


def test_a_block_of_one_mention():
    assert values(score({"a": 1}, {"a": 2})) == (1, 1, 1, 1, 1, 1)


def test_gold_and_predicted_labels_live_in_separate_namespaces():
    # predicted label "X" is not the gold label "X": only co-membership counts
    gold = {"a": "X", "b": "Y"}
    predicted = {"a": "Y", "b": "X"}
    assert values(score(gold, predicted)) == (1, 1, 1, 1, 1, 1)


def test_f1_is_zero_when_precision_and_recall_are_zero():
    assert f1(0, 0) == 0
    assert f1(1, 0) == 0
    assert f1(0.5, 1) == pytest.approx(2 / 3)


def test_score_block_keeps_sizes():
    result = score_block("Jun Zhang", GOLD, dict.fromkeys(GOLD, 0))
    assert (result.block, result.mentions, result.gold_clusters, result.predicted_clusters) == (
        "Jun Zhang",
        4,
        2,
        1,
    )


def test_clusterings_over_different_mentions_are_refused():
    with pytest.raises(ValueError, match="differ on 2 mention"):
        score({"a": 1, "b": 1}, {"a": 1, "c": 1})


def test_an_empty_block_is_refused():
    with pytest.raises(ValueError, match="without mentions"):
        score({}, {})


def test_large_block_is_linear():
    # 200,000 mentions in one cluster: 2 * 10^10 pairs would be out of reach for a double loop
    n = 200_000
    gold = {i: i % 2 for i in range(n)}
    result = score(gold, dict.fromkeys(gold, 0))
    assert result.b3_precision == pytest.approx(0.5)
    assert result.pair_precision == pytest.approx(2 * (n // 2) * (n // 2 - 1) / (n * (n - 1)))


# --- macro average ------------------------------------------------------------------------


def test_macro_average_is_the_mean_of_each_metric_f1_included():
    first = Scores(1, 0, 0, 1, 0, 0)
    second = Scores(0.5, 1, 2 / 3, 0.5, 1, 2 / 3)
    macro = macro_average([first, second])
    assert values(macro) == approx(Scores(0.75, 0.5, 1 / 3, 0.75, 0.5, 1 / 3))
    assert macro.b3_f1 != pytest.approx(f1(macro.b3_precision, macro.b3_recall))


def test_macro_average_of_nothing_is_refused():
    with pytest.raises(ValueError):
        macro_average([])


# --- independent brute force --------------------------------------------------------------


def brute_force(gold: dict, predicted: dict) -> tuple[float, ...]:
    """Plain O(n^2) definitions, in exact fractions, written without the contingency table."""
    ids = list(gold)
    n = len(ids)
    b3_p = b3_r = Fraction(0)
    for m in ids:
        same_pred = [x for x in ids if predicted[x] == predicted[m]]
        same_gold = [x for x in ids if gold[x] == gold[m]]
        both = [x for x in same_pred if gold[x] == gold[m]]
        b3_p += Fraction(len(both), len(same_pred))
        b3_r += Fraction(len(both), len(same_gold))
    b3_p, b3_r = b3_p / n, b3_r / n
    pred_pairs = gold_pairs = right = 0
    for i in range(n):
        for j in range(i + 1, n):
            p = predicted[ids[i]] == predicted[ids[j]]
            g = gold[ids[i]] == gold[ids[j]]
            pred_pairs += p
            gold_pairs += g
            right += p and g
    pair_p = Fraction(right, pred_pairs) if pred_pairs else Fraction(1)
    pair_r = Fraction(right, gold_pairs) if gold_pairs else Fraction(1)

    def harmonic(p: Fraction, r: Fraction) -> Fraction:
        return 2 * p * r / (p + r) if p + r else Fraction(0)

    return tuple(
        float(v)
        for v in (b3_p, b3_r, harmonic(b3_p, b3_r), pair_p, pair_r, harmonic(pair_p, pair_r))
    )


def random_clustering(rng: random.Random, ids: list, clusters: int) -> dict:
    return {m: rng.randrange(clusters) for m in ids}


@pytest.mark.parametrize("seed", range(5))
def test_fast_metrics_agree_with_brute_force_on_random_clusterings(seed):
    rng = random.Random(seed)
    for _ in range(100):
        n = rng.randint(1, 30)
        ids = [f"m{i}" for i in range(n)]
        gold = random_clustering(rng, ids, rng.randint(1, n))
        predicted = random_clustering(rng, ids, rng.randint(1, n))
        assert values(score(gold, predicted)) == pytest.approx(brute_force(gold, predicted))
