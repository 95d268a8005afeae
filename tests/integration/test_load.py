"""Loading every sample file into the real Neo4j: counts checked against numbers computed
independently from the raw files, idempotence, and bad input leaving the database as it was."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from graph.db import Database
from graph.errors import InputError
from graph.settings import ServerSettings
from loaders.writer import GraphWriter
from tests.integration.cli_runner import namesake
from tests.paths import data_path

pytestmark = pytest.mark.integration


def counts(db: Database) -> dict[str, int]:
    return db.query("test/count_graph")[0]


def load_all(db: Database, paths: list[Path], **options: int) -> None:
    GraphWriter(db, **options).load_all(paths)


def test_aminer_dev_counts_and_labels(db: Database) -> None:
    files = sorted(data_path("aminer-dev").glob("*.xml"))
    raw = [f.read_text(encoding="utf-8") for f in files]
    publications = sum(text.count("<publication>") for text in raw)
    paper_ids = {i for text in raw for i in re.findall(r"<id>\s*(\d+)\s*</id>", text)}
    load_all(db, files)
    truths = db.query("test/labels_of_truths")[0]
    assert len(files) == 54
    assert truths["mentions"] == publications == 3744
    assert truths["papers"] == len(paper_ids) == 3710
    assert counts(db)["papers"] == 3710
    # Labels are per file: label 2 of Feng_Liu.xml and of Hao_Wang.xml are different people.
    labels = set(truths["labels"])
    assert {"Feng_Liu#2", "Hao_Wang#2"} <= labels
    assert truths["people"] == sum(len(set(re.findall(r"<label>\s*(\d+)", t))) for t in raw)

    before = counts(db)
    load_all(db, files)
    assert counts(db) == before, "loading the same files twice changed the graph"


def test_dblp_bibtex_counts(db: Database) -> None:
    files = sorted(data_path("dblp-bib").glob("*.bib"))
    entry = re.compile(r"^@(\w+)\{([^,]+),(.*?)^\}", re.M | re.S)
    entries = [m.groups() for f in files for m in entry.finditer(f.read_text())]
    # Authored records are papers; @proceedings and edited books are crossref'd venues.
    papers = {key for kind, key, body in entries if re.search(r"^\s*author\s*=", body, re.M)}
    truth_papers = {
        json.loads(line)["paper"]
        for line in data_path("dblp-bib", "truth.jsonl").read_text().splitlines()
        if line
    }
    load_all(db, files)
    rows = db.query("test/papers_with_mention", source="dblp")
    with_jun_zhang = {
        r["source_id"] for r in rows if any(m["name"] == "Jun Zhang" for m in r["mentions"])
    }
    assert len(rows) == len(papers)
    assert with_jun_zhang == truth_papers and len(truth_papers) == 671
    assert counts(db)["venues"] > 0
    assert not any("{" in m["name"] for r in rows for m in r["mentions"])


def test_han_cai_page(db: Database) -> None:
    page = data_path("arrow", "han-cai.txt")
    load_all(db, [page])
    rows = db.query("test/papers_with_mention", source="arrow")
    # The header says "19 papers" but the page as saved lists 18 (one author list each).
    author_lists = re.findall(r"(?:^  \u2022 .*\n)+", page.read_text(encoding="utf-8"), re.M)
    assert len(rows) == len(author_lists) == 18
    for row in rows:
        han_cai = [m for m in row["mentions"] if m["name"] == "Han Cai"]
        assert len(han_cai) == 1, row["title"]
        if han_cai[0]["position"] is None:
            assert row["authors_cut"], f"{row['title']}: Han Cai not shown, list must be cut"


def test_dblp_xml_samples_keep_accents_and_suffixes(db: Database) -> None:
    files = sorted(data_path("dblp-xml").glob("*.xml"))
    load_all(db, files)
    graph = counts(db)
    assert graph["papers"] > 0 and graph["source_persons"] > 0
    suffixed = [a for a in db.query("test/author_names", fragment=" 000") if a["suffix"]]
    assert suffixed and all(a["key"].endswith(a["suffix"]) for a in suffixed)
    raw = "\n".join(f.read_text(encoding="latin-1") for f in files)
    entity_names = re.findall(r"<author[^>]*>([^<]*&[a-z]+;[^<]*)</author>", raw)
    assert entity_names, "the samples should contain names written with entities"
    import html

    expected = html.unescape(entity_names[0])
    found = db.query("test/author_names", fragment=expected)
    assert found and "&" not in found[0]["name"]


def test_coauthor_counts_and_big_teams(db: Database, tmp_path: Path) -> None:
    team = [{"name": f"Member {i:03d}"} for i in range(150)]
    ada, charles = {"name": "Ada Lovelace"}, {"name": "Charles Babbage"}
    lines = [
        {"id": "p1", "title": "One", "authors": [ada, charles]},
        {"id": "p2", "title": "Two", "authors": [charles, ada]},
        {"id": "p3", "title": "Big", "authors": [ada, *team]},
    ]
    path = tmp_path / "papers.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    load_all(db, [path], max_team=100)
    pairs = db.query("test/coauthors_of", key="ada lovelace")
    assert pairs == [{"coauthor": "charles babbage", "papers": 2}]
    load_all(db, [path], max_team=100)
    assert db.query("test/coauthors_of", key="ada lovelace") == pairs


def test_bad_record_leaves_the_database_as_it_was(db: Database, tmp_path: Path) -> None:
    good = {"id": "ok-1", "title": "Fine", "authors": [{"name": "Grace Hopper"}]}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(good | {"id": "ok-2"}) + "\n{oops\n")
    before = counts(db)
    with pytest.raises(InputError) as error:
        load_all(db, [path])
    assert str(path) in str(error.value) and "line 3" in str(error.value)
    assert counts(db) == before


def test_load_command_in_a_script(
    db: Database, server_settings: ServerSettings, tmp_path: Path
) -> None:
    """As run from a script or CI log: a summary line per file, no progress-bar lines (stderr is
    not a terminal), and a bad file exits 1 with its name and line, changing nothing."""
    good = data_path("dblp-bib", "Zhang_0009_Jun.bib")
    result = namesake(server_settings, "load", str(good))
    assert result.exit_code == 0, result.output
    assert re.search(r"Zhang_0009_Jun.bib \[bibtex\]: 14 records; papers 12 added", result.stdout)
    assert "\r" not in result.stderr and "records/s" not in result.stderr
    before = counts(db)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "title": "T", "authors": []}) + "\n")
    result = namesake(server_settings, "load", str(bad))
    assert result.exit_code == 1
    assert str(bad) in result.stderr and "line 1" in result.stderr
    assert counts(db) == before


def test_truncated_gzip_is_named_and_changes_nothing(db: Database, tmp_path: Path) -> None:
    source = data_path("dblp-xml", "sample-records.xml").read_bytes()
    cut = tmp_path / "dblp.xml.gz"
    packed = gzip.compress(source)
    cut.write_bytes(packed[: len(packed) // 2])
    before = counts(db)
    with pytest.raises(InputError, match=r"dblp\.xml\.gz"):
        load_all(db, [cut])
    assert counts(db) == before


def test_unknown_format_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some words\n")
    with pytest.raises(InputError, match="Known formats"):
        load_all(db, [path])
    assert counts(db)["papers"] == 0


def numbered_papers(count: int) -> list[dict]:
    return [
        {
            "id": f"p{i}",
            "title": f"Paper {i}",
            "year": 2000 + i % 20,
            "authors": [{"name": f"Author {i % 7}"}, {"name": f"Author {(i + 1) % 7}"}],
        }
        for i in range(count)
    ]


LARGE = {"batch_rows": 50}  # 10 papers of 2 authors per transaction


def test_bad_record_at_the_end_of_a_large_file_writes_nothing(db: Database, tmp_path: Path) -> None:
    papers = numbered_papers(50)
    path = tmp_path / "large.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in papers) + "\n{cut off\n")
    before = counts(db)
    with pytest.raises(InputError, match="line 51"):
        load_all(db, [path], **LARGE)
    assert counts(db) == before and db.query("test/load_markers") == []

    path.write_text("\n".join(json.dumps(p) for p in papers) + "\n")
    summary = GraphWriter(db, **LARGE).load(path)
    assert summary.resumed is False
    assert db.query("test/load_markers") == [
        {"path": str(path), "status": "complete", "records": 50}
    ]
    graph = counts(db)
    assert (graph["papers"], graph["mentions"]) == (50, 100)


def test_interrupted_load_is_completed_by_a_rerun(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "large.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in numbered_papers(60)) + "\n")

    def interrupt_after_two_batches(summary) -> None:
        if summary.records >= 20:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        GraphWriter(db, **LARGE).load(path, on_progress=interrupt_after_two_batches)
    assert counts(db)["papers"] == 20
    summary = GraphWriter(db, **LARGE).load(path)
    assert summary.resumed is True and summary.papers_added == 40
    graph = counts(db)
    assert (graph["papers"], graph["mentions"]) == (60, 120)
    assert db.query("test/load_markers")[0]["status"] == "complete"


def test_papers_of_3000_authors_load_in_small_transactions(db: Database, tmp_path: Path) -> None:
    """Batches are bounded by rows (tests/unit/test_batches.py proves the bound): three papers
    of 3,000 authors go in transactions of 500 rows, and the result is the whole graph."""
    team = [{"name": f"Member {i:04d}"} for i in range(3000)]
    lines = [{"id": f"big-{n}", "title": f"Big {n}", "authors": team} for n in range(3)]
    lines.append({"id": "small", "title": "Small", "authors": team[:3]})
    path = tmp_path / "teams.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    summary = GraphWriter(db, batch_rows=500, coauthor_rows=1).load(path)
    assert (summary.papers, summary.mentions, summary.authors_added) == (4, 9003, 3000)
    graph = counts(db)
    assert (graph["papers"], graph["mentions"], graph["authors"]) == (4, 9003, 3000)
    assert graph["coauthor_pairs"] == 3  # the small paper's team; the big ones give none
    assert db.query("test/coauthors_of", key="member 0000") == [
        {"coauthor": "member 0001", "papers": 1},
        {"coauthor": "member 0002", "papers": 1},
    ]


def broken_corpus(tmp_path: Path, broken: int) -> Path:
    """Five good papers, and `broken` bad lines at lines 2, 4, 6, ..."""
    lines = [
        json.dumps({"id": f"p{i}", "title": f"P{i}", "authors": [{"name": "Grace Hopper"}]})
        for i in range(5)
    ]
    for n in range(broken):
        lines.insert(2 * n + 1, "{broken" if n % 2 == 0 else json.dumps({"id": "x"}))
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_max_bad_skips_bad_records_into_the_rejects_file(
    db: Database, server_settings: ServerSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    path = broken_corpus(tmp_path, broken=2)
    result = namesake(server_settings, "load", "--max-bad", "2", str(path))
    assert result.exit_code == 0, result.output
    rejects = work / "corpus.jsonl.rejects.jsonl"
    assert f"2 bad records skipped, listed in {rejects}" in result.stdout
    assert counts(db)["papers"] == 5
    lines = [json.loads(line) for line in rejects.read_text().splitlines()]
    assert [(r["file"], r["line"]) for r in lines] == [(str(path), 2), (str(path), 4)]
    assert lines[0]["reason"].startswith("not valid JSON")
    assert lines[1]["reason"].startswith('"authors" must be a non-empty list')


def test_past_max_bad_the_file_is_refused_and_nothing_changes(
    db: Database, server_settings: ServerSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    load_all(db, [data_path("dblp-bib", "Zhang_0009_Jun.bib")])
    before = counts(db)
    path = broken_corpus(tmp_path, broken=3)
    result = namesake(server_settings, "load", "--max-bad", "2", str(path))
    assert result.exit_code == 1
    assert f"{path}, line 6" in result.stderr
    assert "bad record 3, more than --max-bad 2 allows" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert counts(db) == before and db.query("test/load_markers")[0]["status"] == "complete"


def test_a_misspelt_aminer_person_is_matched_with_a_warning(
    db: Database, server_settings: ServerSettings, tmp_path: Path
) -> None:
    path = tmp_path / "Shu_Huang.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<person>\n<FullName>S. Huang</FullName>\n'
        "<publication><title>Stars</title><year>2001</year><authors>Ann Lee, S. Huang</authors>"
        "<id>1</id><label>0</label></publication>\n"
        "<publication><title>Galaxies</title><year>2002</year><authors>Simon Huan, Bo Li"
        "</authors><id>2</id><label>0</label></publication>\n</person>\n"
    )
    result = namesake(server_settings, "load", str(path))
    assert result.exit_code == 0, result.output
    assert (
        f"warning: {path}, line 5: publication 2 names no author 'S. Huang'; took 'Simon Huan'"
    ) in result.stderr
    assert "papers 2 added" in result.stdout and "1 warning (above)" in result.stdout
    labelled = {
        (row["source_id"], m["name"])
        for row in db.query("test/papers_with_mention", source="aminer")
        for m in row["mentions"]
        if m["truth"] == "Shu_Huang#0"
    }
    assert labelled == {("1", "S. Huang"), ("2", "Simon Huan")}


def test_load_a_directory(db: Database, server_settings: ServerSettings, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "older").mkdir(parents=True)
    for name, paper in [("b.jsonl", "p2"), ("a.jsonl", "p1"), ("older/c.jsonl", "p3")]:
        line = {"id": paper, "title": paper, "authors": [{"name": "Ada Lovelace"}]}
        (folder / name).write_text(json.dumps(line) + "\n")
    (folder / "README.md").write_text("# notes\n")
    (folder / "a.jsonl.rejects.jsonl").write_text('{"file": "a.jsonl"}\n')
    result = namesake(server_settings, "load", str(folder))
    assert result.exit_code == 0, result.output
    loaded = re.findall(r"^(\S+) \[jsonl\]", result.stdout, re.M)
    assert loaded == [str(folder / "a.jsonl"), str(folder / "b.jsonl")]
    assert f"skipped {folder / 'README.md'}: the input format is not recognised" in result.stderr
    assert f"skipped {folder / 'older'}: a directory" in result.stderr
    assert f"skipped {folder / 'a.jsonl.rejects.jsonl'}: the rejects file" in result.stderr
    assert counts(db)["papers"] == 2

    (folder / "b.jsonl").write_text("{broken\n")
    result = namesake(server_settings, "load", str(folder / "b.jsonl"), str(folder))
    assert result.exit_code == 1
    assert "Not loaded after it: 1 file (a.jsonl)" in result.stderr
