"""The command line as a user runs it, against the session's managed server."""

from __future__ import annotations

from click.testing import CliRunner, Result

from graph.settings import ServerSettings
from namesake.cli import main


def namesake(settings: ServerSettings, *args: str, answer: str | None = None) -> Result:
    """`namesake --home HOME ARGS...` (stdout and stderr apart), with `answer` on its stdin;
    NEO4J_URI is cleared so that the managed server of `settings` is the one used."""
    return CliRunner().invoke(
        main,
        ["--home", str(settings.home), *args],
        input=answer,
        env={"NEO4J_URI": ""},
        catch_exceptions=False,
    )
