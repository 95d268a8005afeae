// The authors to block: all of them, or those under the given blocking keys, with the group
// the last resolution gave them and whether any of their mentions has no person yet.
MATCH (a:Author)
WHERE $blocks IS NULL OR a.block IN $blocks
RETURN a.key AS key, a.name AS name, a.group AS group,
       EXISTS { MATCH (a)<-[:NAMED]-(m:Mention) WHERE NOT (m)-[:RESOLVED_TO]->() } AS unresolved
