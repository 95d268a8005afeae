// Write each author's name group onto it and onto its mentions.
UNWIND $rows AS row
MATCH (a:Author {key: row.key})
SET a.group = row.group
WITH a, row
MATCH (a)<-[:NAMED]-(m:Mention)
SET m.group = row.group
