// A person's coauthor network, as a subgraph for Browser: the person, the author nodes their
// mentions are written as, and their $top most frequent coauthors on their own papers, with the
// COAUTHOR links (shared paper counts) from the person's names to those coauthors and among the
// coauthors themselves. COAUTHOR is counted per written name, so a name shared by several people
// may show coauthors' counts that include the other people's papers.
// Parameters:
//   $person  the person's id (Person.id, as `namesake persons` prints it)
//   $top     how many coauthors to show, most shared papers first (e.g. 8)
MATCH (person:Person {id: $person})<-[:RESOLVED_TO]-(:Mention)-[:OF]->(paper:Paper)
      <-[:OF]-(other:Mention)-[:NAMED]->(coauthor:Author)
WHERE NOT EXISTS { (other)-[:RESOLVED_TO]->(person) }
WITH person, coauthor, count(DISTINCT paper) AS shared
ORDER BY shared DESC, coauthor.key
LIMIT $top
WITH person, collect(coauthor) AS circle
CALL (person, circle) {
  MATCH path = (person)<-[:RESOLVED_TO]-(:Mention)-[:NAMED]->(:Author)
  RETURN path
  UNION
  MATCH (person)<-[:RESOLVED_TO]-(:Mention)-[:NAMED]->(own:Author)
  WITH DISTINCT own, circle
  MATCH path = (own)-[:COAUTHOR]-(coauthor:Author)
  WHERE coauthor IN circle
  RETURN path
  UNION
  UNWIND circle AS one
  MATCH path = (one)-[:COAUTHOR]->(two:Author)
  WHERE two IN circle
  RETURN path
}
RETURN path
