// Drop every GDS graph of this database's catalogue (projections live in the heap, outside
// the store), returning how many there were.
CALL db.info() YIELD name AS current
CALL gds.graph.list() YIELD graphName, database
WITH graphName WHERE database = current
CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped
RETURN count(dropped) AS dropped
