// How many mentions carry each base name (all suffixes together), kept on the authors for the
// coauthor rule's idf. Recomputed for the given base keys.
UNWIND $base_keys AS base
MATCH (a:Author {base_key: base})
WITH base, collect(a) AS authors, sum(COUNT { (a)<-[:NAMED]-() }) AS df
UNWIND authors AS a
SET a.df = df
