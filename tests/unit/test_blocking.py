"""Blocking on real name variants from the sample data."""

from __future__ import annotations

from itertools import combinations

from graph.blocking import compatible_pairs, resolution_groups
from graph.evaluation.grouping import name_groups
from graph.names import author_key, comparison_keys, compatible, name_profile, variant_keys

# Written forms that exercise every route to compatibility: initials, missing middle names,
# hyphenated and run-together given names, reversed order, suffixes, particles, one word.
TRICKY = [
    "Han Cai", "Cai Han", "H. Cai", "Han Cai 0001", "Han Cai 0002", "Hao Cai", "H. Q. Cai",
    "Han Q. Cai", "Han Qiang Cai", "Cai, Han", "Cai", "Wei Chen", "Wei-Neng Chen",
    "Weineng Chen", "Wei N. Chen", "W. Chen", "Wei Neng Chen", "Chen Wei", "Chen Weineng",
    "Jean-Pierre Martin", "J.-P. Martin", "Jean Martin", "Jean-Pierre A. Martin",
    "Wil van der Aalst", "W. van der Aalst", "Wil M. P. van der Aalst", "Ya-Da Wang",
    "Yada Wang", "Wang Yada", "Y. Wang", "Y. D. Wang", "Yan Wang", "Wang Yan", "Yan-Qing Wang",
    "Y. Qing Wang", "Jürgen Müller", "Jurgen Muller", "J. Müller", "King, Jr., Martin",
]  # fmt: skip


def groups_of(names: list[str]) -> list[set[str]]:
    authors = {author_key(n): n for n in names}
    grouped: dict[str, set[str]] = {}
    for key, group in resolution_groups(authors).items():
        grouped.setdefault(group, set()).add(authors[key])
    return sorted(grouped.values(), key=sorted)


def test_variants_of_one_name_meet() -> None:
    assert groups_of(["Han Cai", "Cai Han", "Han Cai 0001", "H. Cai"]) == [
        {"Han Cai", "Cai Han", "Han Cai 0001", "H. Cai"}
    ]


def test_initials_find_a_name_written_only_in_reversed_order() -> None:
    assert groups_of(["Cai Han", "H. Cai"]) == [{"Cai Han", "H. Cai"}]
    assert len(groups_of(["Cai Han", "Hao Cai", "H. Cai"])) == 3  # H. could be either


def test_incompatible_names_stay_apart() -> None:
    assert len(groups_of(["Kai Zhang", "Kuo Zhang", "Han Cai", "Hao Cai"])) == 4


def test_different_suffixes_meet_only_through_an_unsuffixed_name() -> None:
    assert len(groups_of(["Han Cai 0001", "Han Cai 0002"])) == 2
    assert len(groups_of(["Han Cai 0001", "Han Cai 0002", "Han Cai"])) == 1


def test_ambiguous_initials_do_not_chain_full_names() -> None:
    groups = groups_of(["Jun Zhang", "Jian Zhang", "J. Zhang", "J. W. Zhang"])
    assert {"Jun Zhang"} in groups and {"Jian Zhang"} in groups
    assert {"J. Zhang", "J. W. Zhang"} in groups


def test_a_hyphenated_given_name_is_not_cut_short() -> None:
    # seen in dblp-bib: a wireless paper's "Wei Chen" was resolved into Wei-Neng Chen
    assert groups_of(["Wei-Neng Chen", "Wei Chen", "W. Chen"]) == [
        {"W. Chen"},
        {"Wei Chen"},
        {"Wei-Neng Chen"},
    ]


def test_unambiguous_initials_join_their_full_name() -> None:
    assert groups_of(["Yong Yu", "Y. Yu", "Weinan Zhang"]) == [
        {"Weinan Zhang"},
        {"Yong Yu", "Y. Yu"},
    ]


def test_group_ids_are_deterministic() -> None:
    authors = {author_key(n): n for n in ["Song Han", "Song Han 0003", "S. Han"]}
    first = resolution_groups(authors)
    assert first == resolution_groups(dict(reversed(list(authors.items()))))
    assert len(set(first.values())) == 1


def test_evaluation_groups_chain_through_initials() -> None:
    groups = name_groups(["Jim Gray", "J. Gray", "James Gray", "Jim Gray"])
    assert set(groups.values()) == {"Jim Gray"}


def test_compatible_names_share_a_comparison_key_unless_one_has_none() -> None:
    for a, b in combinations(TRICKY, 2):
        keys_a, keys_b = comparison_keys(name_profile(a)), comparison_keys(name_profile(b))
        if compatible(a, b) and keys_a is not None and keys_b is not None:
            assert keys_a & keys_b, (a, b)


def test_blocking_finds_the_pairs_that_comparing_all_would() -> None:
    everything = {
        (a, b) if a < b else (b, a)
        for a, b in combinations(TRICKY, 2)
        if variant_keys(a) & variant_keys(b) and compatible(a, b)
    }
    assert set(compatible_pairs(TRICKY)) == everything
    assert len(everything) > 20  # the list does exercise compatibility
