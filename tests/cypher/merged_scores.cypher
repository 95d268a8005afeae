// The assignments a merge brought in: how many, and the weakest merge's probability.
MATCH (:Mention)-[r:RESOLVED_TO]->(:Person)
WHERE r.join_score IS NOT NULL
RETURN count(*) AS mentions, min(r.join_score) AS weakest
