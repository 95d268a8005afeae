// One curation with its state and the name groups it touches.
MATCH (c:Curation {id: $id})
RETURN c.id AS id, c.kind AS kind, c.active AS active,
       COLLECT { MATCH (c)-[:ABOUT]->(m:Mention) RETURN DISTINCT m.group } AS groups
