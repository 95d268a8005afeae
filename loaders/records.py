"""The records every loader yields, whatever the source format.

Records are plain, frozen values; turning them into graph rows (keys, normalised names) is the
writer's job, so that every format gets the same keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AuthorSlot:
    """One author slot on one paper, as the source gives it (a "signature").

    `position` is 1-based; None when the source does not say where the name stands (the Arrow
    page's author lists are cut at 8 names). `truth` is a gold label that came with evaluation
    data: it is stored apart and never read by the resolution.
    """

    name: str
    position: int | None
    affiliation: str | None = None
    orcid: str | None = None
    email: str | None = None
    truth: str | None = None


@dataclass(frozen=True)
class PaperRecord:
    """One publication. `source` names the format family ("dblp", "aminer", "arrow", ...);
    `source_id` is the id the source gives it (DBLP key, AMiner id, ...). `title` is None for
    a paper the source gives without one (a thesis, an erratum): valid data, loaded untitled."""

    source: str
    source_id: str
    title: str | None
    authors: tuple[AuthorSlot, ...]
    year: int | None = None
    venue: str | None = None
    doi: str | None = None
    kind: str | None = None
    keywords: tuple[str, ...] = ()
    abstract: str | None = None
    authors_cut: bool = False


@dataclass(frozen=True)
class VenueRecord:
    """A venue described on its own, e.g. a BibTeX `@proceedings` crossref record."""

    source: str
    source_id: str
    name: str
    title: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class PersonRecord:
    """What a source says about a person outside any paper: a DBLP `<www>` homepage record.

    `names[0]` is the primary name; the rest are aliases the source knows for the same person.
    """

    source: str
    source_id: str
    names: tuple[str, ...]
    urls: tuple[str, ...] = ()
    orcid: str | None = None
    affiliations: tuple[str, ...] = field(default_factory=tuple)


Record = PaperRecord | VenueRecord | PersonRecord
