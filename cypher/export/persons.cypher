// One row per person (of the given groups, or all): name, the variants written, the papers'
// source ids (and each paper's title, year, venue and assignment score), years, venues and
// the main coauthors (most shared papers first).
MATCH (person:Person)
WHERE $groups IS NULL OR person.group IN $groups
CALL (person) {
  MATCH (person)<-[:RESOLVED_TO]-(m:Mention)-[:OF]->(p:Paper)
  OPTIONAL MATCH (p)-[:PUBLISHED_IN]->(v:Venue)
  WITH p, m, v ORDER BY p.year DESC, p.title
  RETURN collect(DISTINCT p.source_id) AS papers, collect(DISTINCT m.name) AS variants,
         collect(DISTINCT {id: p.source_id, title: p.title, year: p.year, venue: v.name,
                           score: [(m)-[r:RESOLVED_TO]->(person) | r.score][0]}) AS works,
         min(p.year) AS first_year, max(p.year) AS last_year, collect(DISTINCT v.name) AS venues
}
CALL (person) {
  MATCH (person)<-[:RESOLVED_TO]-(m:Mention)-[:OF]->(:Paper)<-[:OF]-(c:Mention)-[:NAMED]->(a:Author)
  WHERE c <> m
  WITH a.name AS coauthor, count(*) AS shared ORDER BY shared DESC, coauthor LIMIT $top
  RETURN collect({name: coauthor, papers: shared}) AS coauthors
}
RETURN person.id AS id, person.name AS name, person.score AS score, variants, papers, works,
       first_year, last_year, venues, coauthors
ORDER BY name, id
