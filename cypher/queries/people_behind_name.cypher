// The people behind a name, with their papers: one row per person the resolution found among
// the mentions written with this name (a person's mentions under other variants of the name,
// such as "H. Cai", are counted too). Tabular, biggest first.
// Parameters:
//   $key  the name's base key, as graph.names.base_key computes it ("Han Cai" gives "han cai")
MATCH (:Author {base_key: $key})<-[:NAMED]-(:Mention)-[:RESOLVED_TO]->(person:Person)
WITH DISTINCT person
MATCH (person)<-[r:RESOLVED_TO]-(m:Mention)-[:OF]->(p:Paper)
OPTIONAL MATCH (p)-[:PUBLISHED_IN]->(v:Venue)
WITH person, r, m, p, v
ORDER BY p.year DESC, p.title
RETURN person.id AS person, person.name AS name, count(DISTINCT p) AS papers,
       min(p.year) AS first_year, max(p.year) AS last_year, min(r.score) AS weakest_score,
       collect(DISTINCT m.name) AS written_as, collect(DISTINCT v.name) AS venues,
       collect(DISTINCT {year: p.year, title: p.title, venue: v.name, score: r.score}) AS works
ORDER BY papers DESC, person
