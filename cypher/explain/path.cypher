// The chain of evidence linking two mentions, if any (at most 12 links), hop by hop.
MATCH (a:Mention {key: $first}), (b:Mention {key: $second})
MATCH path = shortestPath((a)-[:EVIDENCE*..12]-(b))
UNWIND relationships(path) AS e
WITH e, startNode(e) AS s, endNode(e) AS t
MATCH (s)-[:OF]->(sp:Paper), (t)-[:OF]->(tp:Paper)
RETURN sp.source_id AS from_paper, tp.source_id AS to_paper, e.weight AS weight,
       e.shared AS coauthors, coalesce(e.by_person, []) AS by_person,
       e.title IS NOT NULL AS title_match, e.rule AS rule
