"""The bulk path's pure parts: keys as sort tokens, values as neo4j-admin reads them, and the
merge of sorted rows (coreutils sort, no database)."""

from __future__ import annotations

from pathlib import Path

from loaders.bulk.csvfiles import ARRAY_DELIMITER, CsvFiles, csv_field
from loaders.bulk.merge import coauthors, groups, sort_file
from loaders.bulk.spool import Spool, escape, unescape


def test_keys_become_single_tokens_and_come_back() -> None:
    for key in ("dblp:conf/gecco/X21#1", "a\tb", "line\nbreak", "back\\slash", "ünïcode"):
        token = escape(key)
        assert "\t" not in token and "\n" not in token
        assert unescape(token) == key
    assert escape("plain key") == "plain key"


def test_values_as_neo4j_admin_reads_them() -> None:
    assert csv_field(None) == ""
    assert csv_field(True) == "true" and csv_field(3) == "3"
    assert csv_field('say "hi"') == '"say ""hi"""'
    assert csv_field(["a", "b"]) == f'"a{ARRAY_DELIMITER}b"'


def test_rows_of_a_key_come_together_in_the_order_given(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    spool.add("paper", "p2", [0, "second key"])
    spool.add("paper", "p1", [0, "first"])
    spool.add("paper", "p1", [1, "then"])
    spool.close()
    sort_file(tmp_path / "paper.raw", tmp_path / "paper.sorted", tmp_path)
    assert list(groups(tmp_path / "paper.sorted")) == [
        ("p1", [[0, "first"], [1, "then"]]),
        ("p2", [[0, "second key"]]),
    ]


def test_coauthor_pairs_count_shared_papers_of_small_teams(tmp_path: Path) -> None:
    (tmp_path / "paper_counts").write_text("p1\t2\np2\t3\np3\t101\n", encoding="utf-8")
    lines = [
        "p1\tann",
        "p1\tbob",
        "p2\tann",
        "p2\tbob",
        "p2\tcy",
        "p2\tcy",  # cy twice: once
        *(f"p3\tx{i}" for i in range(101)),
    ]
    (tmp_path / "paper_author.raw").write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = CsvFiles.open(tmp_path)
    pairs = coauthors(tmp_path, files, max_team=100)
    files.close()
    rows = (tmp_path / "coauthor.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert pairs == 3
    assert rows == ['"ann","bob",2', '"ann","cy",1', '"bob","cy",1']  # p3 is over 100 authors
