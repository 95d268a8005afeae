"""The records every loader yields, whatever the source format.

Records are plain, frozen values; turning them into graph rows (keys, normalised names) is the
writer's job, so that every format gets the same keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.errors import InputError


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


@dataclass(frozen=True)
class BadRecord:
    """A record the source gives but that cannot be loaded, and why. Readers yield it in place
    of the record and go on with the next one; the load's bad-record policy decides whether the
    file is refused (the default) or the record skipped (`--max-bad`)."""

    path: str
    problem: str
    line: int | None = None
    record: str | None = None
    hint: str | None = None

    @classmethod
    def of(cls, error: InputError) -> BadRecord:
        return cls(error.path, error.problem, error.line, error.record, error.hint)

    def error(self) -> InputError:
        return InputError(
            self.path, self.problem, line=self.line, record=self.record, hint=self.hint
        )


@dataclass(frozen=True)
class RecordWarning:
    """Something a reader guessed about a record it loads (e.g. which author is the file's
    person), for the load's summary: the user should know, the record is not refused."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}, line {self.line}"
        return f"{where}: {self.message}"


Item = Record | BadRecord | RecordWarning
"""What a reader yields: the records, the bad records in their place, and warnings."""
