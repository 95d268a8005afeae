"""Neo4j Browser support without a browser or a database: the style, the links, the query
library's headers, and the `namesake browse` command's output."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import click
import click.testing
import pytest
from click.testing import CliRunner

from graph import browser
from graph.server import config
from graph.server.memory import plan
from graph.settings import ServerSettings
from namesake.cli import main
from namesake.cli.browse import browse

QUERIES = browser.query_names()
REQUIRED = {
    "people_behind_name",
    "person_coauthor_network",
    "split_papers_of_name",
    "evidence_between_mentions",
    "most_ambiguous_names",
    "low_score_assignments",
    "curated_corrections",
    "person_subgraph",
}
LABELS = ("Person", "Mention", "Author", "Paper", "Venue")


def browser_decode(url: str, name: str) -> list[str]:
    """What Browser reads from a URL parameter: it decodes the whole URL (after turning `+`
    into spaces), then takes each `name=` value up to the next `&` or `#`."""
    decoded = unquote(url.replace("+", " "))
    return re.findall(rf"[?&]{name}=([^&#]*)", decoded)


# -- style -----------------------------------------------------------------------------------


def test_style_gives_every_label_a_caption_and_its_own_colour() -> None:
    colours = [browser.GRASS[f"node.{label}"]["color"] for label in LABELS]
    assert len(set(colours)) == len(LABELS)
    captions = {label: browser.GRASS[f"node.{label}"]["caption"] for label in LABELS}
    assert captions == {
        "Person": "{name}",
        "Mention": "{name}",
        "Author": "{name}",
        "Paper": "{title}",
        "Venue": "{name}",
    }


def test_style_captions_relationships_with_their_numbers() -> None:
    captions = {
        t: browser.GRASS[f"relationship.{t}"]["caption"]
        for t in ("RESOLVED_TO", "EVIDENCE", "COAUTHOR", "PUBLISHED_IN", "OF", "NAMED")
    }
    assert captions == {
        "RESOLVED_TO": "{score}",
        "EVIDENCE": "{weight}",
        "COAUTHOR": "{papers}",
        "PUBLISHED_IN": "{year}",
        "OF": "<type>",
        "NAMED": "<type>",
    }


def test_style_json_is_one_line_without_semicolons() -> None:
    # Browser splits browser.post_connect_cmd at `;` outside quotes, and neo4j.conf is one
    # value per line.
    text = browser.grass_json()
    assert "\n" not in text and ";" not in text
    assert json.loads(text) == browser.GRASS


def test_grass_file_is_css_like_with_quoted_captions() -> None:
    text = browser.grass_text()
    assert "node.Person {\n  color: #F79767;" in text
    assert '  caption: "{title}";' in text
    assert text.count("{\n") == len(browser.GRASS)


def test_post_connect_and_editor_commands() -> None:
    assert browser.post_connect_command() == "style " + browser.grass_json()
    assert browser.style_command() == ":style " + browser.grass_json()


def test_managed_server_applies_the_style_on_connect(tmp_path: Path) -> None:
    settings = ServerSettings(home=tmp_path / "home", cache_dir=tmp_path / "cache")
    lines = config.neo4j_conf(settings, plan(8 * 1024**3, 0)).splitlines()
    assert f"browser.post_connect_cmd={browser.post_connect_command()}" in lines
    assert "client.allow_telemetry=false" in lines


# -- links -----------------------------------------------------------------------------------


def test_link_connects_as_the_user_and_fills_the_editor() -> None:
    url = browser.browser_link(
        "http://127.0.0.1:17474/browser/",
        "bolt://127.0.0.1:17687",
        "neo4j",
        "MATCH (n) RETURN n\nLIMIT 5",
    )
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("http", "127.0.0.1:17474", "/browser/")
    query = parse_qs(parts.query)
    assert query["dbms"] == ["bolt://neo4j@127.0.0.1:17687"]
    assert query["cmd"] == ["edit"]
    assert browser_decode(url, "arg") == ["MATCH (n) RETURN n\nLIMIT 5"]


def test_link_survives_browsers_own_decoding() -> None:
    text = 'RETURN "a+b 100%" AS x, 1 + 2 AS y, "?arg=" AS z'
    url = browser.browser_link("http://h:1/browser", "bolt://h:2", "neo4j", text)
    assert browser_decode(url, "arg") == [text]
    assert "/browser/?dbms=" in url


def test_link_refuses_text_that_browser_would_cut() -> None:
    for text in ("RETURN 1 // a & b", "RETURN 'x#y'"):
        with pytest.raises(ValueError, match="cuts"):
            browser.browser_link("http://h:1/browser/", "bolt://h:2", "neo4j", text)


def test_link_without_query_only_connects() -> None:
    url = browser.browser_link("http://h:1/browser/", "neo4j://db.example:7687", "alice")
    assert url == "http://h:1/browser/?dbms=neo4j://alice@db.example:7687"


def test_connect_target_replaces_a_user_in_the_uri() -> None:
    assert browser.connect_target("bolt://bob@h:7687", "neo4j") == "bolt://neo4j@h:7687"
    with pytest.raises(ValueError):
        browser.connect_target("h:7687", "neo4j")


def test_name_link_puts_the_name_keys_and_the_query_in_the_editor() -> None:
    url = browser.name_link("http://h:1/browser/", "bolt://h:2", "neo4j", "Han Cai")
    [text] = browser_decode(url, "arg")
    assert text.startswith(
        '// person_subgraph (cypher/queries/person_subgraph.cypher): $key = "han cai", $top = 6\n'
    )
    assert 'MATCH (:Author {base_key: "han cai"})' in text
    assert "$" not in text.split("\n", 1)[1], "every parameter is given a value"
    assert f"LIMIT {browser.DEFAULT_TOP}" in text


def test_without_a_name_the_start_query_is_used() -> None:
    url = browser.name_link("http://h:1/browser/", "bolt://h:2", "neo4j", None)
    [text] = browser_decode(url, "arg")
    assert text.startswith("// most_ambiguous_names ")
    with pytest.raises(ValueError, match="give the name"):
        browser.name_link("http://h:1/browser/", "bolt://h:2", "neo4j", None, "person_subgraph")


def test_curated_corrections_without_a_name_means_every_name() -> None:
    text = browser.editor_text("curated_corrections", browser.name_parameters(None))
    assert "WHERE null IS NULL" in text


def test_names_become_normalised_keys_safe_in_a_url() -> None:
    values = browser.name_parameters("Zoë O'Brien-Smith & Co #1")
    assert values["key"] == browser.base_key("Zoë O'Brien-Smith & Co #1")
    assert not set("&#\"'") & set(str(values["key"]) + str(values["block"]))
    browser.name_link("http://h:1/browser/", "bolt://h:2", "neo4j", "Zoë O'Brien-Smith & Co #1")


def test_cypher_literals() -> None:
    assert browser.cypher_literal('say "hi" \\ there') == '"say \\"hi\\" \\\\ there"'
    assert browser.cypher_literal("Zoë") == '"Zoë"'
    assert [browser.cypher_literal(v) for v in (None, True, 3, 0.5)] == ["null", "true", "3", "0.5"]
    with pytest.raises(ValueError):
        browser.cypher_literal(float("nan"))
    with pytest.raises(TypeError):
        browser.cypher_literal([1])


def test_missing_value_is_named() -> None:
    with pytest.raises(ValueError, match=r"\$person"):
        browser.editor_text("person_coauthor_network", browser.name_parameters("Han Cai"))


def test_login_never_holds_the_password() -> None:
    login = browser.Login("neo4j", Path("/home/x/.local/share/namesake/neo4j/password"))
    assert login.describe() == (
        "user neo4j, password in /home/x/.local/share/namesake/neo4j/password"
    )
    assert "NEO4J_PASSWORD" in browser.Login("neo4j").describe()


# -- the query library -----------------------------------------------------------------------


def test_the_library_has_the_questions_of_issue_7() -> None:
    assert set(QUERIES) >= REQUIRED


@pytest.mark.parametrize("name", QUERIES)
def test_query_header_says_what_it_answers_and_describes_each_parameter(name: str) -> None:
    text = browser.query_text(name)
    head = browser.header(text)
    assert len(head.split()) >= 15, f"{name}: say what the query answers"
    parameters = browser.query_parameters(text)
    assert parameters, f"{name}: values come as parameters"
    assert "Parameters:" in head
    described = re.findall(r"^\s*(\$\w+(?:,\s*\$\w+)*)\s+\S", head.split("Parameters:")[1], re.M)
    names = {p.lstrip("$") for group in described for p in re.split(r",\s*", group)}
    assert names == set(parameters), f"{name}: describe exactly the parameters it uses"


@pytest.mark.parametrize("name", QUERIES)
def test_query_can_travel_in_a_browser_url(name: str) -> None:
    text = browser.query_text(name)
    assert not set("&#") & set(text), f"{name}: Browser cuts a URL argument at & and #"


@pytest.mark.parametrize("name", QUERIES)
def test_query_reads_only(name: str) -> None:
    body = "\n".join(
        line for line in browser.query_text(name).splitlines() if not line.lstrip().startswith("//")
    )
    assert not re.search(r"\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH)\b", body), name


def test_browser_queries_return_graphs_and_the_others_rows() -> None:
    graphs = {"person_subgraph", "person_coauthor_network", "evidence_between_mentions"}
    for name in QUERIES:
        returns = browser.query_text(name).rsplit("RETURN", 1)[1]
        assert (returns.strip().startswith("path")) == (name in graphs), name


def test_browsable_queries_need_only_what_a_name_gives() -> None:
    assert set(browser.browsable_queries()) == REQUIRED - {
        "person_coauthor_network",
        "evidence_between_mentions",
    }


# -- the command -----------------------------------------------------------------------------


def run_browse(*args: str) -> click.testing.Result:
    """`namesake browse ...` through namesake's own options, on a copy of the main group (the
    command is registered in namesake/cli/__init__.py separately)."""
    group = click.Group(
        "namesake", params=main.params, callback=main.callback, commands={"browse": browse}
    )
    return CliRunner().invoke(group, ["browse", *args])


def test_browse_style_prints_the_grass_file() -> None:
    result = run_browse("--style")
    assert result.exit_code == 0, result.output
    assert browser.grass_text() in result.output


def test_browse_help_has_examples() -> None:
    result = run_browse("--help")
    assert result.exit_code == 0
    assert 'namesake browse "Han Cai"' in result.output and "--style" in result.output


def test_browse_other_server_needs_its_browser_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "neo4j://db.example:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "secret-value")
    monkeypatch.delenv("NAMESAKE_BROWSER_URL", raising=False)
    assert run_browse("Han Cai").exit_code == 2
    result = run_browse("Han Cai", "--browser-url", "https://db.example:7473/browser/")
    assert result.exit_code == 0, result.output
    assert "https://db.example:7473/browser/?dbms=neo4j://neo4j@db.example:7687" in result.output
    assert "secret-value" not in result.output


def test_browse_query_about_a_name_needs_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "neo4j://db.example:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "secret-value")
    result = run_browse("--query", "split_papers_of_name", "--browser-url", "http://h/browser/")
    assert result.exit_code == 2 and "give NAME" in result.output
