// The size of the given name groups, by which the resolution batches them (pipeline.py):
// their mentions, and the coauthor slots the rules and the merge read beside them (the
// authors of their papers of at most $max_team authors: larger papers count no coauthors).
UNWIND $groups AS g
MATCH (m:Mention {group: g})-[:OF]->(p:Paper)
RETURN g AS group, count(m) AS mentions,
       sum(CASE WHEN p.author_count <= $max_team THEN p.author_count - 1 ELSE 0 END)
         AS coauthor_slots
