// Test helper: authors whose name contains a fragment, with their keys and suffixes.
MATCH (a:Author) WHERE a.name CONTAINS $fragment
RETURN a.key AS key, a.name AS name, a.suffix AS suffix, a.base_key AS base_key
ORDER BY key
