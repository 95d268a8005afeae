// One mention a merge brought into its person (the first by key), with the merge's probability.
MATCH (m:Mention)-[r:RESOLVED_TO]->(:Person)
WHERE r.join_score IS NOT NULL
RETURN m.key AS mention, r.join_score AS probability
ORDER BY m.key
LIMIT 1
