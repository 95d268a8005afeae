// Test helper: every mention of a resolved group has exactly one person; no person is empty.
RETURN COUNT { MATCH (m:Mention) WHERE m.group IS NOT NULL } AS mentions,
       COUNT { MATCH (m:Mention) WHERE (m)-[:RESOLVED_TO]->() } AS resolved,
       COUNT { MATCH (m:Mention) WHERE COUNT { (m)-[:RESOLVED_TO]->() } > 1 } AS doubly_resolved,
       COUNT { MATCH (p:Person) WHERE NOT (p)<-[:RESOLVED_TO]-() } AS orphan_persons
