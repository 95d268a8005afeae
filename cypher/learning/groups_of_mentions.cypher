// The name groups of the given mentions (by key), for training on the groups that hold labels.
UNWIND $mentions AS key
MATCH (m:Mention {key: key})
WHERE m.group IS NOT NULL
RETURN DISTINCT m.group AS group
ORDER BY group
