// One row per resolved mention (of the given groups, or all): the paper's id in its source,
// the author position, the name as written, the person and the assignment's score.
MATCH (m:Mention)-[r:RESOLVED_TO]->(person:Person)
WHERE $groups IS NULL OR m.group IN $groups
MATCH (m)-[:OF]->(p:Paper)
RETURN p.source_id AS paper, m.position AS position, m.name AS name, person.id AS person,
       r.score AS score
ORDER BY paper, position, name
