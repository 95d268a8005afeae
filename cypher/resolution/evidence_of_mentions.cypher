// The evidence links among the given mentions (to re-split a seed that breaks a hard rule).
UNWIND $mentions AS key
MATCH (m:Mention {key: key})-[e:EVIDENCE]->(n:Mention)
RETURN m.key AS source, n.key AS target, e.weight AS weight
