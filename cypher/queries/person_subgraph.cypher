// The Browser view of a name: each person the resolution found behind the name, with their
// mentions, the author nodes those mentions are written as, their papers and venues, and their
// $top most frequent coauthors (with the coauthors' mentions on the shared papers). Returns one
// path per row, for Browser's graph view; the Table view lists the same paths.
// Parameters:
//   $key  the name's base key, as graph.names.base_key computes it ("Han Cai" gives "han cai")
//   $top  how many coauthors to show per person, most shared papers first (e.g. 8)
MATCH (:Author {base_key: $key})<-[:NAMED]-(:Mention)-[:RESOLVED_TO]->(person:Person)
WITH DISTINCT person
CALL (person) {
  MATCH path = (person)<-[:RESOLVED_TO]-(:Mention)-[:NAMED]->(:Author)
  RETURN path
  UNION
  MATCH path = (person)<-[:RESOLVED_TO]-(:Mention)-[:OF]->(:Paper)-[:PUBLISHED_IN]->(:Venue)
  RETURN path
  UNION
  MATCH path = (person)<-[:RESOLVED_TO]-(:Mention)-[:OF]->(paper:Paper)
  WHERE NOT EXISTS { (paper)-[:PUBLISHED_IN]->(:Venue) }
  RETURN path
  UNION
  MATCH (person)<-[:RESOLVED_TO]-(:Mention)-[:OF]->(paper:Paper)<-[:OF]-(other:Mention)
        -[:NAMED]->(coauthor:Author)
  WHERE NOT EXISTS { (other)-[:RESOLVED_TO]->(person) }
  WITH person, coauthor, count(DISTINCT paper) AS shared
  ORDER BY shared DESC, coauthor.key
  LIMIT $top
  MATCH path = (person)<-[:RESOLVED_TO]-(:Mention)-[:OF]->(:Paper)<-[:OF]-(:Mention)
               -[:NAMED]->(coauthor)
  RETURN path
}
RETURN path
