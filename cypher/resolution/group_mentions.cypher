// The keys of a name group's mentions, in order: the coauthor rule of a group too large for
// one transaction runs over them in slices (pipeline.py).
MATCH (m:Mention {group: $group})
USING INDEX m:Mention(group)
RETURN m.key AS key
ORDER BY key
