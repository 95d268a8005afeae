"""The driver's retry warnings are debug records once graph.db is imported (no database)."""

from __future__ import annotations

import inspect
import logging
import subprocess
import sys

import pytest

import graph.db  # noqa: F401  (installs the filter)
from tests.paths import REPO

RETRY = "Transaction failed and will be retried in %ss (%s)"


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
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert "a real warning" in done.stderr
    assert "retried" not in done.stderr


def test_the_driver_still_words_its_retries_as_the_filter_expects() -> None:
    # The filter matches the driver's text; a driver upgrade that rewords it must fail here.
    from neo4j._sync.work import session

    source = inspect.getsource(session)
    assert source.count("will be retried") >= 2  # managed and auto-commit transactions
    assert 'getLogger("neo4j.session")' in source
