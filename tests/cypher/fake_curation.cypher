// TEST FIXTURE, not the curation feature: one curator's correction as `namesake curate` stores
// it (a (:Curation {id, kind, who, at, why, active, summary}) node ABOUT its mentions, each with
// a role), here ABOUT one mention and also ABOUT the person it belongs to.
// Parameters:
//   $id       the correction's id
//   $mention  the key of the mention it is about
//   $person   the id of the person it is about
MATCH (m:Mention {key: $mention}), (person:Person {id: $person})
MERGE (c:Curation {id: $id})
SET c.kind = 'pin', c.who = 'test', c.at = datetime('2025-01-01T00:00:00Z'),
    c.why = 'test fixture', c.active = true, c.summary = 'test fixture'
MERGE (c)-[:ABOUT {role: 'subject'}]->(m)
MERGE (c)-[:ABOUT]->(person)
RETURN c.id AS id
