// Rule: two mentions of one name group whose papers share a coauthor name are likely one
// person. Weight: the sum over shared coauthor names of idf = ln((N+1)/(df+1)), df being how
// many mentions carry that name, so a shared "Wei Wang" says little and a rare name a lot.
// DBLP suffixes: "Song Han 0003" and "Song Han" may be one coauthor; "0001" and "0003" not.
// A name on half the corpus's papers or more (the person a corpus was exported for) says
// nothing: there Robertson and Sparck Jones's idf, ln((N-df+0.5)/(df+0.5)), is no longer
// positive, and such a name would link every namesake among its coauthors. Once such names
// are resolved ($subjects_resolved), rules/coauthor_person counts them by person instead.
// Hard rule: two mentions on one paper are never linked. Papers over $max_team authors and
// coauthors of the group's own name are left out.
UNWIND $groups AS g
MATCH (m:Mention {group: g})-[:OF]->(p:Paper)<-[:OF]-(c:Mention)-[:NAMED]->(a:Author)
WHERE c <> m AND p.author_count <= $max_team AND coalesce(a.group, '') <> g
WITH g, a.base_key AS base, max(a.df) AS df,
     collect(DISTINCT {mention: m, paper: p.key, suffix: a.suffix}) AS carriers
WHERE size(carriers) > 1 AND (2 * df < $papers OR NOT $subjects_resolved)
UNWIND carriers AS x
UNWIND carriers AS y
WITH x, y, base, df
WHERE x.mention.key < y.mention.key AND x.paper <> y.paper
  AND (x.suffix IS NULL OR y.suffix IS NULL OR x.suffix = y.suffix)
WITH x.mention AS m1, y.mention AS m2, collect(DISTINCT base) AS shared,
     sum(log(($papers + 1.0) / (df + 1.0))) AS weight
MERGE (m1)-[e:EVIDENCE]->(m2)
SET e.coauthors = weight, e.shared = shared,
    e.weight = coalesce(e.title, 0.0) + coalesce(e.must, 0.0) + weight
