// Authors: a name as written, normalised for the key; the DBLP suffix is its own property.
UNWIND $rows AS row
MERGE (a:Author {key: row.key})
  ON CREATE SET a.name = row.name, a.base_key = row.base_key, a.suffix = row.suffix,
                a.block = row.block
