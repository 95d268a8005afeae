"""Records to graph rows: the deterministic keys that make every load repeatable.

Pure functions, so that every format gets the same keys and they can be tested without Neo4j.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from graph.names import author_key, base_key, block_key, normalize, parse_name
from loaders.records import AuthorSlot, PaperRecord, PersonRecord, VenueRecord


class PaperRow(TypedDict):
    """`$rows` of load/merge_papers."""

    key: str
    source: str
    source_id: str
    title: str
    year: int | None
    doi: str | None
    kind: str | None
    keywords: list[str]
    abstract: str | None
    authors_cut: bool
    author_count: int
    venue_key: str | None


class VenueRow(TypedDict):
    """`$rows` of load/merge_venues."""

    key: str
    name: str
    title: str | None
    source_id: str | None


class AuthorRow(TypedDict):
    """`$rows` of load/merge_authors."""

    key: str
    name: str
    base_key: str
    suffix: str | None
    block: str


class MentionRow(TypedDict):
    """`$rows` of load/merge_mentions."""

    key: str
    paper_key: str
    author_key: str
    position: int | None
    name: str
    block: str
    affiliation: str | None
    orcid: str | None
    email: str | None
    truth: str | None


class SourcePersonRow(TypedDict):
    """`$rows` of load/merge_source_persons."""

    key: str
    source: str
    source_id: str
    names: list[str]
    urls: list[str]
    orcid: str | None
    affiliations: list[str]
    author_keys: list[str]


@dataclass(frozen=True)
class PaperRows:
    """Everything one paper writes: itself, its venue, the authors named and the mentions."""

    paper: PaperRow
    venue: VenueRow | None
    authors: list[AuthorRow]
    mentions: list[MentionRow]


def paper_key(source: str, source_id: str) -> str:
    """`dblp:` keys drop BibTeX's `DBLP:` prefix, so one DBLP record is one :Paper whether it
    came from dblp.xml or a BibTeX export."""
    if source == "dblp" and source_id.startswith("DBLP:"):
        source_id = source_id[len("DBLP:") :]
    return f"{source}:{source_id}"


def venue_key(name: str) -> str | None:
    key = normalize(name)
    return key or None


def dblp_stream(source_id: str) -> str | None:
    """DBLP's venue series from a record key: "DBLP:conf/gecco/ZhangC09" -> "conf/gecco".
    One series is one venue however its proceedings are titled year by year."""
    parts = source_id.removeprefix("DBLP:").split("/")
    return "/".join(parts[:2]) if len(parts) > 2 and parts[0] in ("conf", "journals") else None


def paper_venue_key(record: PaperRecord) -> str | None:
    stream = dblp_stream(record.source_id) if record.source == "dblp" else None
    if stream:
        return f"dblp:{stream}"
    return venue_key(record.venue) if record.venue else None


def mention_key(paper: str, slot: AuthorSlot) -> str:
    """Position identifies a slot; a slot of unknown position (a cut author list) is
    identified by its name instead."""
    if slot.position is not None:
        return f"{paper}#{slot.position}"
    return f"{paper}#?{author_key(slot.name)}"


def author_row(name: str) -> AuthorRow:
    parsed = parse_name(name)
    return {
        "key": author_key(name),
        "name": parsed.written,
        "base_key": base_key(name),
        "suffix": parsed.suffix,
        "block": block_key(name),
    }


def mention_row(paper: str, slot: AuthorSlot) -> MentionRow:
    return {
        "key": mention_key(paper, slot),
        "paper_key": paper,
        "author_key": author_key(slot.name),
        "position": slot.position,
        "name": slot.name,
        "block": block_key(slot.name),
        "affiliation": slot.affiliation,
        "orcid": slot.orcid,
        "email": slot.email,
        "truth": slot.truth,
    }


def paper_rows(record: PaperRecord) -> PaperRows:
    key = paper_key(record.source, record.source_id)
    vkey = paper_venue_key(record)
    slots = [s for s in record.authors if author_key(s.name)]
    paper: PaperRow = {
        "key": key,
        "source": record.source,
        "source_id": record.source_id,
        "title": record.title,
        "year": record.year,
        "doi": record.doi,
        "kind": record.kind,
        "keywords": list(record.keywords),
        "abstract": record.abstract,
        "authors_cut": record.authors_cut,
        "author_count": len(slots),
        "venue_key": vkey,
    }
    venue: VenueRow | None = (
        {"key": vkey, "name": record.venue or vkey, "title": None, "source_id": None}
        if vkey
        else None
    )
    return PaperRows(
        paper, venue, [author_row(s.name) for s in slots], [mention_row(key, s) for s in slots]
    )


def venue_row(record: VenueRecord) -> VenueRow | None:
    stream = dblp_stream(record.source_id) if record.source == "dblp" else None
    key = f"dblp:{stream}" if stream else venue_key(record.name)
    if key is None:
        return None
    return {"key": key, "name": record.name, "title": record.title, "source_id": record.source_id}


def source_person_author_rows(record: PersonRecord) -> list[AuthorRow]:
    return [author_row(n) for n in record.names if author_key(n)]


def source_person_row(record: PersonRecord) -> SourcePersonRow:
    return {
        "key": f"{record.source}:{record.source_id}",
        "source": record.source,
        "source_id": record.source_id,
        "names": list(record.names),
        "urls": list(record.urls),
        "orcid": record.orcid,
        "affiliations": list(record.affiliations),
        "author_keys": sorted({author_key(n) for n in record.names if author_key(n)}),
    }
