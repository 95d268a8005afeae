// The name groups, other than $groups, of resolved mentions on the papers of these mentions
// (the mentions of subject persons that changed): their coauthor evidence read the old ones
// (rules/coauthor_person), so they are resolved again.
UNWIND $mentions AS key
MATCH (:Mention {key: key})-[:OF]->(:Paper)<-[:OF]-(c:Mention)
WHERE c.group IS NOT NULL AND NOT c.group IN $groups AND EXISTS { (c)-[:RESOLVED_TO]->() }
RETURN DISTINCT c.group AS group
