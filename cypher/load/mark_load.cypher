// Record a file's load: 'incomplete' while a large file is written in several transactions,
// 'complete' at the end, so an interrupted load is known and re-running it completes it.
MERGE (l:Load {key: $key})
SET l.path = $path, l.format = $format, l.status = $status, l.updated = datetime(),
    l.records = $records
RETURN l.status AS status
