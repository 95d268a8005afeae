"""Batches of name groups bounded by the work they hold, not by how many groups they are.

The rules, the merge's reads and the writes of the persons run one transaction per batch; what
such a transaction holds grows with its groups' mentions, the coauthor slots beside them and
the rows of the coauthor rule (a pair of mentions per coauthor name they share: the square of
the papers a team signs together). A batch of 200 groups of a few mentions each is small; 200
groups of physics names ("Wang, Y.", thousands of mentions each) are not. So a batch takes
groups in their order until their work reaches `budget` (or `max_groups` groups, which keeps
the number of round trips of small groups as it was); a group past the budget is a batch of
its own, and one whose coauthor rule alone makes more than PAIR_ROWS rows is linked in slices
of its mentions (`slices`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from graph.batches import weighted_batches

# Mentions, coauthor slots and coauthor-rule rows per batch: well above what 200 groups of the
# DBLP-like synthetic corpus hold, so that its batches stay as they were.
BATCH_WORK = 200_000
MAX_GROUPS = 200
# Coauthor-rule rows per transaction: a group with more is linked slice by slice.
PAIR_ROWS = 500_000
# A group's coauthor-rule rows are counted only where their bound, (mentions - 1) * coauthor
# slots / 2, is above this; below, the bound stands for them. It is far under PAIR_ROWS, so no
# group that needs slices is missed, and over-counting small groups changed no batch of the
# synthetic 100k corpus (its batches are cut by MAX_GROUPS), while it took 45% off the cost
# of reading the sizes (8.3 to 4.6 s of server CPU).
COUNTED_PAIR_ROWS = 10_000


def work_batches(
    groups: list[str],
    work: Mapping[str, int],
    budget: int | None = None,
    max_groups: int | None = None,
) -> Iterator[list[str]]:
    """The groups, in order, cut into batches of at most `budget` work (`work[group]`, 0 for
    a group not in it) and `max_groups` groups (by default BATCH_WORK and MAX_GROUPS, read at
    the call); a group heavier than the budget alone."""
    budget = BATCH_WORK if budget is None else budget
    max_groups = MAX_GROUPS if max_groups is None else max_groups
    return weighted_batches(groups, work, budget, max_groups)


def slices(keys: list[str], pair_rows: int, budget: int | None = None) -> list[list[str]]:
    """A group's mention keys (in order) cut so that each slice makes about `budget` (by
    default PAIR_ROWS) of the group's `pair_rows` coauthor-rule rows, at least one key each."""
    budget = PAIR_ROWS if budget is None else budget
    parts = max(1, -(-pair_rows // budget))
    size = max(1, -(-len(keys) // parts))
    return [keys[i : i + size] for i in range(0, len(keys), size)]
