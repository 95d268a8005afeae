"""The two baselines on tiny hand-made blocks."""

from __future__ import annotations

import random

import pytest

from graph.evaluation.baselines import EvalMention, coauthor_components, one_person
from graph.names import normalize


def mention(mention_id: str, *coauthors: str, block: str = "Jun Zhang") -> EvalMention:
    return EvalMention(mention_id, block, f"paper-{mention_id}", block, frozenset(coauthors))


def partition(clusters: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for mention_id, label in clusters.items():
        groups.setdefault(label, set()).add(mention_id)
    return {frozenset(g) for g in groups.values()}


def test_one_person_puts_each_block_in_one_cluster():
    mentions = [mention("a"), mention("b"), mention("c", block="Han Cai")]
    assert partition(one_person(mentions)) == {frozenset("ab"), frozenset("c")}


def test_shared_coauthor_links_papers_and_the_rest_stay_apart():
    mentions = [
        mention("a", "Alice Li", "Bob Wu"),
        mention("b", "Bob Wu"),
        mention("c", "Carol Ma"),
        mention("d", "Carol Ma", "Dan Xu"),
        mention("e"),
    ]
    assert partition(coauthor_components(mentions)) == {
        frozenset("ab"),
        frozenset("cd"),
        frozenset("e"),
    }


def test_links_are_transitive():
    mentions = [mention("a", "X Y"), mention("b", "X Y", "Z W"), mention("c", "Z W")]
    assert partition(coauthor_components(mentions)) == {frozenset("abc")}


def test_blocks_never_mix():
    mentions = [mention("a", "Alice Li"), mention("b", "Alice Li", block="Han Cai")]
    assert partition(coauthor_components(mentions)) == {frozenset("a"), frozenset("b")}


def test_names_are_compared_after_normalization():
    mentions = [mention("a", "José García"), mention("b", "jose garcia"), mention("c", "J. Garcia")]
    assert partition(coauthor_components(mentions)) == {frozenset("ab"), frozenset("c")}


def test_normalization_is_a_parameter():
    mentions = [mention("a", "Bob Wu"), mention("b", "bob wu")]
    assert partition(coauthor_components(mentions, normalize=lambda n: n)) == {
        frozenset("a"),
        frozenset("b"),
    }


def test_names_that_normalize_to_nothing_link_nothing():
    mentions = [mention("a", "..."), mention("b", "-")]
    assert partition(coauthor_components(mentions)) == {frozenset("a"), frozenset("b")}


def test_a_cluster_is_labelled_by_its_first_mention():
    mentions = [mention("z", "X Y"), mention("y"), mention("x", "X Y")]
    assert coauthor_components(mentions) == {"z": "z", "y": "y", "x": "z"}


def test_no_mentions_no_clusters():
    assert coauthor_components([]) == {}
    assert one_person([]) == {}


def components_brute_force(mentions: list[EvalMention]) -> set[frozenset[str]]:
    """Repeatedly merge any two groups that share a normalized coauthor, until none do."""
    groups = [
        ({m.mention_id}, m.block, {normalize(n) for n in m.coauthors} - {""}) for m in mentions
    ]
    merged = True
    while merged:
        merged = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if groups[i][1] == groups[j][1] and groups[i][2] & groups[j][2]:
                    ids, block, names = groups.pop(j)
                    groups[i] = (groups[i][0] | ids, block, groups[i][2] | names)
                    merged = True
                    break
            if merged:
                break
    return {frozenset(ids) for ids, _, _ in groups}


@pytest.mark.parametrize("seed", range(5))
def test_components_agree_with_brute_force(seed):
    rng = random.Random(seed)
    names = [f"Coauthor {k}" for k in range(30)]
    for _ in range(20):
        mentions = [
            mention(f"m{i}", *rng.sample(names, rng.randint(0, 2)), block=rng.choice(["A", "B"]))
            for i in range(rng.randint(0, 25))
        ]
        assert partition(coauthor_components(mentions)) == components_brute_force(mentions)
