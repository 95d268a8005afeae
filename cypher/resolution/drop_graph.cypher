// Drop a GDS in-memory graph if it exists (a run interrupted before dropping its own).
CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName
