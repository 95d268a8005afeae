// Project the evidence graph of the given groups (all groups when null) for GDS: mentions as
// nodes, EVIDENCE as undirected weighted relationships.
MATCH (m:Mention)
WHERE m.group IS NOT NULL AND ($groups IS NULL OR m.group IN $groups)
OPTIONAL MATCH (m)-[e:EVIDENCE]->(n:Mention)
WITH gds.graph.project($graph, m, n, {relationshipProperties: {weight: coalesce(e.weight, 0.0)}},
                       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
