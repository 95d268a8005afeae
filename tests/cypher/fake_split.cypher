// TEST FIXTURE, not the resolution: split a fixture person (see fake_resolution) in two, so
// that the queries about split names and low scores have something to show. The mentions of
// block $block on papers older than $before move to a second Person ("fixture-" + block +
// "-early") with RESOLVED_TO score $score.
// Parameters:
//   $block   the blocking key of the name ("cai h")
//   $before  the year: mentions on papers before it move
//   $score   the score of the moved assignments (e.g. 0.4)
MATCH (m:Mention {block: $block})-[old:RESOLVED_TO]->(first:Person)
MATCH (m)-[:OF]->(p:Paper)
WHERE p.year < $before
MERGE (early:Person {id: 'fixture-' + replace($block, ' ', '-') + '-early'})
SET early.name = first.name, early.score = $score
DELETE old
CREATE (m)-[:RESOLVED_TO {score: $score, seed: 1, rule: 'test fixture', community: 1}]->(early)
WITH DISTINCT first, early
SET first.mentions = COUNT { (first)<-[:RESOLVED_TO]-() },
    early.mentions = COUNT { (early)<-[:RESOLVED_TO]-() }
RETURN first.id AS person, early.id AS early, early.mentions AS moved
