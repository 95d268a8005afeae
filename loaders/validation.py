"""The bad-record policy, as neo4j-admin import's --bad-tolerance: a file is read through once
before anything is written (a streaming pass, constant memory), so that a bad record refuses
the file while the database is as it was. Strict by default; with `max_bad` N, up to N bad
records are skipped and listed in a rejects file, one JSON object per line:

    {"file": "corpus.jsonl", "line": 7, "record": null, "reason": "not valid JSON (...)"}

The rejects file is `<input file name>.rejects.jsonl` in `rejects_dir` (the CLI passes the
current directory), written when a file has bad records and `max_bad` is not 0, whether the
file is loaded or refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError
from loaders import read_items
from loaders.checks import record_problem
from loaders.records import BadRecord, Item, Record, RecordWarning

REJECTS_SUFFIX = ".rejects.jsonl"
WARNINGS_KEPT = 100  # a summary names this many; the rest are counted
_RECORD_ID_SHOWN = 100  # characters of a record id a message quotes
PROGRESS_EVERY = 5000  # records between progress reports of the checking pass


@dataclass(frozen=True)
class BadRecordPolicy:
    """How many bad records a file may have (skipped) before it is refused, and where the
    rejects files go (None: nowhere, the summary still counts them)."""

    max_bad: int = 0
    rejects_dir: Path | None = None

    def rejects_path(self, path: Path) -> Path | None:
        """Where the rejects of `path` are listed: nowhere when strict (the refusal names the
        one bad record) or without a directory."""
        if self.max_bad == 0 or self.rejects_dir is None:
            return None
        return self.rejects_dir / f"{path.name}{REJECTS_SUFFIX}"


def checked_items(path: Path, fmt: str) -> Iterator[Item]:
    """What the reader finds in `path`, each record checked for what Neo4j would refuse."""
    for item in read_items(path, fmt):
        if isinstance(item, BadRecord | RecordWarning) or not (problem := record_problem(item)):
            yield item
        else:
            yield BadRecord(
                str(path),
                problem,
                record=item.source_id[:_RECORD_ID_SHOWN],
                hint="Mend the record in the file.",
            )


class FileCheck:
    """One file under the policy: records pass, bad ones are kept (and refuse the file past
    the tolerance), warnings are collected for the summary."""

    def __init__(self, path: Path, policy: BadRecordPolicy):
        self.path = path
        self.policy = policy
        self.rejects: list[BadRecord] = []
        self.warnings: list[RecordWarning] = []
        self.warning_count = 0
        self.records = 0

    @property
    def rejects_path(self) -> Path | None:
        return self.policy.rejects_path(self.path) if self.rejects else None

    def records_of(self, items: Iterable[Item]) -> Iterator[Record]:
        for item in items:
            if isinstance(item, BadRecord):
                self._reject(item)
            elif isinstance(item, RecordWarning):
                self._warn(item)
            else:
                self.records += 1
                yield item

    def run(
        self, items: Iterable[Item], on_count: Callable[[int], None] = lambda _: None
    ) -> FileCheck:
        """Read every item (the checking pass), telling `on_count` how many records passed
        every PROGRESS_EVERY records and at the end; then write the rejects file."""
        for _ in self.records_of(items):
            if self.records % PROGRESS_EVERY == 0:
                on_count(self.records)
        on_count(self.records)
        self.finish()
        return self

    def finish(self) -> None:
        """Write the rejects file, if the file had bad records."""
        target = self.rejects_path
        if target is None:
            return
        lines = (
            json.dumps(
                {"file": r.path, "line": r.line, "record": r.record, "reason": r.problem},
                ensure_ascii=False,
            )
            + "\n"
            for r in self.rejects
        )
        try:
            with target.open("w", encoding="utf-8") as out:
                out.writelines(lines)
        except OSError as error:
            raise InputError(
                str(target),
                f"cannot write the rejects file ({error.strerror})",
                hint="Run the load from a directory you can write to.",
            ) from error

    def _reject(self, bad: BadRecord) -> None:
        self.rejects.append(bad)
        if len(self.rejects) > self.policy.max_bad:
            self.finish()
            raise self._refusal(bad)

    def _warn(self, warning: RecordWarning) -> None:
        self.warning_count += 1
        if len(self.warnings) < WARNINGS_KEPT:
            self.warnings.append(warning)

    def _refusal(self, bad: BadRecord) -> InputError:
        max_bad = self.policy.max_bad
        if max_bad == 0:
            problem = bad.problem
            advice = (
                "Nothing was loaded from this file. Mend the record, or load with --max-bad N "
                "to skip up to N bad records (listed in a rejects file)."
            )
        else:
            problem = f"{bad.problem} (bad record {len(self.rejects)}, more than --max-bad "
            problem += f"{max_bad} allows)"
            listed = f" They are listed in {self.rejects_path}." if self.rejects_path else ""
            advice = (
                f"Nothing was loaded from this file.{listed} Mend the records, or raise "
                "--max-bad to skip them."
            )
        hint = f"{bad.hint}\n{advice}" if bad.hint else advice
        return InputError(bad.path, problem, line=bad.line, record=bad.record, hint=hint)
