"""End to end in a real browser: Debian's Chromium, headless, driven by Selenium through
Debian's chromedriver (never a downloaded browser), against the managed Neo4j's own Browser.

Opens the URL `namesake browse "Han Cai"` prints, logs in with the generated password, checks
that the server's post-connect command applied namesake's style, runs the query from the editor
and checks that the result shows the person and every paper of the Han Cai page. Screenshots go
to artifacts/ (test artefacts, not committed); with NAMESAKE_UPDATE_SCREENSHOTS=1 the main one
also replaces docs/browser-han-cai.png, the README's (a plain test run leaves the tree clean).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graph import browser
from graph.db import Database
from graph.names import block_key
from graph.resolution import resolve
from graph.server import config
from graph.settings import DEFAULT_USER, ServerSettings
from loaders.writer import GraphWriter
from tests.paths import REPO, data_path

pytestmark = [pytest.mark.integration, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,900",
)
ARTIFACTS = REPO / "artifacts"
README_SCREENSHOT = REPO / "docs" / "browser-han-cai.png"
NAME = "Han Cai"
WAIT = 30  # seconds, for any one step
PERSON_COLOUR = browser.GRASS["node.Person"]["color"]


def skip_without_chromium() -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.skip(
            f"Chromium is not installed ({', '.join(missing)} missing): "
            "`make browser-deps` as root, or `apt-get install chromium chromium-driver`"
        )
    pytest.importorskip("selenium", reason="selenium is not installed: pip install -e '.[test]'")


@pytest.fixture
def chrome(tmp_path: Path):
    """Debian's Chromium, headless, in a new empty profile; through Debian's chromedriver,
    given by path so that Selenium never looks for (or downloads) a driver of its own."""
    skip_without_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def han_cai(db: Database) -> list[str]:
    """The Han Cai page loaded and resolved (two people: the 17 linked papers, and "Win Fast
    or Lose Slow" alone); its titles."""
    GraphWriter(db).load(data_path("arrow", "han-cai.txt"))
    resolve(db, [NAME])
    titles = [m["title"] for m in db.query("test/mentions_of_block", block=block_key(NAME))]
    assert len(titles) == 18, "the saved page lists 18 papers (see test_load)"
    return titles


def test_browser_shows_han_cai_and_the_papers(
    chrome, han_cai: list[str], server_settings: ServerSettings
) -> None:
    url = browser.name_link(
        server_settings.browser_url, server_settings.bolt_uri, DEFAULT_USER, NAME
    )
    with screenshot_on_failure(chrome):
        timings = check_browser(chrome, url, config.read_password(server_settings), han_cai)
    (ARTIFACTS / "browser-e2e-timings.json").write_text(json.dumps(timings, indent=2) + "\n")
    assert timings["table checked"] < 60, timings


def check_browser(chrome, url: str, password: str, titles: list[str]) -> dict[str, float]:
    """The steps a user takes, checked one by one; returns when each was done (seconds)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    started, timings = time.monotonic(), {}

    def mark(step: str) -> None:
        timings[step] = round(time.monotonic() - started, 1)

    wait = WebDriverWait(chrome, WAIT)
    chrome.get(url)

    # Browser's login form, for the server and user in the URL: only the password to type.
    field = wait.until(ready.element_to_be_clickable((By.CSS_SELECTOR, "[data-testid=password]")))
    mark("login form")
    field.send_keys(password)
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=connect]").click()

    # On connect, the server's browser.post_connect_cmd runs `:style {...}`: its frame shows.
    style = wait.until(lambda d: frame_with(d, ":style {"))
    assert "node.Person" in style.text and PERSON_COLOUR in style.text
    mark("connected, style applied")

    # The query from the URL is in the editor: run it.
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=editor-Run]").click()
    result = wait.until(lambda d: frame_with(d, "// person_subgraph"))
    wait.until(lambda _: result.find_elements(By.CSS_SELECTOR, "svg g.node"))
    inspector = result.find_element(By.CSS_SELECTOR, "[data-testid=vizInspector]")
    wait.until(lambda _: f"Paper ({len(titles)})" in inspector.text)
    assert "Person (2)" in inspector.text and "RESOLVED_TO" in inspector.text
    mark("graph shown")

    # The person is drawn in namesake's colour, with the name as its caption.
    people = [
        n
        for n in result.find_elements(By.CSS_SELECTOR, "svg g.node")
        if n.find_elements(By.CSS_SELECTOR, f'circle[fill="{PERSON_COLOUR}"]')
    ]
    assert [p.text.strip() for p in people] == [NAME, NAME]

    result.find_element(By.CSS_SELECTOR, 'button[title="Fullscreen"]').click()
    settle(result)
    result.find_element(By.CSS_SELECTOR, 'button[aria-label="zoom-to-fit"]').click()
    time.sleep(1.0)  # the zoom is animated
    save_screenshot(chrome, "browser-han-cai.png")
    mark("screenshot")

    # The table view of the same result holds every paper of the page, in full.
    result.find_element(By.CSS_SELECTOR, "[data-testid=cypherFrameSidebarTable]").click()
    shown = wait.until(lambda _: result.text if '"Person"' in result.text else None)
    missing = [title for title in titles if title not in shown]
    assert not missing, f"papers missing from the Browser's table: {missing}"
    save_screenshot(chrome, "browser-han-cai-table.png", readme=False)
    mark("table checked")
    return timings


@contextmanager
def screenshot_on_failure(driver) -> Iterator[None]:
    try:
        yield
    except Exception:
        save_screenshot(driver, "browser-failure.png", readme=False)
        raise


def frame_with(driver, command_start: str):
    """The frame whose command holds `command_start`, once shown."""
    from selenium.webdriver.common.by import By

    for frame in driver.find_elements(By.CSS_SELECTOR, "[data-testid=frame]"):
        commands = frame.find_elements(By.CSS_SELECTOR, "[data-testid=frameCommand]")
        if commands and command_start in commands[0].text:
            return frame
    return None


def settle(frame, timeout: float = 8.0) -> None:
    """Wait until the graph layout stops moving (or `timeout`), for a readable screenshot."""
    from selenium.webdriver.common.by import By

    def positions() -> list[str | None]:
        return [
            n.get_attribute("transform") for n in frame.find_elements(By.CSS_SELECTOR, "svg g.node")
        ]

    deadline, last = time.monotonic() + timeout, positions()
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = positions()
        if now == last:
            return
        last = now


def save_screenshot(driver, name: str, readme: bool = True) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    assert driver.save_screenshot(str(path)), f"could not write {path}"
    if readme and os.environ.get("NAMESAKE_UPDATE_SCREENSHOTS") == "1":
        README_SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(path, README_SCREENSHOT)
    return path
