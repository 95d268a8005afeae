"""Emptying a database (`namesake reset`): what it holds, to be named before it goes, and the
deletion: the GDS graphs of its catalogue, then relationships and nodes in bounded
transactions. The schema (constraints and indexes) is kept."""

from __future__ import annotations

from dataclasses import dataclass

from graph.db import Database


@dataclass(frozen=True)
class Contents:
    """Nodes by kind and in all, relationships, and the names of the GDS graphs."""

    papers: int
    mentions: int
    authors: int
    venues: int
    persons: int
    curations: int
    nodes: int
    relationships: int
    graphs: list[str]

    @property
    def empty(self) -> bool:
        return not self.nodes and not self.relationships and not self.graphs


def contents(db: Database) -> Contents:
    return Contents(**db.query("admin/database_contents")[0])


def reset(db: Database) -> Contents:
    """Delete everything but the schema; returns what there was."""
    held = contents(db)
    db.execute("admin/drop_gds_graphs")
    db.execute_autocommit("admin/delete_relationships")
    db.execute_autocommit("admin/delete_all")
    return held
