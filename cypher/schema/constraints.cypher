// Uniqueness on every key (DESIGN.md); each also gives the index MERGE needs.
CREATE CONSTRAINT paper_key IF NOT EXISTS FOR (n:Paper) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT venue_key IF NOT EXISTS FOR (n:Venue) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT author_key IF NOT EXISTS FOR (n:Author) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT mention_key IF NOT EXISTS FOR (n:Mention) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_person_key IF NOT EXISTS FOR (n:SourcePerson) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT load_key IF NOT EXISTS FOR (n:Load) REQUIRE n.key IS UNIQUE;
CREATE INDEX paper_source_id IF NOT EXISTS FOR (n:Paper) ON (n.source_id);
CREATE INDEX mention_block IF NOT EXISTS FOR (n:Mention) ON (n.block);
CREATE INDEX author_block IF NOT EXISTS FOR (n:Author) ON (n.block);
CREATE INDEX mention_group IF NOT EXISTS FOR (n:Mention) ON (n.group);
CREATE INDEX author_group IF NOT EXISTS FOR (n:Author) ON (n.group);
CREATE INDEX author_base_key IF NOT EXISTS FOR (n:Author) ON (n.base_key);
CREATE INDEX paper_title_key IF NOT EXISTS FOR (n:Paper) ON (n.title_key);
CREATE INDEX mention_orcid IF NOT EXISTS FOR (n:Mention) ON (n.orcid);
