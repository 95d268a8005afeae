// Base names whose mention count was never computed (a run for some names only reaches their
// own authors): the coauthor rules read it for every coauthor.
MATCH (a:Author)
WHERE a.df IS NULL
RETURN DISTINCT a.base_key AS base
