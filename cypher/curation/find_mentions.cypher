// The mentions on a paper (by its id in its source), with their persons, to find the one a
// curator names.
MATCH (p:Paper {source_id: $paper})<-[:OF]-(m:Mention)
OPTIONAL MATCH (m)-[:RESOLVED_TO]->(person:Person)
RETURN m.key AS mention, m.name AS name, m.position AS position, m.group AS group,
       person.id AS person, p.source_id AS paper
ORDER BY m.position
