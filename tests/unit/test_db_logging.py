"""Logging: the driver's retry warnings are debug records once graph.db is imported, and
loading the title embeddings leaves the logging setup alone (no database)."""

from __future__ import annotations

import inspect
import logging
import subprocess
import sys

import pytest

import graph.db  # noqa: F401  (installs the filter)
from tests.paths import REPO

RETRY = "Transaction failed and will be retried in %ss (%s)"


def _python(script: str) -> subprocess.CompletedProcess[str]:
    """The script run in a fresh interpreter, whose logging nothing has set up yet."""
    return subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )


def test_a_retried_transient_error_is_a_debug_record(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="neo4j.session")
    log = logging.getLogger("neo4j.session")
    log.warning(RETRY, 0.9, "Neo.TransientError.Transaction.Outdated")
    log.warning("Auto-commit transaction failed and will be retried (%s)", "deadlock")
    log.warning("something else")
    assert [r.levelname for r in caplog.records] == ["DEBUG", "DEBUG", "WARNING"]


def test_without_a_logging_setup_retries_stay_off_stderr() -> None:
    script = (
        "import logging, graph.db; log = logging.getLogger('neo4j.session'); "
        f"log.warning({RETRY!r}, 0.9, 'Outdated'); log.warning('a real warning')"
    )
    done = _python(script)
    assert "a real warning" in done.stderr
    assert "retried" not in done.stderr


def test_a_logging_setup_at_info_shows_warnings_but_not_retries() -> None:
    script = (
        "import logging, graph.db; logging.basicConfig(level=logging.INFO); "
        "log = logging.getLogger('neo4j.session'); "
        f"log.warning({RETRY!r}, 0.9, 'Outdated'); log.warning('a real warning'); "
        "logging.getLogger('neo4j.session').setLevel(logging.DEBUG); "
        f"log.warning({RETRY!r}, 0.9, 'shown at debug')"
    )
    done = _python(script)
    assert "WARNING:neo4j.session:a real warning" in done.stderr
    assert "Outdated" not in done.stderr
    shown = "DEBUG:neo4j.session:Transaction failed and will be retried in 0.9s (shown at debug)"
    assert shown in done.stderr


def test_loading_the_title_embeddings_leaves_logging_as_it_was() -> None:
    # wordllama calls logging.basicConfig(level=INFO) when imported
    script = (
        "import logging; from graph.resolution.embeddings import title_vectors; "
        "title_vectors(['Neuroblast lineage-specific origin of the olfactory neurons']); "
        "root = logging.getLogger(); print(len(root.handlers), root.level); "
        "logging.getLogger('graph').info('an info record')"
    )
    done = _python(script)
    assert done.stdout.split() == ["0", str(logging.WARNING)]
    assert "an info record" not in done.stderr


def test_the_driver_still_words_its_retries_as_the_filter_expects() -> None:
    # The filter matches the driver's text; a driver upgrade that rewords it must fail here.
    from neo4j._sync.work import session

    source = inspect.getsource(session)
    assert source.count("will be retried") >= 2  # managed and auto-commit transactions
    assert 'getLogger("neo4j.session")' in source
