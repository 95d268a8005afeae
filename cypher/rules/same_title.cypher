// Rule: the same title (three content words or more) under one name group is the same paper
// listed twice, so the same person.
UNWIND $groups AS g
MATCH (m1:Mention {group: g})-[:OF]->(p1:Paper)
USING INDEX m1:Mention(group)
WHERE p1.title_key IS NOT NULL
MATCH (p2:Paper {title_key: p1.title_key})<-[:OF]-(m2:Mention {group: g})
WHERE p2 <> p1 AND m1.key < m2.key
MERGE (m1)-[e:EVIDENCE]->(m2)
SET e.title = $title_weight,
    e.weight = coalesce(e.coauthors, 0.0) + coalesce(e.must, 0.0) + $title_weight
