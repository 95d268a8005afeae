// What the database holds, for `namesake reset` to name before deleting it: nodes by kind and
// in all, relationships (counts from the count store), and the GDS graphs of its catalogue.
CALL db.info() YIELD name AS current
RETURN COUNT { (:Paper) } AS papers, COUNT { (:Mention) } AS mentions,
       COUNT { (:Author) } AS authors, COUNT { (:Venue) } AS venues,
       COUNT { (:Person) } AS persons, COUNT { (:Curation) } AS curations,
       COUNT { () } AS nodes, COUNT { ()-->() } AS relationships,
       COLLECT { CALL gds.graph.list() YIELD graphName, database
                 WITH graphName WHERE database = current RETURN graphName } AS graphs
