// The name groups, among the given ones, of a subject name (df >= $subject_df: on half the
// corpus's papers or more, pipeline.py): resolved before the rest, whose coauthor evidence
// reads their persons (rules/coauthor_person).
UNWIND $groups AS g
MATCH (a:Author {group: g})
USING INDEX a:Author(group)
WHERE a.df >= $subject_df
RETURN DISTINCT g AS group
