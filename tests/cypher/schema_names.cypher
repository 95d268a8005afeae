// Test helper: the names of the constraints and indexes (the schema a reset keeps).
SHOW INDEXES YIELD name RETURN collect(name) AS names
