// Papers by key, with their venue. Properties are set on creation only: a load never rewrites
// what an earlier load of the same paper wrote.
UNWIND $rows AS row
MERGE (p:Paper {key: row.key})
  ON CREATE SET p.source = row.source, p.source_id = row.source_id, p.title = row.title,
                p.year = row.year, p.doi = row.doi, p.kind = row.kind,
                p.keywords = row.keywords, p.abstract = row.abstract,
                p.authors_cut = row.authors_cut, p.author_count = row.author_count
WITH p, row WHERE row.venue_key IS NOT NULL
MATCH (v:Venue {key: row.venue_key})
MERGE (p)-[r:PUBLISHED_IN]->(v)
  ON CREATE SET r.year = row.year
