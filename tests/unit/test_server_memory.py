"""The managed server's memory sizing: Neo4j's own recommendation, the share left to namesake,
the store, and the user's settings winning (no server started)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import ConfigError
from graph.server import config, memory
from graph.server.memory import GIB, MIB, format_size, parse_size, plan, recommend
from graph.settings import ServerSettings

# `neo4j-admin server memory-recommendation --memory=M` of Neo4j 5.26.30 (an empty store):
# M -> (heap, page cache), as it printed them.
NEO4J_ADMIN = {
    "3g": ("1300m", "512m"),
    "4g": ("2g", "512m"),
    "8g": ("3600m", "2g"),
    "10g": ("4g", "3g"),
    "16g": ("5g", "7g"),
    "16066m": ("5100m", "6900m"),
    "24g": ("8g", "10g"),
    "64g": ("24g", "28g"),
}


@pytest.mark.parametrize("machine", sorted(NEO4J_ADMIN))
def test_recommendation_matches_neo4j_admin(machine: str) -> None:
    _, heap, pagecache = recommend(parse_size(machine, "test"))
    assert (format_size(heap), format_size(pagecache)) == NEO4J_ADMIN[machine]


def test_a_third_of_the_ram_is_left_to_namesake_and_other_work() -> None:
    chosen = plan(24 * GIB, 0)
    # The recommendation for 16 GiB: heap 5g; the page cache follows the (empty) store.
    assert (chosen.heap, chosen.pagecache, chosen.tx_memory) == ("5g", "2g", "3600m")
    assert "24.0 GiB of RAM less 8.0 GiB" in chosen.why[0]
    assert len(chosen.why) == 3 and all("\n" not in line for line in chosen.why)


def test_page_cache_grows_with_the_store_up_to_what_is_left() -> None:
    assert plan(24 * GIB, 2 * GIB).pagecache == "4g"
    assert plan(24 * GIB, 40 * GIB).pagecache == "7g"  # 16 GiB less OS share and heap


def test_a_small_machine_still_gets_a_server() -> None:
    chosen = plan(2 * GIB, 0)
    assert parse_size(chosen.heap, "") >= 256 * MIB
    assert parse_size(chosen.tx_memory, "") < parse_size(chosen.heap, "")


def test_settings_given_win_and_are_named() -> None:
    chosen = plan(24 * GIB, 0, heap="8g", pagecache="1g", tx_memory="6g")
    assert (chosen.heap, chosen.pagecache, chosen.tx_memory) == ("8g", "1g", "6g")
    assert "NAMESAKE_HEAP" in chosen.why[0] and "NAMESAKE_PAGECACHE" in chosen.why[1]
    assert "NAMESAKE_TX_MEMORY" in chosen.why[2]
    assert plan(24 * GIB, 0, heap="8g").tx_memory == "5700m"  # 70% of the heap given


def test_a_wrong_size_names_the_setting() -> None:
    with pytest.raises(ConfigError, match="NAMESAKE_HEAP"):
        plan(24 * GIB, 0, heap="lots")
    with pytest.raises(ConfigError, match="smaller than the heap"):
        plan(24 * GIB, 0, heap="2g", tx_memory="2g")


def test_sizes_parse_and_print_as_neo4j_writes_them() -> None:
    assert parse_size("2g", "x") == 2 * GIB
    assert parse_size("512M", "x") == 512 * MIB
    assert parse_size("1.5g", "x") == 1536 * MIB
    assert format_size(8 * GIB) == "8g"
    assert format_size(5100 * MIB) == "5100m"
    assert format_size(512 * MIB) == "512m"


def test_store_size_counts_the_database_files(tmp_path: Path) -> None:
    assert memory.store_size(tmp_path) == 0
    store = tmp_path / "data" / "databases" / "neo4j"
    store.mkdir(parents=True)
    (store / "neostore.nodestore.db").write_bytes(b"x" * 1000)
    (store / "schema").mkdir()
    (store / "schema" / "index").write_bytes(b"x" * 24)
    assert memory.store_size(tmp_path) == 1024


def test_conf_carries_the_plan(tmp_path: Path) -> None:
    settings = ServerSettings(home=tmp_path, cache_dir=tmp_path)
    conf = config.neo4j_conf(settings, plan(24 * GIB, 0))
    assert "server.memory.heap.max_size=5g" in conf
    assert "server.memory.pagecache.size=2g" in conf
    assert "dbms.memory.transaction.total.max=3600m" in conf


def test_memory_variables_reach_every_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAMESAKE_HEAP", "6g")
    monkeypatch.setenv("NAMESAKE_TX_MEMORY", "4g")
    monkeypatch.delenv("NAMESAKE_PAGECACHE", raising=False)
    settings = ServerSettings.defaults()
    assert (settings.heap, settings.pagecache, settings.tx_memory) == ("6g", None, "4g")
