// Hard rule: the same DBLP suffix ("Han Cai 0001" twice) is one person: DBLP has already told
// its homonyms apart. Each mention links to the first of its author's mentions, which is
// enough for the communities and keeps the rule linear in the number of mentions.
UNWIND $groups AS g
MATCH (a:Author {group: g})
USING INDEX a:Author(group)
WHERE a.suffix IS NOT NULL
MATCH (a)<-[:NAMED]-(m:Mention)
WITH a, m ORDER BY m.key
WITH a, collect(m) AS mentions
WHERE size(mentions) > 1
UNWIND tail(mentions) AS m2
WITH head(mentions) AS m1, m2
MERGE (m1)-[e:EVIDENCE]->(m2)
SET e.must = $must_weight, e.rule = 'same DBLP suffix',
    e.weight = coalesce(e.coauthors, 0.0) + coalesce(e.title, 0.0) + $must_weight
