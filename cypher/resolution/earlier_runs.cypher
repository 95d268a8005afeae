// What earlier runs left on the authors: name groups (a run has grouped them) and coauthor
// communities (a run has computed them; the first run does, even for some names only).
RETURN EXISTS { MATCH (a:Author) WHERE a.group IS NOT NULL } AS grouped,
       EXISTS { MATCH (a:Author) WHERE a.community IS NOT NULL } AS communities
