// Delete every relationship in bounded transactions, before the nodes, so that no transaction
// grows with a node's degree. Auto-commit: CALL { } IN TRANSACTIONS commits as it goes.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
