"""Title embeddings (pure): what a paper is about, beyond the words it shares with another.

Two papers of one person often share no title word ("Neuroblast lineage-specific origin of
the olfactory neurons" and "Development of the fly olfactory system"). wordllama's static token
embeddings (256 dimensions, averaged over the tokens) put such titles near each other. Its
model ships inside its wheel, so nothing is downloaded at run time, and it embeds about 50,000
titles a second on one core.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

DIMENSIONS = 256


@cache
def _model() -> Any:
    import wordllama  # noqa: PLC0415 (a second to load: only when a group needs it)
    from wordllama import WordLlama  # noqa: PLC0415

    # the wheel's own folder holds weights/ and tokenizers/: never look elsewhere, never download
    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def title_vectors(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors, one row per text; an empty text gets a zero row."""
    rows = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    present = [i for i, text in enumerate(texts) if text.strip()]
    if present:
        vectors = _model().embed([texts[i] for i in present], norm=True)
        rows[present] = np.asarray(vectors, dtype=np.float32)
    return rows
