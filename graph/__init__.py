"""namesake: resolve ambiguous author names into people, in a Neo4j knowledge graph."""

__version__ = "0.1.0"
