// Persons that no mention resolves to any more (their mentions went to other persons).
MATCH (p:Person)
WHERE NOT (p)<-[:RESOLVED_TO]-()
DETACH DELETE p
