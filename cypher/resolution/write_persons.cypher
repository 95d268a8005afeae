// Replace the resolution of a batch of groups: old assignments go, the new persons and their
// mentions' RESOLVED_TO (with score and evidence) are written, and persons left with no
// mention are removed. Run in one transaction per batch, so a group is never half resolved.
UNWIND $groups AS g
MATCH (m:Mention {group: g})
USING INDEX m:Mention(group)
OPTIONAL MATCH (m)-[old:RESOLVED_TO]->(:Person)
DELETE old
WITH count(*) AS cleared
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.group = row.group, p.mentions = size(row.members),
    p.score = row.score, p.variants = row.variants, p.threshold = row.threshold,
    p.model = row.model,
    p.resolved = datetime()
WITH p, row
UNWIND row.members AS member
MATCH (m:Mention {key: member.key})
CREATE (m)-[:RESOLVED_TO {score: member.score, seed: member.seed, seed_score: member.seed_score,
                           join_score: member.join_score, merge_features: member.merge_features,
                           links: member.links}]->(p)
