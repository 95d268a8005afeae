import random

import numpy as np
import pytest
from scipy import sparse

from graph.resolution import features
from graph.resolution.features import as_matrices, as_matrix


def _reference(vectors, unit):
    """The matrix as its definition says, cell by cell, in numpy."""
    vocabulary: dict = {}
    for vector in vectors:
        for term, _ in vector:
            vocabulary.setdefault(term, len(vocabulary))
    rows = np.zeros((len(vectors), max(1, len(vocabulary))))
    for i, vector in enumerate(vectors):
        weights = np.array([w for _, w in vector], dtype=float)
        norm = np.sqrt(np.bincount(np.zeros(len(weights), dtype=int), weights * weights, 1))[0]
        for term, weight in vector:
            rows[i, vocabulary[term]] += weight / norm if unit and norm > 0 else weight
    return rows


def _random_vectors(rng):
    return [
        [
            ((rng.choice("ab"), str(rng.randint(0, 9))), rng.choice([0.0, 1.0, rng.random() * 7]))
            for _ in range(rng.choice([0, 1, 2, 5, 9]))
        ]
        for _ in range(rng.randint(1, 7))
    ]


@pytest.mark.parametrize("unit", [False, True])
def test_rows_match_the_definition_to_the_bit(unit):
    rng = random.Random(3)
    for _ in range(500):
        vectors = _random_vectors(rng)
        assert np.array_equal(as_matrix(vectors, unit), _reference(vectors, unit)), vectors


def test_repeated_terms_add_up_and_columns_follow_first_use():
    rows = as_matrix([[(("c", "7"), 1.0), (("c", "3"), 1.0), (("c", "7"), 1.0)], []])
    assert rows.tolist() == [[2.0, 1.0], [0.0, 0.0]]


def test_unit_rows_have_length_one_and_empty_rows_stay_zero():
    rows = as_matrix([[(("t", "x"), 3.0), (("t", "y"), 4.0)], [], [(("t", "x"), 0.0)]], unit=True)
    assert rows.tolist() == [[0.6, 0.8], [0.0, 0.0], [0.0, 0.0]]


def test_large_matrices_are_sparse_with_the_same_values(monkeypatch):
    rng = random.Random(5)
    vectors = _random_vectors(rng)
    dense = as_matrix(vectors, unit=True)
    monkeypatch.setattr(features, "DENSE_CELLS", 0)
    sparse_rows = as_matrix(vectors, unit=True)
    assert sparse.issparse(sparse_rows)
    assert np.array_equal(sparse_rows.toarray(), dense)


@pytest.mark.parametrize("unit", [False, True])
def test_groups_made_together_are_each_as_made_alone(monkeypatch, unit):
    rng = random.Random(11)
    monkeypatch.setattr(features, "DENSE_CELLS", 12)  # some groups dense, some sparse
    for _ in range(100):
        groups = [_random_vectors(rng) for _ in range(rng.randint(1, 6))]
        together = as_matrices(groups, unit)
        assert len(together) == len(groups)
        for vectors, matrix in zip(groups, together, strict=True):
            alone = as_matrix(vectors, unit)
            assert sparse.issparse(matrix) == sparse.issparse(alone)
            assert sparse.issparse(matrix) or not matrix.flags.writeable  # shared buffer
            assert np.array_equal(_cells(matrix), _cells(alone)), vectors


def _cells(matrix):
    return matrix.toarray() if sparse.issparse(matrix) else matrix
