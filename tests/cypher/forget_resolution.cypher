// Test helper: remove every trace of earlier resolutions (persons, evidence, groups, seeds).
MATCH (n) WHERE n:Person OR n:Mention OR n:Author
CALL (n) {
  OPTIONAL MATCH (n)-[r:EVIDENCE]-()
  DELETE r
  WITH DISTINCT n
  REMOVE n.group, n.seed, n.community
  WITH n WHERE n:Person
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
