import os

import numpy as np

from graph.resolution import embeddings
from graph.resolution.embeddings import DIMENSIONS, title_vectors

TITLES = [
    "Neuroblast lineage-specific origin of the olfactory neurons",
    "Development of the fly olfactory system",
    "",
    "Efficient neural architecture search via parameter sharing",
    "   ",
    "ProxylessNAS: direct neural architecture search on target task and hardware",
]


def test_rows_are_unit_vectors_and_empty_texts_zero():
    rows = title_vectors(TITLES)
    assert rows.shape == (len(TITLES), DIMENSIONS)
    assert rows.dtype == np.float32
    norms = np.linalg.norm(rows, axis=1)
    assert np.allclose(norms[[0, 1, 3, 5]], 1.0, atol=1e-5)
    assert not rows[2].any() and not rows[4].any()


def test_same_vectors_as_wordllama_to_the_bit():
    present = [t for t in TITLES if t.strip()] * 30  # more than one tokenizer batch
    ours = title_vectors(present)
    theirs = np.asarray(embeddings._model().embed(present, norm=True), dtype=np.float32)
    assert np.array_equal(ours, theirs)


def test_related_titles_are_nearer_than_unrelated():
    rows = title_vectors(TITLES)
    assert rows[0] @ rows[1] > rows[0] @ rows[3]
    assert rows[3] @ rows[5] > rows[1] @ rows[5]


def test_tokenizer_runs_in_one_thread():
    embeddings._model()
    assert os.environ.get("TOKENIZERS_PARALLELISM") in ("false", "0", "False")
