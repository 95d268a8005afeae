// Persons held together by one weak merge: part of them joined at a probability close to what
// the merge model needs (less than $margin above its threshold), so one wrong merge would make
// them one person too many. Closest to that threshold first.
MATCH (m:Mention)-[r:RESOLVED_TO]->(person:Person)
WHERE ($groups IS NULL OR m.group IN $groups) AND r.join_score IS NOT NULL
WITH person, min(r.join_score) AS weakest, count(*) AS joined
WHERE weakest < person.threshold + $margin
RETURN person.id AS person, person.name AS name, person.mentions AS mentions,
       weakest, person.threshold AS threshold, joined
ORDER BY weakest - threshold, person
LIMIT $limit
