"""Counts in messages."""

from graph.wording import counted


def test_counted() -> None:
    assert counted(1, "paper") == "1 paper" and counted(0, "paper") == "0 papers"
    assert counted(2, "person", "people") == "2 people"
    assert counted(1, "person", "people") == "1 person"
