// After a bulk import (loaders/bulk/): the empty lists the online path writes (a paper
// without keywords has keywords = []), which neo4j-admin's CSV cannot express (an empty field
// is no property). Auto-commit: CALL { } IN TRANSACTIONS commits as it goes.
CALL () {
  MATCH (p:Paper) WHERE p.keywords IS NULL RETURN p AS n
  UNION
  MATCH (s:SourcePerson) WHERE s.names IS NULL OR s.urls IS NULL OR s.affiliations IS NULL
  RETURN s AS n
}
CALL (n) {
  FOREACH (_ IN CASE WHEN n:Paper THEN [1] ELSE [] END | SET n.keywords = [])
  FOREACH (_ IN CASE WHEN n:SourcePerson THEN [1] ELSE [] END |
    SET n.names = coalesce(n.names, []), n.urls = coalesce(n.urls, []),
        n.affiliations = coalesce(n.affiliations, []))
} IN TRANSACTIONS OF 10000 ROWS
