// Forget the evidence of earlier runs for these groups: the rules recompute it in full.
UNWIND $groups AS g
MATCH (m:Mention {group: g})-[e:EVIDENCE]-()
DELETE e
