// What the merge step needs to know about each mention of the given groups: its seed (the
// evidence community), paper, venue, year, affiliation, ORCID, DBLP suffix, its strongest
// evidence link and its coauthors' [base name, suffix] pairs. One row per group, the mentions
// as a list of maps: far fewer records for the driver to handle than one row per mention.
UNWIND $groups AS g
MATCH (m:Mention {group: g})-[:OF]->(p:Paper)
MATCH (m)-[:NAMED]->(a:Author)
OPTIONAL MATCH (p)-[:PUBLISHED_IN]->(v:Venue)
CALL (m) {
  OPTIONAL MATCH (m)-[e:EVIDENCE]-()
  RETURN coalesce(max(e.weight), 0.0) AS best_link
}
WITH g, collect({
  key: m.key, paper: p.key, name: m.name, seed: m.seed, title: p.title, venue_key: v.key,
  venue: v.name, year: p.year, affiliation: m.affiliation, suffix: a.suffix, orcid: m.orcid,
  best_link: best_link,
  coauthors: CASE WHEN p.author_count > $max_team THEN [] ELSE
    COLLECT { MATCH (p)<-[:OF]-(c:Mention)-[:NAMED]->(ca:Author)
              WHERE c <> m RETURN [ca.base_key, ca.suffix] } END}) AS mentions
RETURN g AS group, mentions
