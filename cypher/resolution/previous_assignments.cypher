// The persons the mentions of these groups were resolved to by an earlier run, one row per
// person.
UNWIND $groups AS g
MATCH (m:Mention {group: g})-[:RESOLVED_TO]->(p:Person)
USING INDEX m:Mention(group)
RETURN p.id AS person, collect(m.key) AS mentions
