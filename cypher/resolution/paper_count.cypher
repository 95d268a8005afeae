// N for the idf: how many papers are loaded.
MATCH (p:Paper) RETURN count(p) AS papers
