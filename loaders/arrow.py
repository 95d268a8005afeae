"""The Arrow search site's "author name cluster" page, saved as text.

The page is a header ("Author name cluster", then the name), then one block per paper separated
by blank lines: a venue line ("ICLR Conference 2025 Conference Paper"), the title, the author
bullets ("  • Song Han 0003"), and the abstract. The page shows at most 8 authors per paper, so
a list of 8 may be cut, and the cluster's own name may be among the hidden ones: it then gets a
slot without a position.

The page gives no paper ids. `source_id` is "<year>/<normalised title with hyphens>", e.g.
"2018/path-level-network-transformation-for-efficient-architecture-search": the same paper
on a later copy of the page gets the same id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError
from graph.names import base_key, normalize
from loaders.files import iter_lines
from loaders.records import AuthorSlot, PaperRecord

FORMAT = "arrow"
SOURCE = "arrow"
PAGE_AUTHOR_LIMIT = 8
_HEADER = "Author name cluster"
_BULLET = "•"
_VENUE = re.compile(
    r"^(?P<venue>\S.*?)\s+(?:(?:Conference|Journal|Workshop|Symposium)\s+)?"
    r"(?P<year>(?:1[89]|20)\d\d)\s+(?P<kind>\S.*\S)$"
)
_VENUE_LINE_MAX = 120


@dataclass
class _Block:
    """A run of non-blank lines and the number of its first line."""

    line: int
    lines: list[str]


def sniff(path: Path, head: str) -> bool:
    """An Arrow cluster page says so in its header."""
    return _HEADER in head


def read(path: Path) -> Iterator[PaperRecord]:
    """Yield one PaperRecord per paper on the page."""
    blocks = _blocks(path)
    cluster = _cluster_name(path, blocks)
    pending: list[_Block] = []
    for block in blocks:
        # A venue line can only follow a paper's author list, so a title is never one.
        starts_paper = _is_venue(block) and (not pending or any(map(_is_bullets, pending)))
        if starts_paper and pending:
            yield _paper(path, pending, cluster)
            pending = []
        if pending or starts_paper:
            pending.append(block)
    if pending:
        yield _paper(path, pending, cluster)


def _blocks(path: Path) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for number, line in iter_lines(path):
        if not line.strip():
            current = None
        elif current is None:
            current = _Block(number, [line])
            blocks.append(current)
        else:
            current.lines.append(line)
    return blocks


def _cluster_name(path: Path, blocks: list[_Block]) -> str:
    for index, block in enumerate(blocks[:-1]):
        if block.lines[0].strip() == _HEADER:
            return blocks[index + 1].lines[0].strip()
    raise InputError(
        str(path),
        f'no "{_HEADER}" header followed by a name',
        hint="Save the whole Arrow author page as text, header included.",
    )


def _is_venue(block: _Block) -> bool:
    text = block.lines[0].strip()
    return len(block.lines) == 1 and len(text) <= _VENUE_LINE_MAX and _VENUE.match(text) is not None


def _paper(path: Path, blocks: list[_Block], cluster: str) -> PaperRecord:
    venue_block, rest = blocks[0], blocks[1:]
    if not rest or _is_bullets(rest[0]):
        raise InputError(
            str(path),
            "a venue line is not followed by a title",
            line=venue_block.line,
            hint="Each paper needs a venue line, a title and its author bullets.",
        )
    title = " ".join(line.strip() for line in rest[0].lines)
    match = _VENUE.match(venue_block.lines[0].strip())
    assert match is not None  # _is_venue checked it
    names = [name for block in rest[1:] if _is_bullets(block) for name in _bullet_names(block)]
    abstract = [block for block in rest[1:] if not _is_bullets(block)]
    year = int(match["year"])
    return PaperRecord(
        source=SOURCE,
        source_id=paper_id(title, year),
        title=title,
        authors=_slots(names, cluster),
        year=year,
        venue=match["venue"],
        kind=match["kind"],
        abstract="\n\n".join(" ".join(b.lines).strip() for b in abstract) or None,
        authors_cut=len(names) >= PAGE_AUTHOR_LIMIT,
    )


def paper_id(title: str, year: int) -> str:
    """The deterministic id of a paper on the page (the page gives none)."""
    return f"{year}/{normalize(title).replace(' ', '-')}"


def _is_bullets(block: _Block) -> bool:
    return block.lines[0].lstrip().startswith(_BULLET)


def _bullet_names(block: _Block) -> list[str]:
    stripped = (line.strip() for line in block.lines)
    return [line.removeprefix(_BULLET).strip() for line in stripped if line.startswith(_BULLET)]


def _slots(names: list[str], cluster: str) -> tuple[AuthorSlot, ...]:
    slots = [AuthorSlot(name=name, position=i) for i, name in enumerate(names, start=1)]
    if all(base_key(name) != base_key(cluster) for name in names):
        slots.append(AuthorSlot(name=cluster, position=None))
    return tuple(slots)
