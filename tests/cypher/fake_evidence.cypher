// TEST FIXTURE, not the resolution: EVIDENCE between two mentions as the resolution records it
// (coauthors weight, shared coauthor names, title, weight), computed naively from the names of
// the coauthors the two papers share.
// Parameters:
//   $first, $second  the two mentions' keys
MATCH (first:Mention {key: $first}), (second:Mention {key: $second})
WITH first, second,
     [(first)-[:OF]->(:Paper)<-[:OF]-(c:Mention)-[:NAMED]->(a:Author)
      WHERE c <> first AND EXISTS {
        (second)-[:OF]->(:Paper)<-[:OF]-(:Mention)-[:NAMED]->(:Author {base_key: a.base_key})
      } | a.base_key] AS shared
MERGE (first)-[e:EVIDENCE]->(second)
SET e.coauthors = toFloat(size(shared)), e.shared = shared, e.title = false,
    e.weight = toFloat(size(shared))
RETURN e.shared AS shared, e.weight AS weight
