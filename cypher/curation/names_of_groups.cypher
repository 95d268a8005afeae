// The written names of the authors in these name groups (to re-resolve them by name).
UNWIND $groups AS g
MATCH (a:Author {group: g})
USING INDEX a:Author(group)
RETURN DISTINCT a.name AS name
