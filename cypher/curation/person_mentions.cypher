// The mentions a person holds now, with their papers.
MATCH (person:Person {id: $id})<-[:RESOLVED_TO]-(m:Mention)-[:OF]->(p:Paper)
RETURN m.key AS mention, p.source_id AS paper, m.name AS name, m.group AS group
ORDER BY mention
