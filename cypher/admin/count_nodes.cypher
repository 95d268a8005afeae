// How many nodes the database holds (the test fixture refuses a database it did not empty).
MATCH (n) RETURN count(n) AS nodes
