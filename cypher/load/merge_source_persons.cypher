// What a source says of a person outside any paper (a DBLP <www> homepage record): its names
// are one person, kept as evidence for the resolution. The authors are merged beforehand.
UNWIND $rows AS row
MERGE (s:SourcePerson {key: row.key})
  ON CREATE SET s.source = row.source, s.source_id = row.source_id, s.names = row.names,
                s.urls = row.urls, s.orcid = row.orcid, s.affiliations = row.affiliations
WITH s, row
UNWIND row.author_keys AS author_key
MATCH (a:Author {key: author_key})
MERGE (s)-[:HAS_NAME]->(a)
