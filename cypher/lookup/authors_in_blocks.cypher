// Authors under the given blocking keys, with the name group the resolution gave them.
MATCH (a:Author)
WHERE a.block IN $blocks
RETURN a.key AS key, a.name AS name, a.group AS group
