// The subject names (df >= $subject_df: on half the corpus's papers or more, pipeline.py) that
// have a mention no run has resolved yet: every other group's coauthor evidence reads their
// persons (rules/coauthor_person), so a run for some names resolves them first.
MATCH (a:Author)
WHERE a.df >= $subject_df
  AND EXISTS { (a)<-[:NAMED]-(m:Mention) WHERE NOT EXISTS { (m)-[:RESOLVED_TO]->() } }
RETURN DISTINCT a.name AS name
