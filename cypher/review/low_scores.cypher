// The weakest assignments (of the given groups, or all): mentions of persons with more than
// one mention, lowest score first.
MATCH (m:Mention)-[r:RESOLVED_TO]->(person:Person)
WHERE ($groups IS NULL OR m.group IN $groups) AND person.mentions > 1
MATCH (m)-[:OF]->(p:Paper)
RETURN p.source_id AS paper, p.title AS title, m.name AS name, person.id AS person,
       person.name AS person_name, person.mentions AS person_mentions, r.score AS score,
       r.join_score AS join_score
ORDER BY score, paper
LIMIT $limit
