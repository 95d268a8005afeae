"""Keys cut into batches by the work each holds, in order (loads and resolution alike)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping


def weighted_batches(
    keys: Iterable[str], work: Mapping[str, int], budget: int, max_keys: int | None = None
) -> Iterator[list[str]]:
    """The keys, in order, in batches of at most `budget` work (`work[key]`, 0 for a key not
    in it) and `max_keys` keys; a key heavier than the budget makes a batch of its own."""
    batch: list[str] = []
    held = 0
    for key in keys:
        size = work.get(key, 0)
        if batch and (held + size > budget or (max_keys is not None and len(batch) >= max_keys)):
            yield batch
            batch, held = [], 0
        batch.append(key)
        held += size
    if batch:
        yield batch
