// Rule: a subject coauthor name (df >= $subject_df: on half the corpus's papers or more,
// pipeline.py; rules/coauthor leaves it out) is shared only where its mentions were resolved
// to one person: subject groups are resolved first, and this rule runs for the rest
// ($subjects_resolved). Weight: ln((N+1)/(n+1)) for a person of n mentions, added to the
// shared coauthor names' weight; `by_person` tells `explain` which names were counted so.
UNWIND $groups AS g
WITH g WHERE $subjects_resolved
MATCH (m:Mention {group: g})-[:OF]->(p:Paper)<-[:OF]-(c:Mention)-[:NAMED]->(a:Author)
USING INDEX m:Mention(group)
WHERE c <> m AND p.author_count <= $max_team AND coalesce(a.group, '') <> g
  AND a.df >= $subject_df
MATCH (c)-[:RESOLVED_TO]->(person:Person)
WITH g, person, a.base_key AS base, collect(DISTINCT {mention: m, paper: p.key}) AS carriers
WHERE size(carriers) > 1
WITH base, carriers, COUNT { (person)<-[:RESOLVED_TO]-() } AS n
UNWIND carriers AS x
UNWIND carriers AS y
WITH x, y, base, n
WHERE x.mention.key < y.mention.key AND x.paper <> y.paper
WITH x.mention AS m1, y.mention AS m2, collect(DISTINCT base) AS shared,
     sum(log(($papers + 1.0) / (n + 1.0))) AS weight
MERGE (m1)-[e:EVIDENCE]->(m2)
WITH e, shared, coalesce(e.coauthors, 0.0) + weight AS coauthors
SET e.coauthors = coauthors, e.shared = coalesce(e.shared, []) + shared,
    e.by_person = coalesce(e.by_person, []) + shared,
    e.weight = coalesce(e.title, 0.0) + coalesce(e.must, 0.0) + coauthors
