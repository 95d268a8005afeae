// Test helper: node names for GDS node ids.
UNWIND $ids AS id
MATCH (n) WHERE id(n) = id
RETURN id, n.name AS name
