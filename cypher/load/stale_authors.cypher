// Up to $limit authors whose COAUTHOR counts a load made stale, each with the most coauthor
// rows its recount can produce (the teams of its papers of at most $max_team authors), so
// that the recount is batched by coauthor rows, not by authors.
MATCH (a:CoauthorsStale)
WITH a LIMIT $limit
CALL (a) {
  OPTIONAL MATCH (a)<-[:NAMED]-(:Mention)-[:OF]->(p:Paper)
  WHERE p.author_count <= $max_team
  RETURN coalesce(sum(p.author_count - 1), 0) AS pairs
}
RETURN a.key AS key, pairs
