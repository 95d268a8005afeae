// Mentions: one author slot on one paper. A gold label (truth) is only ever added, never
// cleared, so a paper listed under two names keeps both files' labels. Authors that gain a
// mention are marked so that their COAUTHOR counts are recounted after the load.
UNWIND $rows AS row
MATCH (p:Paper {key: row.paper_key})
MATCH (a:Author {key: row.author_key})
MERGE (m:Mention {key: row.key})
  ON CREATE SET m.position = row.position, m.name = row.name, m.block = row.block,
                m.affiliation = row.affiliation, m.orcid = row.orcid, m.email = row.email
SET m.truth = coalesce(row.truth, m.truth)
MERGE (m)-[:OF]->(p)
MERGE (m)-[:NAMED]->(a)
SET a:CoauthorsStale
