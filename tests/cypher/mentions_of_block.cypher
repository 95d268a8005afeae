// Test helper: the mentions of a block with their papers, oldest paper first.
MATCH (m:Mention {block: $block})-[:OF]->(p:Paper)
RETURN m.key AS key, m.name AS name, p.title AS title, p.year AS year, p.source_id AS paper
ORDER BY p.year, p.title
