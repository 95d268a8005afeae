// Store a curator's correction: who, when, why, and the mentions it is about, each with its
// role: 'subject' and 'with' mentions are one person; no 'subject' is the same person as an
// 'against' mention. Later resolutions honour every active curation.
CREATE (c:Curation {id: $id, kind: $kind, who: $who, at: datetime(), why: $why, active: true,
                    summary: $summary})
WITH c
UNWIND $roles AS r
MATCH (m:Mention {key: r.mention})
CREATE (c)-[:ABOUT {role: r.role}]->(m)
RETURN c.id AS id, count(*) AS mentions
