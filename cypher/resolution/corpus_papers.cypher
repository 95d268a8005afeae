// Every paper's words for the corpus statistics (idf): title, venue, the affiliations written
// on it and its authors' base names.
MATCH (p:Paper)
OPTIONAL MATCH (p)-[:PUBLISHED_IN]->(v:Venue)
RETURN p.title AS title, v.key AS venue_key, v.name AS venue,
       COLLECT { MATCH (p)<-[:OF]-(m:Mention) WHERE m.affiliation IS NOT NULL
                 RETURN m.affiliation } AS affiliations,
       COLLECT { MATCH (p)<-[:OF]-(:Mention)-[:NAMED]->(a:Author) RETURN DISTINCT a.base_key }
         AS authors
