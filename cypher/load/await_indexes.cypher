// Wait until every index is online (after a bulk import the schema's indexes are populated in
// the background; a statement planned before would scan labels instead, and keep that plan).
CALL db.awaitIndexes($seconds)
