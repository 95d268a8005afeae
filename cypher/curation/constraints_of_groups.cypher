// The active curations about mentions of these name groups (for the resolution).
UNWIND $groups AS g
MATCH (c:Curation {active: true})-[:ABOUT]->(:Mention {group: g})
WITH DISTINCT c
RETURN c.id AS id, c.kind AS kind,
       COLLECT { MATCH (c)-[r:ABOUT]->(m:Mention)-[:NAMED]->(a:Author)
                 RETURN {mention: m.key, role: r.role, author: a.key} } AS about
