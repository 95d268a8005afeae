"""The pure parts of the resolution: merging, hard rules, seed re-splits, ids and scores."""

from __future__ import annotations

from graph.resolution.constraints import Curated, Spellings, broken, resplit
from graph.resolution.features import (
    TITLE,
    MentionFacts,
    as_matrix,
    title_terms,
    topic_terms,
    venue_words,
)
from graph.resolution.merge import Cluster, merge_clusters
from graph.resolution.persons import (
    assign_ids,
    content_id,
    join_factor,
    person_row,
    seed_score,
)
from graph.resolution.similarity import GroupSimilarity
from graph.resolution.textlinks import join_seeds, mutual_links


def fact(
    key: str, paper: str, suffix: str | None = None, orcid: str | None = None, name: str = "Han Cai"
) -> MentionFacts:
    return MentionFacts(
        key=key, group="g", paper=paper, name=name, seed=0, suffix=suffix, orcid=orcid
    )


def cluster(
    key: str, terms: dict[str, float], paper: str, suffix: str | None = None
) -> tuple[Cluster, dict[tuple[str, str], float]]:
    return (
        Cluster(members=[key], papers={paper}, suffixes={suffix} if suffix else set()),
        {("T", t): w for t, w in terms.items()},
    )


def merge(
    pairs: list[tuple[Cluster, dict[tuple[str, str], float]]],
    threshold: float,
    cannot: tuple[frozenset[str], ...] = (),
) -> list[Cluster]:
    similarity = GroupSimilarity(as_matrix(v.items() for _, v in pairs))
    dots = similarity.cluster_dots([[i] for i in range(len(pairs))])
    return merge_clusters([c for c, _ in pairs], dots, threshold, cannot=cannot)


def test_similar_clusters_merge_and_dissimilar_stay_apart() -> None:
    a = cluster("a", {"graph": 1.0}, "p1")
    b = cluster("b", {"graph": 0.9, "neo4j": 0.1}, "p2")
    c = cluster("c", {"protein": 1.0}, "p3")
    merged = merge([a, b, c], threshold=0.5)
    assert sorted(sorted(x.members) for x in merged) == [["a", "b"], ["c"]]
    joined = next(x for x in merged if "a" in x.members)
    assert 0.5 <= min(joined.join_score.values()) <= 1.0


def test_two_big_clusters_need_the_guard_factor_times_the_threshold() -> None:
    def big(key: str, terms: dict[str, float]) -> tuple[Cluster, dict[tuple[str, str], float]]:
        pair = cluster(key, terms, f"{key}0")
        pair[0].papers = {f"{key}{i}" for i in range(3)}  # a cluster of three papers
        return pair

    a, b = big("a", {"x": 0.6, "y": 0.8}), big("b", {"x": 0.6, "z": 0.8})  # cosine 0.36
    similarity = GroupSimilarity(as_matrix(v.items() for _, v in (a, b)))
    dots = similarity.cluster_dots([[0], [1]])
    assert len(merge_clusters([a[0], b[0]], dots, 0.3, big_cluster=4)) == 1  # not big: merge
    assert (
        len(merge_clusters([a[0], b[0]], dots, 0.3, big_cluster=3, big_cluster_factor=1.5)) == 2
    )  # 0.36 / 1.5 < 0.3


def test_hard_rules_block_merges() -> None:
    same_paper = [cluster("a", {"x": 1.0}, "p1"), cluster("b", {"x": 1.0}, "p1")]
    assert len(merge(same_paper, threshold=0.1)) == 2
    suffixes = [cluster("a", {"x": 1.0}, "p1", "0001"), cluster("b", {"x": 1.0}, "p2", "0002")]
    assert len(merge(suffixes, threshold=0.1)) == 2
    curated = merge(
        [cluster("a", {"x": 1.0}, "p1"), cluster("b", {"x": 1.0}, "p2")],
        threshold=0.1,
        cannot=[frozenset(("a", "b"))],
    )
    assert len(curated) == 2


# Blocking chains these three into one group: the first is compatible with both others.
PHILIP, CHAO, CAILIAN = "C. L. Philip Chen", "Chao Chen", "Cailian Chen"


def test_spellings_keep_incompatible_names_apart() -> None:
    spellings = Spellings([CHAO, PHILIP, CAILIAN, CHAO])
    chao, philip, cailian = (spellings.bit[n] for n in (CHAO, PHILIP, CAILIAN))
    assert spellings.apart(chao, cailian) and spellings.apart(cailian, chao)
    assert not spellings.apart(chao, philip) and not spellings.apart(philip, cailian)
    assert spellings.apart(chao | philip, cailian)
    # A pair that one side already holds (joined by a must-link, e.g. one ORCID) is not new.
    assert not spellings.apart(chao | cailian, chao) and not spellings.apart(chao, chao)


def test_incompatible_names_never_merge() -> None:
    spellings = Spellings([CHAO, PHILIP, CAILIAN])

    def clusters() -> list[Cluster]:
        return [
            Cluster([key], {f"p-{key}"}, spellings=spellings.bit[name])
            for key, name in (("chao", CHAO), ("philip", PHILIP), ("cailian", CAILIAN))
        ]

    # Philip is a little closer to Cailian, so without the rule it joins Cailian first.
    similarity = similarity_of([{"x": 1.0}, {"x": 0.9, "y": 0.44}, {"x": 0.8, "y": 0.6}])
    dots = similarity.cluster_dots([[0], [1], [2]])
    assert len(merge_clusters(clusters(), dots, 0.1)) == 1
    merged = merge_clusters(clusters(), dots, 0.1, spellings=spellings)
    assert sorted(sorted(c.members) for c in merged) == [["cailian", "philip"], ["chao"]]


def test_seed_with_incompatible_names_is_resplit() -> None:
    members = [
        fact("a", "p1", name=CHAO),
        fact("b", "p2", name=PHILIP),
        fact("c", "p3", name=CAILIAN),
        fact("d", "p4", name=CAILIAN),
    ]
    assert broken(members, set()) and not broken(members[:2], set())
    links = [("a", "b", 3.0), ("b", "c", 2.0), ("c", "d", 1.0)]
    parts = resplit(members, links, set(), must_weight=100.0)
    assert sorted(sorted(p) for p in parts) == [["a", "b"], ["c", "d"]]
    one_orcid = resplit(members, [("a", "c", 100.0), *links], set(), must_weight=100.0)
    assert len(one_orcid) == 1  # a must-link still joins


def test_broken_seed_is_resplit_along_its_strongest_links() -> None:
    members = [fact("a", "p1"), fact("b", "p2"), fact("c", "p1")]  # a and c share a paper
    assert broken(members, set())
    parts = resplit(members, [("a", "b", 5.0), ("b", "c", 1.0)], set(), must_weight=100.0)
    assert sorted(sorted(p) for p in parts) == [["a", "b"], ["c"]]
    curated = resplit(
        [fact("a", "p1"), fact("b", "p2")],
        [("a", "b", 100.0)],
        {frozenset(("a", "b"))},
        must_weight=100.0,
    )
    assert len(curated) == 2  # a curator's split beats even a must-link


def test_curations_become_constraints() -> None:
    rows = [
        {
            "about": [
                {"mention": "a", "role": "subject"},
                {"mention": "b", "role": "with"},
                {"mention": "c", "role": "against"},
            ]
        }
    ]
    curated = Curated.from_rows(rows)
    assert curated.together == [{"a", "b"}] and curated.apart == {frozenset(("a", "c"))}


def test_ids_follow_the_largest_overlap_and_new_ids_depend_on_content() -> None:
    facts = {k: fact(k, f"paper-{k}") for k in "abcde"}
    clusters = [Cluster(["a", "b", "c"], set()), Cluster(["d"], set()), Cluster(["e"], set())]
    previous = {"a": "p-old", "b": "p-old", "d": "p-old", "e": "p-other"}
    ids = assign_ids(clusters, previous, facts)
    assert ids[0] == "p-old" and ids[2] == "p-other"
    assert ids[1] == assign_ids([Cluster(["d"], set())], {}, facts)[0] != "p-old"
    assert content_id(["x", "y"]) == content_id(["y", "x"])


def test_scores() -> None:
    assert seed_score(0.0) == 1.0 and 0.99 < seed_score(6.0) < 1.0
    assert join_factor(0.08, 0.08) == 0.5 and join_factor(0.8, 0.08) > 0.9


def similarity_of(vectors: list[dict[str, float]]) -> GroupSimilarity:
    return GroupSimilarity(as_matrix([(("T", t), w) for t, w in v.items()] for v in vectors))


def pairs(links: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    return sorted((i, j) for i, j, _ in links)


def test_mutual_links_need_both_directions_and_the_cut() -> None:
    vectors = similarity_of([{"a": 1.0}, {"a": 0.8, "b": 0.6}, {"c": 1.0}])
    assert pairs(mutual_links(vectors, ["p1", "p2", "p3"], k=1, cut=0.5)) == [(0, 1)]
    assert mutual_links(vectors, ["p1", "p1", "p3"], k=1, cut=0.5) == []


def test_mutual_links_take_the_k_nearest_with_ties_to_the_lower_index() -> None:
    # b and c are equally close to a; with k=1, a's nearest is b (the lower index), so a-c is
    # not mutual even though c's nearest is a.
    vectors = similarity_of([{"x": 1.0}, {"x": 0.8, "y": 0.6}, {"x": 0.8, "z": 0.6}])
    assert pairs(mutual_links(vectors, ["p1", "p2", "p3"], k=1, cut=0.1)) == [(0, 1)]
    links = mutual_links(vectors, ["p1", "p2", "p3"], k=2, cut=0.1)
    assert [(i, j, round(c, 2)) for i, j, c in links] == [(0, 1, 0.8), (0, 2, 0.8), (1, 2, 0.64)]


def test_text_links_attach_but_never_bridge_two_seeds_of_several_mentions() -> None:
    seeds = [[0, 1, 2], [3, 4], [5], [6], [7]]
    # 2-3 would bridge the two seeds; 5 is closer to 4 than to 0, so it joins [3, 4] only;
    # 6 and 7 form a topic cluster of their own (6 keeps it: the lower row), which then
    # attaches to [0, 1, 2] at 0.5, the weakest link on the way of both.
    links = [(2, 3, 0.9), (4, 5, 0.8), (6, 7, 0.7), (0, 5, 0.6), (1, 6, 0.5), (3, 7, 0.4)]
    joined, weakest = join_seeds(seeds, links, 8)
    assert sorted(sorted(s) for s in joined.groups().values()) == [[0, 1, 2, 6, 7], [3, 4, 5]]
    assert weakest == {5: 0.8, 6: 0.5, 7: 0.5}
    # Links between lone mentions chain freely, and every row of such a chain is scored by
    # its links: the one it grew from (row 1) by its first, strongest link.
    alone, weakest = join_seeds([[0], [1], [2]], [(1, 2, 0.5), (0, 1, 0.4)], 3)
    assert len(alone.groups()) == 1 and weakest == {0: 0.4, 1: 0.5, 2: 0.5}
    # When such a chain attaches to a seed, its rows' way to the seed runs through that link;
    # the seed's rows take no cosine.
    _, weakest = join_seeds([[0, 1], [2], [3]], [(2, 3, 0.7), (1, 2, 0.4)], 4)
    assert weakest == {2: 0.4, 3: 0.4}


def test_a_mention_held_by_text_links_scores_like_a_merge() -> None:
    facts = {k: fact(k, f"p{k}") for k in ("a", "b", "c")}
    linked = Cluster(
        members=["a", "b", "c"],
        papers={"pa", "pb", "pc"},
        join_score={"c": 0.16},
        text_links={"b": 0.30, "c": 0.60},
    )
    scores = {
        m["key"]: m["score"]
        for m in person_row("p-1", linked, facts, {"a": 6.0}, 0.08, 0.30).members
    }
    assert scores["a"] == round(seed_score(6.0), 4)
    assert scores["b"] == 0.5  # at the cut, as a merge at the threshold
    assert scores["c"] == round(0.6 / 0.9 * 0.16 / 0.24, 4)


def test_terms() -> None:
    assert title_terms("Learning Networks for Graphs") == {"learn", "network", "graph"}
    assert venue_words("dblp:conf/gecco") == {"gecco"}


def test_keywords_are_topic_terms_beside_the_title() -> None:
    assert topic_terms("Learning Networks", ["graph mining", "Networks"]) == {
        "learn",
        "network",
        "graph",
        "mining",
    }
    assert topic_terms(None, None) == frozenset()
    with_keywords = MentionFacts(
        key="m",
        group="g",
        paper="p",
        name="Han Cai",
        seed=0,
        title="Learning Networks",
        keywords=("graph mining",),
    )
    assert with_keywords.terms()[TITLE] == {"learn", "network", "graph", "mining"}
    row = {
        "key": "m",
        "paper": "p",
        "name": "Han Cai",
        "seed": 0,
        "title": None,
        "keywords": None,
        "venue_key": None,
        "venue": None,
        "year": None,
        "affiliation": None,
        "suffix": None,
        "orcid": None,
        "coauthors": [],
    }
    assert MentionFacts.from_row(row, "g").keywords == ()
