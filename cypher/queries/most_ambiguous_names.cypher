// The most ambiguous names: names (by base key, so "Han Cai" and "Han Cai 0001" together) ranked
// by how many people the resolution found behind them, then by how many mentions they have.
// One row per name: how it is written, people, mentions, papers, and mentions not resolved yet.
// Before any resolution it ranks names by mentions (people 0).
// Parameters:
//   $limit  how many names to return (e.g. 25)
MATCH (a:Author)<-[:NAMED]-(m:Mention)-[:OF]->(p:Paper)
OPTIONAL MATCH (m)-[:RESOLVED_TO]->(person:Person)
WITH a.base_key AS key, a.name AS written, m, p, person
RETURN key, collect(DISTINCT written) AS written_as, count(DISTINCT person) AS people,
       count(DISTINCT m) AS mentions, count(DISTINCT p) AS papers,
       count(DISTINCT CASE WHEN person IS NULL THEN m END) AS unresolved
ORDER BY people DESC, mentions DESC, key
LIMIT $limit
