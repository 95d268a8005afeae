// Venues by normalised name; a venue record (BibTeX @proceedings) adds its title and source id.
UNWIND $rows AS row
MERGE (v:Venue {key: row.key})
  ON CREATE SET v.name = row.name
SET v.title = coalesce(v.title, row.title),
    v.source_ids = CASE WHEN row.source_id IS NULL OR row.source_id IN coalesce(v.source_ids, [])
                        THEN v.source_ids ELSE coalesce(v.source_ids, []) + row.source_id END
