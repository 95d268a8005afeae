// Empty the database in bounded transactions, so that a large graph does not exhaust the heap.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
