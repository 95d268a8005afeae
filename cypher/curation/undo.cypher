// Undo a curation: it stays in the graph for the record, inactive.
MATCH (c:Curation {id: $id})
SET c.active = false, c.undone_at = datetime(), c.undone_by = $who
RETURN c.id AS id, c.kind AS kind,
       COLLECT { MATCH (c)-[:ABOUT]->(m:Mention) RETURN DISTINCT m.group } AS groups
