// Papers of a name that the resolution split, side by side: one row per pair of people found
// behind the name, each with its papers (year and title), and what the two have in common
// (coauthor names and venues), which is what a curator weighs before merging them. No rows
// when the name is one person.
// Parameters:
//   $key  the name's base key, as graph.names.base_key computes it ("Han Cai" gives "han cai")
MATCH (:Author {base_key: $key})<-[:NAMED]-(:Mention)-[:RESOLVED_TO]->(person:Person)
WITH DISTINCT person
CALL (person) {
  MATCH (person)<-[:RESOLVED_TO]-(:Mention)-[:OF]->(p:Paper)
  OPTIONAL MATCH (p)-[:PUBLISHED_IN]->(v:Venue)
  WITH p, v
  ORDER BY p.year DESC, p.title
  RETURN collect(DISTINCT coalesce(toString(p.year), '----') + '  ' + p.title) AS papers,
         collect(DISTINCT v.name) AS venues
}
CALL (person) {
  MATCH (person)<-[:RESOLVED_TO]-(:Mention)-[:OF]->(:Paper)<-[:OF]-(other:Mention)
        -[:NAMED]->(coauthor:Author)
  WHERE NOT EXISTS { (other)-[:RESOLVED_TO]->(person) }
  RETURN collect(DISTINCT coauthor.base_key) AS coauthors
}
WITH collect({person: person, papers: papers, venues: venues, coauthors: coauthors}) AS people
UNWIND people AS one
UNWIND people AS two
WITH one, two
WHERE one.person.id < two.person.id
RETURN one.person.id AS person_a, size(one.papers) AS count_a, one.papers AS papers_a,
       two.person.id AS person_b, size(two.papers) AS count_b, two.papers AS papers_b,
       [c IN one.coauthors WHERE c IN two.coauthors] AS shared_coauthors,
       [v IN one.venues WHERE v IN two.venues] AS shared_venues
ORDER BY size(shared_coauthors) DESC, person_a, person_b
