// The active curations touching these mentions: who must be together, who apart.
UNWIND $mentions AS key
MATCH (c:Curation {active: true})-[:ABOUT]->(:Mention {key: key})
WITH DISTINCT c
RETURN c.id AS id, c.kind AS kind,
       COLLECT { MATCH (c)-[r:ABOUT]->(m:Mention) RETURN {mention: m.key, role: r.role} } AS about
