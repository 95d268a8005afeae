// What two persons share: coauthor names and venues (evidence for or against joining them).
MATCH (a:Person {id: $first}), (b:Person {id: $second})
RETURN
  COLLECT { MATCH (a)<-[:RESOLVED_TO]-(:Mention)-[:OF]->(:Paper)<-[:OF]-(:Mention)-[:NAMED]->(x:Author)
            WHERE x.group <> a.group
            WITH DISTINCT x.base_key AS base
            WHERE EXISTS { MATCH (b)<-[:RESOLVED_TO]-(:Mention)-[:OF]->(:Paper)<-[:OF]-(:Mention)
                           -[:NAMED]->(:Author {base_key: base}) }
            RETURN base } AS coauthors,
  COLLECT { MATCH (a)<-[:RESOLVED_TO]-(:Mention)-[:OF]->(:Paper)-[:PUBLISHED_IN]->(v:Venue)
            WHERE EXISTS { MATCH (b)<-[:RESOLVED_TO]-(:Mention)-[:OF]->(:Paper)-[:PUBLISHED_IN]->(v) }
            RETURN DISTINCT v.name } AS venues
