// Curated corrections: what curators changed (merge, split, move a paper, pin), newest first,
// with who, when and why, whether each is still active, and the mentions (with their role and
// paper) and people each one is about. No rows when nobody has curated anything yet.
// Parameters:
//   $key  only corrections about this name (base key, "Han Cai" gives "han cai"), or null for all
MATCH (c:Curation)
WHERE $key IS NULL
   OR EXISTS { (c)-[:ABOUT]->(:Mention)-[:NAMED]->(:Author {base_key: $key}) }
   OR EXISTS { (c)-[:ABOUT]->(:Person)<-[:RESOLVED_TO]-(:Mention)
                 -[:NAMED]->(:Author {base_key: $key}) }
RETURN c.id AS id, c.kind AS kind, c.who AS who, coalesce(c.at, c.`when`) AS at, c.why AS why,
       coalesce(c.active, true) AS active, c.summary AS summary,
       [(c)-[r:ABOUT]->(m:Mention)-[:OF]->(p:Paper) |
        {role: r.role, mention: m.key, written: m.name, paper: p.source_id, title: p.title}]
         AS mentions,
       [(c)-[:ABOUT]->(person:Person) | {person: person.id, name: person.name}] AS people
ORDER BY at DESC, id
