// The evidence between two mentions (two author slots, usually one name on two papers), as a
// subgraph for Browser: the EVIDENCE the resolution recorded between them (coauthors score,
// shared names, title, weight), their papers and written names, the coauthors they share (by
// name key, so "Song Han" and "Song Han 0003" meet), the venues they share, and the person each
// was resolved to. Returns one path per row.
// Parameters:
//   $first   the key of one mention (Mention.key)
//   $second  the key of the other mention
MATCH (first:Mention {key: $first}), (second:Mention {key: $second})
CALL (first, second) {
  MATCH path = (first)-[:EVIDENCE]-(second)
  RETURN path
  UNION
  UNWIND [first, second] AS m
  MATCH path = (m)-[:OF]->(:Paper)
  RETURN path
  UNION
  UNWIND [first, second] AS m
  MATCH path = (m)-[:NAMED]->(:Author)
  RETURN path
  UNION
  UNWIND [first, second] AS m
  MATCH path = (m)-[:RESOLVED_TO]->(:Person)
  RETURN path
  UNION
  UNWIND [[first, second], [second, first]] AS pair
  WITH pair[0] AS m, pair[1] AS n
  MATCH path = (m)-[:OF]->(:Paper)<-[:OF]-(:Mention)-[:NAMED]->(coauthor:Author)
  WHERE EXISTS {
    MATCH (n)-[:OF]->(:Paper)<-[:OF]-(:Mention)-[:NAMED]->(same:Author)
    WHERE same.base_key = coauthor.base_key
  }
  RETURN path
  UNION
  MATCH path = (first)-[:OF]->(:Paper)-[:PUBLISHED_IN]->(:Venue)
               <-[:PUBLISHED_IN]-(:Paper)<-[:OF]-(second)
  RETURN path
}
RETURN path
