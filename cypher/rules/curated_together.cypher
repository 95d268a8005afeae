// Curator's rule: the 'subject' and 'with' mentions of an active curation are one person (a
// must-link that wins over all evidence); each links to the curation's first subject.
UNWIND $groups AS g
MATCH (c:Curation {active: true})-[r:ABOUT]->(m:Mention {group: g})
USING INDEX m:Mention(group)
WHERE r.role IN ['subject', 'with']
WITH DISTINCT c
MATCH (c)-[r:ABOUT]->(m:Mention)
WHERE r.role IN ['subject', 'with']
WITH c, m, r.role AS role ORDER BY role, m.key
WITH c, collect(m) AS together
WHERE size(together) > 1
UNWIND tail(together) AS m2
WITH head(together) AS m1, m2
WHERE m1 <> m2
MERGE (m1)-[e:EVIDENCE]->(m2)
SET e.must = $must_weight, e.rule = 'curated',
    e.weight = coalesce(e.coauthors, 0.0) + coalesce(e.title, 0.0) + $must_weight
