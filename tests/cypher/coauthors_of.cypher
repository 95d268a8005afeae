// Test helper: an author's COAUTHOR neighbours with their paper counts.
MATCH (a:Author {key: $key})-[r:COAUTHOR]-(b:Author)
RETURN b.key AS coauthor, r.papers AS papers ORDER BY coauthor
