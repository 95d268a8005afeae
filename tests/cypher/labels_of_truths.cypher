// Test helper: distinct labelled mentions and the papers they are on.
MATCH (m:Mention)-[:OF]->(p:Paper) WHERE m.truth IS NOT NULL
RETURN count(m) AS mentions, count(DISTINCT p) AS papers, count(DISTINCT m.truth) AS people,
       collect(DISTINCT m.truth) AS labels
