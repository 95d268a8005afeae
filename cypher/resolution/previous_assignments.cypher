// The persons the mentions of these groups were resolved to by an earlier run.
UNWIND $groups AS g
MATCH (m:Mention {group: g})-[:RESOLVED_TO]->(p:Person)
RETURN m.key AS mention, p.id AS person
