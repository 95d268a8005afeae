// Why a mention belongs to its person: the assignment with its scores (and the features of the
// weakest merge that brought it in, with the model that made it), the evidence links to
// other mentions (rule, weight, shared coauthors, the other paper), the seed's size and the
// curations about it.
MATCH (m:Mention {key: $mention})-[:OF]->(p:Paper)
OPTIONAL MATCH (m)-[r:RESOLVED_TO]->(person:Person)
RETURN m.key AS mention, m.name AS name, p.source_id AS paper, p.title AS title, p.year AS year,
       m.group AS group, m.seed AS seed, person.id AS person, person.name AS person_name,
       person.mentions AS person_mentions, person.threshold AS merge_threshold,
       person.model AS model,
       r.score AS score, r.seed_score AS seed_score,
       r.join_score AS join_score, r.merge_features AS merge_features,
       COUNT { MATCH (s:Mention {group: m.group}) WHERE s.seed = m.seed } AS seed_size,
       COLLECT { MATCH (m)-[e:EVIDENCE]-(o:Mention)-[:OF]->(op:Paper)
                 OPTIONAL MATCH (o)-[:RESOLVED_TO]->(op_person:Person)
                 RETURN {paper: op.source_id, title: op.title, weight: e.weight,
                         coauthors: e.shared, by_person: coalesce(e.by_person, []),
                         title_match: e.title IS NOT NULL,
                         rule: e.rule, same_person: op_person.id = person.id}
                 ORDER BY e.weight DESC LIMIT $limit } AS evidence,
       COLLECT { MATCH (c:Curation)-[a:ABOUT]->(m)
                 RETURN {id: c.id, kind: c.kind, role: a.role, active: c.active,
                         who: c.who, why: c.why} } AS curations,
       COLLECT { MATCH (p)<-[:OF]-(:Mention)-[:NAMED]->(ca:Author)
                 WHERE ca.community IS NOT NULL AND ca.group <> m.group
                 RETURN DISTINCT ca.community } AS coauthor_communities
