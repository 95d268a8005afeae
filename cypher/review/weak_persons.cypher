// Persons held together by one weak merge: part of them joined at a profile similarity close
// to the threshold (below $margin), so one wrong merge would make them one person too many.
MATCH (m:Mention)-[r:RESOLVED_TO]->(person:Person)
WHERE ($groups IS NULL OR m.group IN $groups) AND r.join_score IS NOT NULL
WITH person, min(r.join_score) AS weakest, count(*) AS joined
WHERE weakest < $margin
RETURN person.id AS person, person.name AS name, person.mentions AS mentions,
       weakest, joined
ORDER BY weakest
LIMIT $limit
