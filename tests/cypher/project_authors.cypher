// Test helper: a GDS graph in the catalogue (of the authors), for a reset to drop.
CALL gds.graph.project($graph, 'Author', '*') YIELD graphName RETURN graphName
