// The size of the given name groups, by which the resolution batches them (pipeline.py):
// their mentions; the coauthor slots the merge reads beside them (the authors of their papers
// of at most $max_team authors: larger papers count no coauthors); and the rows the coauthor
// rule makes, a pair of the group's mentions per coauthor name they share, which grow with
// the square of the mentions that share one (a team that signs together again and again).
// Those rows are at most (mentions - 1) * coauthor_slots / 2; where that bound is
// $counted_above or less, the bound stands for them (counting them was three quarters of this
// statement's cost, and a bound that low changes no batch: batching.py).
// The hints pin the Mention(group) seek: planned while the index's statistics still date from
// before the groups were written, the query scanned the whole index once per group (physics
// 15k: 150 million rows for 200 groups, minutes per batch).
UNWIND $groups AS g
CALL (g) {
  MATCH (m:Mention {group: g})-[:OF]->(p:Paper)
  USING INDEX m:Mention(group)
  WITH count(m) AS mentions,
       sum(CASE WHEN p.author_count <= $max_team THEN p.author_count - 1 ELSE 0 END)
         AS coauthor_slots
  RETURN mentions, coauthor_slots, (mentions - 1) * coauthor_slots / 2 AS bound
}
CALL (g, bound) {
  WITH g WHERE bound > $counted_above
  MATCH (m:Mention {group: g})-[:OF]->(p:Paper)<-[:OF]-(c:Mention)-[:NAMED]->(a:Author)
  USING INDEX m:Mention(group)
  WHERE c <> m AND p.author_count <= $max_team AND coalesce(a.group, '') <> g
  WITH a.base_key AS base, count(DISTINCT m) AS carriers
  RETURN coalesce(sum(carriers * (carriers - 1) / 2), 0) AS counted
}
RETURN g AS group, mentions, coauthor_slots,
       CASE WHEN bound > $counted_above THEN counted ELSE bound END AS pair_rows
