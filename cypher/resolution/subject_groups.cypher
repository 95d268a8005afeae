// The name groups, among the given ones, of a name on half the corpus's papers or more (the
// person a corpus was exported for): resolved before the rest, whose coauthor evidence reads
// their persons (rules/coauthor_person).
UNWIND $groups AS g
MATCH (a:Author {group: g})
WHERE 2 * a.df >= $papers
RETURN DISTINCT g AS group
