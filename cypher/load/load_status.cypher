// The recorded status of a file's load, if any.
OPTIONAL MATCH (l:Load {key: $key})
RETURN l.status AS status, l.records AS records
