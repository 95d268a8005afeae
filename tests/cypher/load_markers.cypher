// Test helper: the recorded loads.
MATCH (l:Load) RETURN l.path AS path, l.status AS status, l.records AS records
