// One page of papers, in key order after $after, with their words for the corpus statistics
// (idf): title, keywords, abstract, venue, the affiliations written on them and their authors' base
// names. Pages are short reads, each retried on its own if concurrent writes outdate it.
MATCH (p:Paper)
WHERE p.key > $after
WITH p ORDER BY p.key LIMIT $limit
OPTIONAL MATCH (p)-[:PUBLISHED_IN]->(v:Venue)
RETURN p.key AS key, p.title AS title, p.keywords AS keywords, p.abstract AS abstract,
       v.key AS venue_key,
       v.name AS venue,
       COLLECT { MATCH (p)<-[:OF]-(m:Mention) WHERE m.affiliation IS NOT NULL
                 RETURN m.affiliation } AS affiliations,
       COLLECT { MATCH (p)<-[:OF]-(:Mention)-[:NAMED]->(a:Author) RETURN DISTINCT a.base_key }
         AS authors
