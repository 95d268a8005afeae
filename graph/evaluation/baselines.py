"""The two reference points every resolution is compared with, computed on the same mentions.

- `one_person`: every mention of a block is one person (what an exact-name cluster page does).
- `coauthor_components`: within a block, two mentions are one person when their papers share any
  coauthor name; the people are the connected components of that link (union-find).

Coauthor names are passed RAW (as written) and compared after `graph.names.normalize`, the
one key form of the project: lower-cased, accents dropped, punctuation folded ("Wei-jie Yu",
"Wei-Jie  Yu" and "Wéi-jie Yu" are one name). The normalization is a parameter.

Conventions (checked against the README figures, which they reproduce to 0.001: aminer-dev
one person B3 F1 0.584 / pairwise 0.564, coauthor components 0.748 / 0.656; dblp-bib 671
mentions one person 0.316 / 0.314, coauthor components 0.863 / 0.935):
- A mention's `coauthors` are the names of the OTHER author slots of its paper: the caller
  leaves out the mention's own slot, however it is spelled (AMiner writes the file's person as
  "Michael R. Smith" or "J. Gray" on 13 papers; leaving those 13 in gives 0.749 / 0.659 and
  two false links). Keeping the own name in everywhere links every paper of a block (aminer
  coauthor B3 F1 falls to 0.59). Another slot with the same name would stay in (neither data
  set has one, so that choice is not tested by the figures).
- Duplicate coauthor names count once; names that normalise to "" link nothing.
- Raw or folded comparison barely matters on these data (aminer pairwise F1 0.655 raw, 0.656
  folded); folding is kept because names on real pages vary in case, accents and hyphens.
- The scores are the ones of `metrics`: B3 F1 from the block's averaged precision and recall,
  and macro = the plain mean of per-name values (F1 averaged per mention, or F1 of the macro
  precision and recall, give other figures: aminer one person 0.56 or 0.65, not 0.58).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from graph.names import normalize

Clusters = dict[str, str]


@dataclass(frozen=True)
class EvalMention:
    """One mention to evaluate: an author slot in a block (the name the evaluation groups by).

    `name` is the name as written on the paper (used to match a truth file); `coauthors` are the
    raw names of the paper's other slots; `gold` is the true person (None: unknown),
    `predicted` the resolution's person (None: not resolved) and `score` its assignment's;
    `group` is the name group the resolution put it in (None: not known).
    """

    mention_id: str
    block: str
    paper_id: str
    name: str
    coauthors: frozenset[str] = frozenset()
    gold: str | None = None
    predicted: str | None = None
    position: int | None = None
    score: float | None = None
    group: str | None = None


def one_person(mentions: Iterable[EvalMention]) -> Clusters:
    """Every mention of a block in one cluster, labelled by the block."""
    return {m.mention_id: m.block for m in mentions}


def coauthor_components(
    mentions: Iterable[EvalMention], normalize: Callable[[str], str] = normalize
) -> Clusters:
    """Within each block, connected components of "the papers share a coauthor name".

    Each cluster is labelled by the mention id of its union-find root; blocks never mix.
    """
    mentions = list(mentions)
    parent = list(range(len(mentions)))
    first_seen: dict[tuple[str, str], int] = {}
    for i, mention in enumerate(mentions):
        for name in {normalize(n) for n in mention.coauthors} - {""}:
            j = first_seen.setdefault((mention.block, name), i)
            _union(parent, i, j)
    return {m.mention_id: mentions[_find(parent, i)].mention_id for i, m in enumerate(mentions)}


def _find(parent: list[int], i: int) -> int:
    """Root of i, halving the path on the way."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    """Join the components of i and j (the smaller root wins, so labels are deterministic)."""
    a, b = _find(parent, i), _find(parent, j)
    if a != b:
        parent[max(a, b)] = min(a, b)
