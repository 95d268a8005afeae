// Hard rule: the same ORCID under one name group is one person (a must-link).
UNWIND $groups AS g
MATCH (m1:Mention {group: g})
USING INDEX m1:Mention(group)
WHERE m1.orcid IS NOT NULL
MATCH (m2:Mention {group: g, orcid: m1.orcid})
WHERE m1.key < m2.key
MERGE (m1)-[e:EVIDENCE]->(m2)
SET e.must = $must_weight, e.rule = 'same ORCID',
    e.weight = coalesce(e.coauthors, 0.0) + coalesce(e.title, 0.0) + $must_weight
