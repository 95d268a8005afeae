// Test helper: every paper with all its properties and its mentions' properties, by key.
MATCH (p:Paper)
RETURN p.key AS key, properties(p) AS paper,
       COLLECT { MATCH (p)<-[:OF]-(m:Mention) RETURN properties(m) ORDER BY m.key } AS mentions
ORDER BY key
