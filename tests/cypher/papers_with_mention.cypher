// Test helper: per paper of a source, the names written on it and their truth labels.
MATCH (p:Paper {source: $source})<-[:OF]-(m:Mention)
RETURN p.key AS paper, p.source_id AS source_id, p.title AS title, p.year AS year,
       p.authors_cut AS authors_cut,
       collect({name: m.name, position: m.position, truth: m.truth}) AS mentions
