// Forget the evidence of earlier runs for these groups: the rules recompute it in full.
// The hint pins the Mention(group) seek: a plan cached while no EVIDENCE existed yet scans
// the relationship type instead, and each batch then costs all the evidence written so far.
UNWIND $groups AS g
MATCH (m:Mention {group: g})
USING INDEX m:Mention(group)
MATCH (m)-[e:EVIDENCE]-()
DELETE e
