// Mentions on the papers a truth file names (by source id), for matching its labels.
UNWIND $papers AS source_id
MATCH (p:Paper {source_id: source_id})<-[:OF]-(m:Mention)
OPTIONAL MATCH (m)-[assigned:RESOLVED_TO]->(person:Person)
RETURN m.key AS mention, m.name AS name, m.position AS position, p.source_id AS paper, null AS gold,
       person.id AS predicted, assigned.score AS score, m.group AS group,
       COLLECT { MATCH (p)<-[:OF]-(other:Mention) WHERE other <> m RETURN other.name } AS coauthors
