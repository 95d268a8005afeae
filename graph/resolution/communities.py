"""The GDS steps, through the `graphdatascience` client.

- Seeds: weakly connected components of the evidence graph (shared coauthors, duplicate
  titles, must-links). On the sample data these components are almost perfectly precise (B3
  precision 1.000 on aminer-dev), while modularity-based Louvain/Leiden on the same graph scored
  far lower (B3 F1 at most 0.78 for any gamma): modularity splits a dominant person (one name
  in aminer-dev has 229 of 231 papers by one person) and lumps small ones. So components seed
  the people and the merge step joins seeds (agglomerate.py).
- Coauthor communities: Leiden over the global, weighted COAUTHOR graph, written as
  `Author.community` on full runs and on a database's first run (pipeline.py). The merge model
  reads how much two clusters' coauthors share communities, and `explain` shows them.
"""

from __future__ import annotations

import uuid
from typing import Any

from graph.db import Database

RANDOM_SEED = 42


def evidence_seeds(db: Database, groups: list[str] | None) -> dict[str, int]:
    """Write `Mention.seed` (the evidence component) for the mentions of the groups."""
    gds = db.gds()
    name = f"namesake-evidence-{uuid.uuid4().hex[:8]}"
    projected = db.execute("resolution/project_evidence", graph=name, groups=groups)[0]
    graph = gds.graph.get(name)
    try:
        result = gds.wcc.write(graph, write_property="seed", log_progress=False)
    finally:
        graph.drop()
    return {
        "mentions": projected["nodes"],
        "links": projected["relationships"],
        "seeds": int(_field(result, "component_count")),
    }


def coauthor_communities(db: Database) -> dict[str, int]:
    """Write `Author.community` by Leiden on the COAUTHOR graph weighted by shared papers."""
    gds = db.gds()
    name = f"namesake-coauthors-{uuid.uuid4().hex[:8]}"
    # read on one thread: a parallel read numbers the nodes in a varying order, and Leiden's
    # outcome, seed or not, follows that order (the 100k corpus: 2,693 or 2,694 communities)
    graph, _ = gds.graph.project.native(
        name,
        "Author",
        {"COAUTHOR": {"orientation": "UNDIRECTED", "properties": "papers"}},
        read_concurrency=1,
    )
    try:
        result = gds.leiden.write(
            graph,
            write_property="community",
            relationship_weight_property="papers",
            random_seed=RANDOM_SEED,
            concurrency=1,
            log_progress=False,
        )
    finally:
        graph.drop()
    return {"communities": int(_field(result, "community_count"))}


def _field(result: Any, name: str) -> Any:
    """Result fields are attributes on the 2.x client's result objects."""
    return getattr(result, name)
