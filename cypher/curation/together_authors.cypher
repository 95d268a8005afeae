// For blocking: the authors whose mentions an active curation keeps together, one list per
// curation, so that their name groups are resolved as one.
MATCH (c:Curation {active: true})-[r:ABOUT]->(:Mention)-[:NAMED]->(a:Author)
WHERE r.role IN ['subject', 'with']
WITH c, collect(DISTINCT a.key) AS authors
WHERE size(authors) > 1
RETURN authors
