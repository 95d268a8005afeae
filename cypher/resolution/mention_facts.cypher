// What the merge step needs to know about each mention of the given groups: its seed (the
// evidence community), paper, DBLP suffix, ORCID, its strongest evidence link and, where the
// group's mentions fall into more than one seed (or $detailed), what the profiles are made of:
// title, keywords and abstract, venue, year, affiliation, the paper's author count, its
// coauthors as [base name, suffix, coauthor community (GDS Leiden) or null], read in one pass.
// A group of one seed is one person without any comparison, so its text is not read. One row
// per group, the mentions as a list of maps: far fewer records for the driver to handle.
UNWIND $groups AS g
MATCH (m:Mention {group: g})
USING INDEX m:Mention(group)
WITH g, collect(m) AS found
WITH g, found, $detailed OR any(x IN found WHERE x.seed <> found[0].seed) AS detailed
UNWIND found AS m
MATCH (m)-[:OF]->(p:Paper)
MATCH (m)-[:NAMED]->(a:Author)
OPTIONAL MATCH (p)-[:PUBLISHED_IN]->(v:Venue)
CALL (m) {
  OPTIONAL MATCH (m)-[e:EVIDENCE]-()
  RETURN coalesce(max(e.weight), 0.0) AS best_link
}
WITH g, detailed, m, p, v, {key: m.key, paper: p.key, name: m.name, seed: m.seed,
  suffix: a.suffix, orcid: m.orcid, best_link: best_link} AS known
WITH g, detailed, collect(CASE WHEN NOT detailed THEN known ELSE known {.*,
  title: p.title, keywords: p.keywords, venue_key: v.key, venue: v.name, year: p.year,
  affiliation: m.affiliation, abstract: p.abstract, author_count: p.author_count,
  coauthors: CASE WHEN p.author_count > $max_team THEN [] ELSE
    COLLECT { MATCH (p)<-[:OF]-(c:Mention)-[:NAMED]->(ca:Author)
              WHERE c <> m RETURN [ca.base_key, ca.suffix, ca.community] } END} END)
  AS mentions
RETURN g AS group, detailed, mentions
