// Test helper: every mention of a resolved group has exactly one person; no person is empty;
// every evidence link has a weight.
RETURN COUNT { MATCH (m:Mention) WHERE m.group IS NOT NULL } AS mentions,
       COUNT { MATCH (m:Mention) WHERE (m)-[:RESOLVED_TO]->() } AS resolved,
       COUNT { MATCH (m:Mention) WHERE COUNT { (m)-[:RESOLVED_TO]->() } > 1 } AS doubly_resolved,
       COUNT { MATCH (p:Person) WHERE NOT (p)<-[:RESOLVED_TO]-() } AS orphan_persons,
       COUNT { MATCH ()-[e:EVIDENCE]->() WHERE coalesce(e.weight, 0.0) <= 0 } AS unweighted_evidence
