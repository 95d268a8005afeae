// Every author name as written, for the name-frequency prior (graph/resolution/prior.py).
MATCH (a:Author)
RETURN a.name AS name
