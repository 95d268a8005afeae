// TEST FIXTURE, not the resolution: a minimal stand-in for what `namesake resolve` writes, so
// that the query library and the Browser test can run on their own. One Person per mention
// block: every mention of the block $block is RESOLVED_TO one Person (id "fixture-" + block,
// named as most of its mentions are written), with score 1.0. The real resolution replaces it.
// Parameters:
//   $block  the blocking key of the name, as graph.names.block_key computes it ("cai h")
MATCH (m:Mention {block: $block})
WITH m.name AS written, collect(m) AS mentions
ORDER BY size(mentions) DESC, written
WITH collect(written)[0] AS name, reduce(acc = [], ms IN collect(mentions) | acc + ms) AS mentions
MERGE (person:Person {id: 'fixture-' + replace($block, ' ', '-')})
SET person.name = name, person.mentions = size(mentions), person.score = 1.0
WITH person, mentions
UNWIND mentions AS m
MERGE (m)-[r:RESOLVED_TO]->(person)
SET r.score = 1.0, r.seed = 0, r.rule = 'test fixture', r.community = 0
RETURN person.id AS person, count(m) AS mentions
