// COAUTHOR between authors, recounted in full for the stale authors of $keys (the writer sizes
// each batch by its coauthor rows), so that re-running is idempotent. Papers with more than
// $max_team authors are left out: a 3,000-author physics paper would add 4.5 million pairs
// and says little about who works with whom (the resolution still sees those papers'
// mentions directly).
UNWIND $keys AS key
MATCH (a:Author {key: key})
REMOVE a:CoauthorsStale
WITH a
CALL (a) {
  MATCH (a)<-[:NAMED]-(:Mention)-[:OF]->(p:Paper)<-[:OF]-(:Mention)-[:NAMED]->(b:Author)
  WHERE p.author_count <= $max_team AND b <> a
  WITH b, count(DISTINCT p) AS papers
  WITH CASE WHEN a.key < b.key THEN a ELSE b END AS first,
       CASE WHEN a.key < b.key THEN b ELSE a END AS second, papers
  MERGE (first)-[r:COAUTHOR]->(second)
  SET r.papers = papers
  RETURN count(*) AS pairs
}
RETURN count(a) AS authors, sum(pairs) AS pairs
