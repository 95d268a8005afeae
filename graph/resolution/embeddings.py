"""Title embeddings (pure): what a paper is about, beyond the words it shares with another.

Two papers of one person often share no title word ("Neuroblast lineage-specific origin of
the olfactory neurons" and "Development of the fly olfactory system"). wordllama's static token
embeddings (256 dimensions, averaged over the tokens) put such titles near each other. Its
model ships inside its wheel, so nothing is downloaded at run time.

Most of an embedding's cost is tokenizing. It runs on one thread, with the batch call that
skips character offsets (nothing here reads them): offline, 34,425 titles took 1.8 s of CPU
to tokenize on the tokenizer's own threads, 1.3 s on one, 0.7 s without offsets. Inside a
resolve, where the merge workers and the server already fill the cores, no saving showed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

DIMENSIONS = 256
BATCH = 64  # texts per tokenizer call, as wordllama's own embed


@cache
def _model() -> Any:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # before the tokenizer first runs
    # wordllama sets up the root logger on import (basicConfig at INFO), after which every
    # library's info records would print on the user's stderr: its setup is undone
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import wordllama  # noqa: PLC0415 (a second to load: only when a group needs it)
        from wordllama import WordLlama  # noqa: PLC0415
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
        root.setLevel(level)

    # the wheel's own folder holds weights/ and tokenizers/: never look elsewhere, never download
    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def title_vectors(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors, one row per text; an empty text gets a zero row."""
    rows = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    present = [i for i, text in enumerate(texts) if text.strip()]
    if present:
        rows[present] = _embed([texts[i] for i in present])
    return rows


def _embed(texts: list[str]) -> np.ndarray:
    """wordllama's `embed(texts, norm=True)`, step for step (the same vectors, to the bit), with
    the tokenizer's batch call that skips character offsets."""
    model = _model()
    tokenizer, table = model.tokenizer, model.embedding
    encode = getattr(tokenizer, "encode_batch_fast", tokenizer.encode_batch)
    vectors = np.empty((len(texts), table.shape[1]), dtype=np.float32)
    for start in range(0, len(texts), BATCH):
        encoded = encode(texts[start : start + BATCH], add_special_tokens=False)
        ids = np.array([e.ids for e in encoded], dtype=np.int32)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
        np.clip(ids, 0, table.shape[0] - 1, out=ids)
        pooled = model.avg_pool(table[ids], mask)
        pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
        vectors[start : start + len(encoded)] = pooled
    return vectors
