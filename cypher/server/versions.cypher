// The versions the server itself reports: Neo4j kernel, edition, GDS and APOC.
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS neo4j, edition, gds.version() AS gds, apoc.version() AS apoc
