// Every curation, newest first, with what it is about.
MATCH (c:Curation)
RETURN c.id AS id, c.kind AS kind, c.who AS who, toString(c.at) AS at, c.why AS why,
       c.active AS active, c.summary AS summary,
       COLLECT { MATCH (c)-[r:ABOUT]->(m:Mention)-[:OF]->(p:Paper)
                 RETURN {role: r.role, paper: p.source_id, name: m.name} } AS mentions
ORDER BY c.at DESC
