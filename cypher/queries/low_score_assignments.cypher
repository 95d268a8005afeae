// People with low-score assignments: one row per person with at least one mention assigned to
// it with a score of at most $max_score, weakest first, with those assignments (score, rule,
// name as written, paper) so that a curator can check them.
// Parameters:
//   $max_score  the highest score that counts as low (0 to 1, e.g. 0.5)
//   $limit      how many people to return (e.g. 25)
MATCH (m:Mention)-[r:RESOLVED_TO]->(person:Person)
WHERE r.score <= $max_score
MATCH (m)-[:OF]->(p:Paper)
WITH person, r, m, p
ORDER BY r.score, p.year DESC
WITH person, count(*) AS low, min(r.score) AS weakest,
     collect({score: r.score, rule: r.rule, written: m.name, paper: p.source_id,
              title: p.title, year: p.year, mention: m.key}) AS assignments
RETURN person.id AS person, person.name AS name, person.mentions AS mentions, low, weakest,
       assignments
ORDER BY weakest, low DESC, person
LIMIT $limit
