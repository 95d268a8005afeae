// Test helper: how many of each node and relationship the graph holds.
RETURN COUNT { MATCH (:Paper) } AS papers, COUNT { MATCH (:Mention) } AS mentions,
       COUNT { MATCH (:Author) } AS authors, COUNT { MATCH (:Venue) } AS venues,
       COUNT { MATCH (:SourcePerson) } AS source_persons, COUNT { MATCH (:Person) } AS persons,
       COUNT { MATCH (m:Mention) WHERE m.truth IS NOT NULL } AS labelled,
       COUNT { MATCH ()-[:COAUTHOR]->() } AS coauthor_pairs,
       COUNT { MATCH ()-[:OF]->() } AS of_links, COUNT { MATCH ()-[:NAMED]->() } AS named_links,
       COUNT { MATCH ()-[:PUBLISHED_IN]->() } AS published_in
