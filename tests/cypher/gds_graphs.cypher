// Test helper: the names of the GDS graphs in the catalogue.
CALL gds.graph.list() YIELD graphName RETURN collect(graphName) AS names
