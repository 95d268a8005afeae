// Assignments that text links brought about: how many, their highest score, the weakest link.
MATCH (:Mention)-[r:RESOLVED_TO]->(:Person)
WHERE r.text_link IS NOT NULL
RETURN count(*) AS mentions, max(r.score) AS highest, min(r.text_link) AS weakest
