"""Batches of name groups bounded by the work they hold, not by how many groups they are.

The rules, the merge's reads and the writes of the persons run one transaction per batch; what
such a transaction holds grows with its groups' mentions and the coauthor slots beside them. A
batch of 200 groups of a few mentions each is small; 200 groups of physics names ("Wang, Y.",
thousands of mentions each) are not. So a batch takes groups in their order until their
mentions and coauthor slots reach `budget` (or `max_groups` groups, which keeps the number of
round trips of small groups as it was); a group past the budget on its own is a batch of its
own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

# Mentions plus coauthor slots per batch: about what 200 groups of the DBLP-like synthetic
# corpus hold on average, so that its batches stay as they were.
BATCH_WORK = 50_000
MAX_GROUPS = 200


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
    batch: list[str] = []
    held = 0
    for group in groups:
        size = work.get(group, 0)
        if batch and (held + size > budget or len(batch) >= max_groups):
            yield batch
            batch, held = [], 0
        batch.append(group)
        held += size
    if batch:
        yield batch
