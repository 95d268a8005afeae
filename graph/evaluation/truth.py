"""Gold labels and the assembly of an evaluation.

A truth file (`namesake evaluate --truth FILE`) has one JSON object per line:
`{"paper": "<source id>", "name": "<name as written>", "person": "<gold id>"}`, and where the
source grouped its labels into blocks (the ambiguous name a label was made for), `"block"`:
the labels are then scored block by block as the source made them, instead of by name group.
Blank lines are skipped and other keys ignored. A label applies to the mention whose paper has
that source id and whose name as written is the same after `graph.names.normalize` (a DBLP
suffix such as `0003` is part of the name as written, so it must be on both sides or on
neither).

`evaluate` scores the resolution and both baselines block by block. Mentions without a gold
label are left out (they are counted, not scored); a mention with a gold label but no predicted
person is scored as a person of its own and counted as unresolved.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import groupby
from pathlib import Path

from graph.errors import EvaluationError, InputError, NamesakeError
from graph.evaluation.baselines import EvalMention, coauthor_components, one_person
from graph.evaluation.calibration import Calibration, calibration
from graph.evaluation.metrics import BlockResult, Scores, macro_average, score_block
from graph.names import normalize

TruthKey = tuple[str, str]
METHODS = ("resolution", "one_person", "coauthors")
_FIELDS = ("paper", "name", "person")


@dataclass(frozen=True)
class TruthLabel:
    """One line of a truth file."""

    paper: str
    name: str
    person: str
    line: int
    block: str | None = None


@dataclass(frozen=True)
class Truth:
    """The labels of a truth file, keyed by (paper source id, normalised name)."""

    path: str
    labels: Mapping[TruthKey, str]
    blocks: Mapping[TruthKey, str] = field(default_factory=dict)  # where the file gives them


@dataclass(frozen=True)
class MethodResult:
    """One method's per-block results (sorted by block) and their macro average."""

    method: str
    blocks: tuple[BlockResult, ...]
    macro: Scores


@dataclass(frozen=True)
class Evaluation:
    """The resolution and both baselines scored on the same mentions.

    `mentions` were scored; `left_out` had no gold label; `unresolved` were scored but had no
    predicted person (each counted as a person of its own). `calibration` says whether the
    resolution's scores mark its wrong assignments (calibration.py; None without scores).
    `name_groups` is the best any merge within the resolution's name groups could score (each
    group split by the gold people): what the blocking alone loses (None where a scored
    mention's group is not known).
    """

    resolution: MethodResult
    one_person: MethodResult
    coauthors: MethodResult
    mentions: int
    left_out: int
    unresolved: int
    calibration: Calibration | None = None
    name_groups: MethodResult | None = None

    @property
    def methods(self) -> tuple[MethodResult, ...]:
        return (self.resolution, self.one_person, self.coauthors)


def truth_key(paper: str, name: str) -> TruthKey:
    """What a truth label and a mention are matched on."""
    return (paper, normalize(name))


def read_truth(path: str | Path) -> Truth:
    """Read and validate a truth file; InputError names the file and line of any problem."""
    labels: dict[TruthKey, TruthLabel] = {}
    for label in _read_labels(Path(path)):
        key = truth_key(label.paper, label.name)
        seen = labels.setdefault(key, label)
        if seen.person != label.person:
            raise InputError(
                str(path),
                f"{label.name!r} on paper {label.paper!r} is "
                f"{label.person!r} here but {seen.person!r} on line {seen.line}",
                line=label.line,
                hint="Keep one label per (paper, name).",
            )
    if not labels:
        raise InputError(
            str(path),
            "the truth file has no labels",
            hint='Write one {"paper": ..., "name": ..., "person": ...} per line.',
        )
    return Truth(
        str(path),
        {key: label.person for key, label in labels.items()},
        {key: label.block for key, label in labels.items() if label.block},
    )


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            str(path),
            f"cannot read the file ({error})",
            hint="Pass an existing UTF-8 JSON-lines file.",
        ) from error


def _read_labels(path: Path) -> Iterable[TruthLabel]:
    """The file's labels, in order, skipping blank lines."""
    for number, line in enumerate(_lines(path), start=1):
        if line.strip():
            yield parse_truth_line(line, str(path), number)


def parse_truth_line(line: str, path: str, number: int) -> TruthLabel:
    """One JSON object with non-empty string values for paper, name and person."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            path,
            f"not valid JSON ({error.msg})",
            line=number,
            hint="Each line must be one JSON object.",
        ) from error
    if not isinstance(row, dict):
        raise InputError(
            path,
            "not a JSON object",
            line=number,
            hint='Write {"paper": ..., "name": ..., "person": ...}.',
        )
    bad = [f for f in _FIELDS if not isinstance(row.get(f), str) or not row[f].strip()]
    if bad:
        raise InputError(
            path,
            f"missing or empty {', '.join(bad)}",
            line=number,
            hint='"paper", "name" and "person" must be non-empty strings.',
        )
    block = row.get("block")
    return TruthLabel(
        row["paper"].strip(),
        row["name"].strip(),
        row["person"].strip(),
        number,
        block.strip() if isinstance(block, str) and block.strip() else None,
    )


def with_truth(mentions: Iterable[EvalMention], truth: Truth) -> list[EvalMention]:
    """The mentions with their gold replaced by the truth file's label (None when it has none),
    and their block by the file's where it gives one."""
    labels, blocks = truth.labels, truth.blocks
    found = []
    for m in mentions:
        key = truth_key(m.paper_id, m.name)
        found.append(replace(m, gold=labels.get(key), block=blocks.get(key, m.block)))
    return found


Assignment = tuple[str, float | None]  # a person, and the assignment's score if given


def read_assignments(path: str | Path) -> dict[tuple[str, object], Assignment]:
    """An assignments file (`namesake export assignments`, or another system's output in the
    same lines): person and score by (paper, position), and by (paper, name) where that is
    unambiguous."""
    by_slot: dict[tuple[str, object], Assignment] = {}
    by_name: dict[tuple[str, object], set[Assignment]] = {}
    for number, line in enumerate(_lines(Path(path)), start=1):
        if not line.strip():
            continue
        label = parse_truth_line(line, str(path), number)
        record = json.loads(line)
        score = record.get("score")
        assignment = (label.person, float(score) if isinstance(score, (int, float)) else None)
        if isinstance(record.get("position"), int):
            by_slot[(label.paper, record["position"])] = assignment
        by_name.setdefault(truth_key(label.paper, label.name), set()).add(assignment)
    unique = {
        key: found.pop()
        for key, found in by_name.items()
        if len({person for person, _ in found}) == 1
    }
    return {**unique, **by_slot}


def with_predictions(
    mentions: Iterable[EvalMention], predictions: Mapping[tuple[str, object], Assignment]
) -> list[EvalMention]:
    """The mentions with `predicted` and `score` from `read_assignments`: by slot, else by
    name (neither, where the file has no line for the mention)."""
    found = []
    for m in mentions:
        person, score = predictions.get(
            (m.paper_id, m.position), predictions.get(truth_key(m.paper_id, m.name), (None, None))
        )
        found.append(replace(m, predicted=person, score=score))
    return found


def evaluate(
    mentions: Iterable[EvalMention],
    truth: Truth | None = None,
    normalize: Callable[[str], str] = normalize,
) -> Evaluation:
    """Score the resolution and both baselines per block and on macro average.

    With `truth`, gold labels come from the truth file only; without, from `EvalMention.gold`.
    `normalize` is how the coauthor baseline compares coauthor names. The baselines see only
    the scored mentions: a mention left out (no gold) links nothing.
    """
    mentions = list(mentions)
    if len({m.mention_id for m in mentions}) != len(mentions):
        raise ValueError("mention ids must be unique")
    if truth is not None:
        mentions = with_truth(mentions, truth)
    scored = sorted((m for m in mentions if m.gold is not None), key=lambda m: m.block)
    if not scored:
        raise _nothing_to_score(truth)
    return Evaluation(
        resolution=_score_method("resolution", scored, _predicted),
        one_person=_score_method("one_person", scored, one_person),
        coauthors=_score_method("coauthors", scored, lambda ms: coauthor_components(ms, normalize)),
        mentions=len(scored),
        left_out=len(mentions) - len(scored),
        unresolved=sum(m.predicted is None for m in scored),
        calibration=calibration(scored),
        name_groups=_score_method("name_groups", scored, _split_by_gold)
        if all(m.group is not None for m in scored)
        else None,
    )


def _split_by_gold(mentions: Iterable[EvalMention]) -> Mapping[str, Hashable]:
    """Each name group split exactly into its gold people: a merge's best."""
    return {m.mention_id: (m.group, m.gold) for m in mentions}


def _predicted(mentions: Iterable[EvalMention]) -> Mapping[str, Hashable]:
    """The resolution's clusters; an unresolved mention is a person of its own."""
    return {
        m.mention_id: m.predicted if m.predicted is not None else ("unresolved", m.mention_id)
        for m in mentions
    }


def _score_method(
    method: str,
    mentions: list[EvalMention],
    cluster: Callable[[list[EvalMention]], Mapping[str, Hashable]],
) -> MethodResult:
    """Cluster and score each block (mentions sorted by block) with one method."""
    blocks = []
    for block, group in groupby(mentions, key=lambda m: m.block):
        members = list(group)
        gold = {m.mention_id: m.gold for m in members}
        blocks.append(score_block(block, gold, cluster(members)))
    return MethodResult(method, tuple(blocks), macro_average(b.scores for b in blocks))


def _nothing_to_score(truth: Truth | None) -> NamesakeError:
    """The error for an evaluation where no mention has a gold label."""
    if truth is not None:
        return InputError(
            truth.path,
            "no label matches a loaded mention",
            hint="Labels match on the paper's source id and the name as written.",
        )
    return EvaluationError(
        "no mention has a gold label: load data that comes with labels "
        "(AMiner, a truth file) or pass --truth FILE"
    )
