// Test helper: each name group's evidence, summed: links, links counting a subject by person,
// and their total weight (rounded, so that equal evidence compares equal).
MATCH (m:Mention)-[e:EVIDENCE]->()
RETURN m.group AS group, count(e) AS links, count(e.by_person) AS by_person,
       round(sum(e.weight), 6) AS weight
ORDER BY group
