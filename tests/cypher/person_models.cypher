// The merge models (digests) the persons were made by.
MATCH (p:Person)
RETURN DISTINCT p.model AS model
