// Mentions that carry a gold label from their source (e.g. AMiner <label>), with what the
// evaluation and its baselines need: paper id, coauthor names and the resolved person.
MATCH (m:Mention)-[:OF]->(p:Paper)
WHERE m.truth IS NOT NULL
OPTIONAL MATCH (m)-[assigned:RESOLVED_TO]->(person:Person)
RETURN m.key AS mention, m.name AS name, m.position AS position, p.source_id AS paper, m.truth AS gold,
       person.id AS predicted, assigned.score AS score, m.group AS group,
       COLLECT { MATCH (p)<-[:OF]-(other:Mention) WHERE other <> m RETURN other.name } AS coauthors
