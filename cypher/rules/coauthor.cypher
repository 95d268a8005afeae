// Rule: two mentions of one name group whose papers share a coauthor name are likely one
// person. Weight: the sum over shared coauthor names of idf = ln((N+1)/(df+1)), df being how
// many mentions carry that name, so a shared "Wei Wang" says little and a rare name a lot.
// DBLP suffixes: "Song Han 0003" and "Song Han" may be one coauthor; "0001" and "0003" not.
// A subject name (df >= $subject_df: on half the corpus's papers or more, pipeline.py) says
// nothing by name where its mention is resolved, for groups resolved after the subjects
// ($subjects_resolved): rules/coauthor_person counts it by person there. Its mentions not
// resolved yet (a run for some names only) count by name.
// Hard rule: two mentions on one paper are never linked. Papers over $max_team authors and
// coauthors of the group's own name are left out.
// $firsts (null: all): only the pairs whose first mention is one of these keys, so that a
// group whose pairs are too many for one transaction is linked slice by slice (pipeline.py).
UNWIND $groups AS g
MATCH (m:Mention {group: g})-[:OF]->(p:Paper)<-[:OF]-(c:Mention)-[:NAMED]->(a:Author)
USING INDEX m:Mention(group)
WHERE c <> m AND p.author_count <= $max_team AND coalesce(a.group, '') <> g
  AND NOT ($subjects_resolved AND a.df >= $subject_df AND EXISTS { (c)-[:RESOLVED_TO]->() })
WITH g, a.base_key AS base, max(a.df) AS df,
     collect(DISTINCT {mention: m, paper: p.key, suffix: a.suffix}) AS carriers
WHERE size(carriers) > 1
UNWIND carriers AS x
WITH x, carriers, base, df
WHERE $firsts IS NULL OR x.mention.key IN $firsts
UNWIND carriers AS y
WITH x, y, base, df
WHERE x.mention.key < y.mention.key AND x.paper <> y.paper
  AND (x.suffix IS NULL OR y.suffix IS NULL OR x.suffix = y.suffix)
WITH x.mention AS m1, y.mention AS m2, collect(DISTINCT base) AS shared,
     sum(log(($papers + 1.0) / (df + 1.0))) AS weight
MERGE (m1)-[e:EVIDENCE]->(m2)
SET e.coauthors = weight, e.shared = shared,
    e.weight = coalesce(e.title, 0.0) + coalesce(e.must, 0.0) + weight
