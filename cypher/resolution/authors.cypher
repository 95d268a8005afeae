// The authors to block: all of them, or those under the given blocking keys.
MATCH (a:Author)
WHERE $blocks IS NULL OR a.block IN $blocks
RETURN a.key AS key, a.name AS name
