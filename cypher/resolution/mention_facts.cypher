// What the merge step needs to know about each mention of the given groups: its seed (the
// evidence community), paper, venue, year, affiliation, ORCID, DBLP suffix, its strongest
// evidence link, coauthor names and the coauthor-graph communities of those coauthors.
UNWIND $groups AS g
MATCH (m:Mention {group: g})-[:OF]->(p:Paper)
MATCH (m)-[:NAMED]->(a:Author)
OPTIONAL MATCH (p)-[:PUBLISHED_IN]->(v:Venue)
CALL (m) {
  OPTIONAL MATCH (m)-[e:EVIDENCE]-()
  RETURN coalesce(max(e.weight), 0.0) AS best_link
}
RETURN m.key AS key, g AS group, p.key AS paper, m.name AS name, m.seed AS seed,
       p.title AS title, v.key AS venue_key, v.name AS venue, p.year AS year,
       m.affiliation AS affiliation, a.suffix AS suffix, m.orcid AS orcid, best_link,
       CASE WHEN p.author_count > $max_team THEN [] ELSE
         COLLECT { MATCH (p)<-[:OF]-(c:Mention)-[:NAMED]->(ca:Author)
                   WHERE c <> m RETURN [ca.base_key, ca.suffix, ca.community] } END AS coauthors
