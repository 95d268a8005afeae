// Test helper: move every gold label to another labelled mention (a rotation by $seed), so a
// test can show the resolution does not change when the labels do.
MATCH (m:Mention) WHERE m.truth IS NOT NULL
WITH m ORDER BY m.key
WITH collect(m) AS mentions, collect(m.truth) AS labels
UNWIND range(0, size(mentions) - 1) AS i
WITH mentions[i] AS m, labels[(i + $seed) % size(labels)] AS label
SET m.truth = label
