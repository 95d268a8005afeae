// Hard rule: names that a source's person record gives as one person (a DBLP <www> homepage
// with aliases) are one person: their mentions in the group are linked to the first of them.
UNWIND $groups AS g
MATCH (s:SourcePerson)-[:HAS_NAME]->(a:Author {group: g})<-[:NAMED]-(m:Mention)
USING INDEX a:Author(group)
WITH s, m ORDER BY m.key
WITH s, collect(DISTINCT m) AS mentions
WHERE size(mentions) > 1
UNWIND tail(mentions) AS m2
WITH head(mentions) AS m1, m2
MERGE (m1)-[e:EVIDENCE]->(m2)
SET e.must = $must_weight, e.rule = 'source person record',
    e.weight = coalesce(e.coauthors, 0.0) + coalesce(e.title, 0.0) + $must_weight
