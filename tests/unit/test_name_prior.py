"""The name-frequency prior: expected homonyms from the corpus's name statistics."""

from __future__ import annotations

import pytest

from graph.resolution.prior import REFERENCE_NAMES, NameStats

NAMES = [
    "Wei Wang",
    "Wei Zhang",
    "Wei Li",
    "Jing Wang",
    "Lei Wang",
    "Wang, Wei",
    "Wei Wang 0001",
    "Robert Schreiber",
    "Jim Gray",
    "J. Wang",
    "X. Zhang",
]


def test_counts_are_over_distinct_names_without_suffix() -> None:
    stats = NameStats.of(NAMES)
    assert stats.names == 9  # "Wang, Wei" and "Wei Wang 0001" are "Wei Wang"
    assert stats.given["wei"] == 3 and stats.family["wang"] == 4
    assert stats.initials["w"] == 3 and stats.initials["j"] == 3 and stats.initials["x"] == 1


def test_common_parts_make_more_expected_homonyms() -> None:
    stats = NameStats.of(NAMES)
    world = REFERENCE_NAMES / 9**2  # the parts' shares, read in a world of that many names
    assert stats.expected_homonyms(["Wei Wang", "W. Wang"]) == pytest.approx(3 * 4 * world)
    assert stats.expected_homonyms(["Robert Schreiber"]) == pytest.approx(1 * world)
    # initials only: the initial's frequency stands for the given name's
    assert stats.expected_homonyms(["X. Zhang"]) == pytest.approx(1 * 2 * world)
    assert stats.expected_homonyms(["Nobody Known"]) == 0.0
    assert NameStats().expected_homonyms(["Wei Wang"]) == 0.0


def test_expected_homonyms_do_not_grow_with_the_corpus_when_the_shares_stay() -> None:
    # "Wei" starts half the distinct names and "Wang" ends half, among 4 names or among 40
    small = NameStats.of(["Wei Wang", "Wei Li", "Lei Wang", "Lei Li"])
    tenfold = NameStats.of(
        ["Wei Wang", "Zi Yu"]
        + [f"Wei Fam{i}" for i in range(19)]
        + [f"Given{i} Wang" for i in range(19)]
    )
    assert tenfold.names == 10 * small.names
    assert tenfold.expected_homonyms(["Wei Wang"]) == pytest.approx(
        small.expected_homonyms(["Wei Wang"])
    )
    assert small.expected_homonyms(["Wei Wang"]) == pytest.approx(REFERENCE_NAMES / 4)
