"""What training refuses before it starts (no database)."""

from __future__ import annotations

import pytest

from graph.errors import EvaluationError
from graph.learning.training import train


def test_training_needs_two_labelled_groups_to_cross_validate() -> None:
    with pytest.raises(EvaluationError, match="two labelled name groups or more"):
        train([])
