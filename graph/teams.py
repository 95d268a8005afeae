"""The largest team whose members count as one another's coauthors, for the loaders (COAUTHOR
relationships, cypher/load/derive_coauthors.cypher) and the resolution (coauthor evidence)
alike: one rule, set once."""

# A 3,000-author paper would add 4.5 million coauthor pairs and says little about who works
# with whom; a paper of more authors than this gives no coauthor pairs and no coauthor evidence.
MAX_TEAM = 100
