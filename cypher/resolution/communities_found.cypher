// Whether a run has written coauthor communities yet (Author.community): the first run of a
// database computes them even when it is for some names only.
RETURN EXISTS { MATCH (a:Author) WHERE a.community IS NOT NULL } AS found
