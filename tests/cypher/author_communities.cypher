// Each author's coauthor community, by author key.
MATCH (a:Author)
RETURN a.key AS author, a.community AS community
ORDER BY author
